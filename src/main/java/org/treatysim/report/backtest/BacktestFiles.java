package org.treatysim.report.backtest;

import java.io.IOException;
import java.io.Writer;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.ForecastCurve;
import org.treatysim.stats.backtest.ReferenceForecast;
import org.treatysim.stats.backtest.ReferenceForecasters;

/**
 * The CSV files of {@code treatysim backtest}. Case ids are folder names of letters, digits,
 * '.', '-' and '_', and events are keys, so no field needs quoting.
 *
 * <ul>
 *   <li>scorecard.csv ({@link #SCORECARD_HEADER}): one row per case and outcome: treatysim's
 *       probability with its Wilson 95% interval and run count, what happened (1 or 0), its Brier
 *       and log scores, and each reference forecaster's probability; {@code base_rate_n} and
 *       {@code duration_n} say what those rest on (other cases' outcomes of the event; other cases
 *       with the event), 0 when the fallback was used.</li>
 *   <li>curves.csv ({@link #CURVES_HEADER}): each case's P(event by date) over its window, one row
 *       per case, event and date, with the Wilson 95% interval: what the per-case charts draw.</li>
 * </ul>
 */
public final class BacktestFiles {
    /** Header of scorecard.csv. */
    public static final String SCORECARD_HEADER = "case,event,date,days,p,p_lo,p_hi,runs,outcome,brier,log_score,"
            + "coin_flip,base_rate,base_rate_n,duration,duration_n";
    /** Header of curves.csv. */
    public static final String CURVES_HEADER = "case,event,date,p,lo,hi,runs";

    private BacktestFiles() { }

    /** Writes scorecard.csv; does not close {@code out}. */
    public static void writeScorecard(BacktestResult result, Writer out) throws IOException {
        Csv.write(SCORECARD_HEADER, result.rows(), (r, text) -> {
            ReferenceForecast baseRate = r.reference(ReferenceForecasters.BASE_RATE);
            ReferenceForecast duration = r.reference(ReferenceForecasters.DURATION);
            text.append(r.caseId()).append(',').append(r.event()).append(',').append(r.date()).append(',')
                    .append(r.days());
            Csv.estimate(text, r.forecast())
                    .append(',').append(r.runs()).append(',').append(r.happened() ? 1 : 0).append(',')
                    .append(Numbers.format(r.brier())).append(',').append(Numbers.format(r.logScore())).append(',')
                    .append(Numbers.format(r.reference(ReferenceForecasters.COIN_FLIP).probability())).append(',')
                    .append(Numbers.format(baseRate.probability())).append(',').append(baseRate.support()).append(',')
                    .append(Numbers.format(duration.probability())).append(',').append(duration.support());
        }, out);
    }

    /** Writes curves.csv; does not close {@code out}. */
    public static void writeCurves(BacktestResult result, Writer out) throws IOException {
        StringBuilder text = new StringBuilder(CURVES_HEADER).append('\n');
        for (CaseForecast c : result.cases()) {
            for (ForecastCurve curve : c.curves()) {
                for (int i = 0; i < curve.dates().size(); i++) {
                    text.append(c.id()).append(',').append(curve.event()).append(',').append(curve.dates().get(i));
                    Csv.estimate(text, curve.probabilities().get(i)).append(',').append(c.runs()).append('\n');
                }
            }
        }
        out.write(text.toString());
        out.flush();
    }
}
