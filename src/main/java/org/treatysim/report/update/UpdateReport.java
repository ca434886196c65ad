package org.treatysim.report.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Wilson;
import org.treatysim.stats.abc.ParameterPosterior;

/**
 * What {@code treatysim update} prints before saying where the files went: what it conditioned
 * on, how many runs it kept, each outcome by the horizon after and before conditioning, and the
 * parameters the observations moved most; and, on stderr, when fewer runs were kept than asked for.
 */
public final class UpdateReport {
    /** The outcomes reported, by their keys in the summary. */
    private static final List<String> OUTCOMES = List.of("signed", "textAgreed", "initialed", "collapsed");
    /** Decimals of a probability away from 0 and 1, as in run's headline. */
    private static final int DECIMALS = 3;
    /** How many of the parameters that moved most are named. */
    private static final int MOVED = 3;

    private UpdateReport() { }

    /**
     * The lines for stdout, without line ends.
     *
     * @param prior       the forecast over every run made
     * @param conditional the forecast over the accepted runs, its curve from the as-of date on
     * @param posterior   each uncertain parameter before and after; may be empty
     * @param conditioning what was conditioned on, and how many runs were made and accepted
     * @param unicode     true to write the interval dash as "–", false for "-"
     */
    public static List<String> lines(ForecastSummary prior, ForecastSummary conditional,
                                     List<ParameterPosterior> posterior, Conditioning conditioning, boolean unicode) {
        String dash = unicode ? "–" : "-";
        int used = conditioning.observations().size();
        int ignored = conditioning.ignoredAfterAsOf();
        long accepted = conditioning.accepted();
        long runs = conditioning.runsMade();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Conditioned on %d observation%s to %s (%s%s):", used,
                used == 1 ? "" : "s", conditioning.asOf(), conditioning.observationsFile(), ignored == 0 ? ""
                        : "; " + ignored + " later one" + (ignored == 1 ? "" : "s") + " not used"));
        Estimate rate = Wilson.estimate(accepted, runs);
        lines.add(String.format(Locale.ROOT, "  %d of %d runs accepted (acceptance %.2f%%, 95%% CI %.2f%s%.2f%%).",
                accepted, runs, 100 * rate.p(), 100 * rate.lo(), dash, 100 * rate.hi()));
        String horizon = conditional.curve().get(conditional.curve().size() - 1).date().toString();
        for (String key : OUTCOMES) {
            Estimate after = conditional.outcomes().get(key);
            Estimate before = prior.outcomes().get(key);
            lines.add(String.format(Locale.ROOT, "P(%s by %s | observations) = %s (95%% CI %s, %d runs); before: %s"
                    + " (%s, %d runs)", label(key), horizon, ReportText.value(after, DECIMALS),
                    ReportText.interval(after, DECIMALS, dash), accepted, ReportText.value(before, DECIMALS),
                    ReportText.interval(before, DECIMALS, dash), runs));
        }
        if (!posterior.isEmpty()) {
            List<String> moved = new ArrayList<>();
            for (ParameterPosterior p : ParameterPosterior.byShift(posterior).stream().limit(MOVED).toList()) {
                moved.add(String.format(Locale.ROOT, "%s %+.2f sd (KS %.2f)", p.parameter(), p.shift(),
                        p.ksDistance()));
            }
            lines.add("Moved most: " + String.join("; ", moved) + ".");
        }
        return lines;
    }

    /** The line for stderr when fewer runs were accepted than {@code --min-accepted} asked for. */
    public static Optional<String> shortfall(Conditioning conditioning) {
        if (conditioning.targetMet()) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "update: only %d runs accepted, fewer than --min-accepted %d,"
                + " within --max-runs %d: the intervals are wide; raise --max-runs for more.",
                conditioning.accepted(), conditioning.minAccepted(), conditioning.maxRuns()));
    }

    private static String label(String key) {
        return key.equals("textAgreed") ? "text agreed" : key;
    }
}
