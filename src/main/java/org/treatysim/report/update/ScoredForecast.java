package org.treatysim.report.update;

import java.time.LocalDate;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.scoring.BinaryForecast;
import org.treatysim.stats.scoring.ScoringRules;

/**
 * One forecaster's probability for one dated outcome, with what happened: a row of score.csv.
 *
 * @param forecaster {@link ScoreTable#TREATYSIM} or the {@code source} of a forecast in the file
 * @param event      the event key, e.g. {@code signed}
 * @param date       the outcome's date: the question is "event by date"
 * @param happened   what happened
 * @param forecast   the probability with its 95% Wilson interval (treatysim's, from its runs), or
 *                   a point (lo = hi = p) for another forecaster
 * @param runs       the runs behind treatysim's probability; 0 for another forecaster
 */
public record ScoredForecast(String forecaster, String event, LocalDate date, boolean happened, Estimate forecast,
                             long runs) {
    public ScoredForecast {
        Components.requireNonNull("forecaster, event, date, forecast", forecaster, event, date, forecast);
    }

    /** Another forecaster's probability p, without an interval. */
    public static ScoredForecast point(String forecaster, String event, LocalDate date, boolean happened, double p) {
        return new ScoredForecast(forecaster, event, date, happened, new Estimate(p, p, p), 0);
    }

    /** The outcome, e.g. "signed by 2024-11-22": forecasts of the same outcome pair up. */
    public String outcome() {
        return event + " by " + date;
    }

    /** The forecast probability. */
    public double p() {
        return forecast.p();
    }

    /** As a {@link BinaryForecast} for the scoring rules. */
    public BinaryForecast binary() {
        return new BinaryForecast(outcome(), forecast.p(), happened);
    }

    /** Its Brier score, (p − o)². */
    public double brier() {
        return ScoringRules.brier(forecast.p(), happened);
    }

    /** Its logarithmic score in nats with the clip c: −ln of the clipped probability of what happened. */
    public double logScore(double clip) {
        return ScoringRules.logScore(forecast.p(), happened, clip);
    }
}
