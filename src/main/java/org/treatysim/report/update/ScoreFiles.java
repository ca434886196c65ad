package org.treatysim.report.update;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.scoring.ReliabilityBin;

/**
 * The files of {@code treatysim score} and its text table.
 *
 * <ul>
 *   <li>score.csv: {@code forecaster,event,date,happened,p,lo,hi,runs,brier,log_score}, one row per
 *       forecast (treatysim's first); {@code lo, hi, runs} are empty for other forecasters.</li>
 *   <li>skill.csv: {@code forecaster,outcomes,brier,log_score,base_rate,reference,reference_brier,
 *       brier_skill}, the rows of {@link ScoreTable#build}; an infinite skill is written
 *       {@code -Infinity}.</li>
 *   <li>reliability.csv: {@code forecaster,bin_low,bin_high,count,mean_forecast,observed,
 *       observed_lo,observed_hi}, the non-empty bins of each forecaster's table.</li>
 * </ul>
 * Fields that could hold a comma or a quote (forecaster names) are quoted as RFC 4180 says.
 */
public final class ScoreFiles {
    /** Header of score.csv. */
    public static final String SCORE_HEADER = "forecaster,event,date,happened,p,lo,hi,runs,brier,log_score";
    /** Header of skill.csv. */
    public static final String SKILL_HEADER = "forecaster,outcomes,brier,log_score,base_rate,reference,"
            + "reference_brier,brier_skill";
    /** Header of reliability.csv. */
    public static final String RELIABILITY_HEADER = "forecaster,bin_low,bin_high,count,mean_forecast,observed,"
            + "observed_lo,observed_hi";

    private ScoreFiles() { }

    /** Writes score.csv; does not close {@code out}. */
    public static void writeScores(ScoreTable table, Writer out) throws IOException {
        Csv.write(SCORE_HEADER, table.forecasts(), (f, text) -> {
            boolean ours = f.runs() > 0;
            text.append(Csv.quote(f.forecaster())).append(',').append(f.event()).append(',').append(f.date())
                    .append(',').append(f.happened()).append(',').append(Numbers.format(f.p())).append(',')
                    .append(ours ? Numbers.format(f.forecast().lo()) : "").append(',')
                    .append(ours ? Numbers.format(f.forecast().hi()) : "").append(',')
                    .append(ours ? Long.toString(f.runs()) : "").append(',')
                    .append(Numbers.format(f.brier())).append(',').append(Numbers.format(f.logScore(table.logClip())));
        }, out);
    }

    /** Writes skill.csv; does not close {@code out}. */
    public static void writeSkill(ScoreTable table, Writer out) throws IOException {
        Csv.write(SKILL_HEADER, table.skill(), (s, text) -> text.append(Csv.quote(s.forecaster())).append(',')
                .append(s.outcomes()).append(',').append(Numbers.format(s.brier())).append(',')
                .append(Numbers.format(s.logScore())).append(',').append(Numbers.format(s.baseRate())).append(',')
                .append(Csv.quote(s.reference())).append(',').append(Numbers.format(s.referenceBrier())).append(',')
                .append(number(s.skill())), out);
    }

    /** Writes reliability.csv; does not close {@code out}. */
    public static void writeReliability(ScoreTable table, Writer out) throws IOException {
        StringBuilder text = new StringBuilder(RELIABILITY_HEADER).append('\n');
        for (Map.Entry<String, List<ReliabilityBin>> e : table.reliability().entrySet()) {
            for (ReliabilityBin b : e.getValue()) {
                text.append(Csv.quote(e.getKey()));
                for (double v : new double[] {b.low(), b.high(), b.count(), b.meanForecast(), b.observedFrequency(),
                        b.observedLow(), b.observedHigh()}) {
                    text.append(',').append(Numbers.format(v));
                }
                text.append('\n');
            }
        }
        out.write(text.toString());
        out.flush();
    }

    /**
     * The short text table printed by {@code score}: one line per outcome with treatysim's
     * probability and interval and each other forecaster's, then the skill rows.
     *
     * @param dash the range dash (– where stdout can encode it, else -)
     */
    public static List<String> textTable(ScoreTable table, String dash) {
        List<String> sources = new ArrayList<>(table.reliability().keySet());
        sources.remove(ScoreTable.TREATYSIM);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Scores of %s (%d runs, seed %d) against %d outcomes:", table.scenario(),
                table.runs(), table.seed(), table.of(ScoreTable.TREATYSIM).size()));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-28s %-8s %-20s", "outcome",
                "happened", "treatysim (95% CI)"));
        for (String s : sources) header.append("  ").append(s);
        lines.add(header.toString().stripTrailing());
        for (ScoredForecast f : table.of(ScoreTable.TREATYSIM)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s %-8s %.3f (%.3f%s%.3f)",
                    f.outcome(), f.happened() ? "yes" : "no", f.p(), f.forecast().lo(), dash, f.forecast().hi()));
            for (String s : sources) {
                String theirs = table.of(s).stream().filter(o -> o.outcome().equals(f.outcome())).findFirst()
                        .map(o -> String.format(Locale.ROOT, "%.3f", o.p())).orElse("-");
                line.append("  ").append(String.format(Locale.ROOT, "%" + s.length() + "s", theirs));
            }
            lines.add(line.toString());
        }
        for (SkillRow s : table.skill()) {
            lines.add(String.format(Locale.ROOT, "%s on %d outcome%s: Brier %.4f, log score %.4f nats; Brier skill vs %s"
                            + " (Brier %.4f): %s", s.forecaster(), s.outcomes(), s.outcomes() == 1 ? "" : "s",
                    s.brier(), s.logScore(), s.reference(), s.referenceBrier(),
                    Double.isInfinite(s.skill()) ? "-inf" : String.format(Locale.ROOT, "%.3f", s.skill())));
        }
        return lines;
    }

    private static String number(double value) {
        return Double.isInfinite(value) ? (value > 0 ? "Infinity" : "-Infinity") : Numbers.format(value);
    }
}
