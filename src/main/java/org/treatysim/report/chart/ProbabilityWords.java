package org.treatysim.report.chart;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.treatysim.stats.Estimate;

/**
 * The one scale of probability words that every brief, chart and message uses (docs/brief.md,
 * "Probability words"), after the estimative language of analytic products for decision makers:
 *
 * <table>
 * <caption>The bands</caption>
 * <tr><th>word</th><th>probability p</th></tr>
 * <tr><td>almost no chance</td><td>p &lt; 5%</td></tr>
 * <tr><td>very unlikely</td><td>5% &le; p &lt; 20%</td></tr>
 * <tr><td>unlikely</td><td>20% &le; p &lt; 45%</td></tr>
 * <tr><td>roughly even</td><td>45% &le; p &le; 55%</td></tr>
 * <tr><td>likely</td><td>55% &lt; p &le; 80%</td></tr>
 * <tr><td>very likely</td><td>80% &lt; p &le; 95%</td></tr>
 * <tr><td>almost certain</td><td>p &gt; 95%</td></tr>
 * </table>
 *
 * <p>A band's edge belongs to the band nearer to even, so that the scale is symmetric: an event
 * and its opposite always get mirrored words (5% is "very unlikely" as 95% is "very likely").
 * The word describes the point estimate; the interval beside it says how firm that is.
 */
public enum ProbabilityWords {
    ALMOST_NO_CHANCE("has almost no chance"),
    VERY_UNLIKELY("is very unlikely"),
    UNLIKELY("is unlikely"),
    ROUGHLY_EVEN("has a roughly even chance"),
    LIKELY("is likely"),
    VERY_LIKELY("is very likely"),
    ALMOST_CERTAIN("is almost certain");

    /** The band edges in probability, from the lowest: each word's band ends at the next edge. */
    public static final List<Double> EDGES = List.of(0.05, 0.20, 0.45, 0.55, 0.80, 0.95);

    private final String term;
    private final String predicate;

    ProbabilityWords(String predicate) {
        this.term = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        this.predicate = predicate;
    }

    /** The scale's word, e.g. "very unlikely". */
    public String term() {
        return term;
    }

    /** The word as the predicate of a sentence about an event, e.g. "is very unlikely", "has almost no chance". */
    public String predicate() {
        return predicate;
    }

    /** The word for a probability {@code p} in [0, 1]. */
    public static ProbabilityWords of(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("a probability is in [0, 1], got " + p);
        ProbabilityWords[] words = values();
        for (int band = 0; band < EDGES.size(); band++) {
            double edge = EDGES.get(band);
            // An edge belongs to the band nearer to even.
            if (edge < 0.5 ? p < edge : p <= edge) return words[band];
        }
        return ALMOST_CERTAIN;
    }

    /** The word for an estimate's point value. */
    public static ProbabilityWords of(Estimate estimate) {
        return of(estimate.p());
    }

    /** The scale as one line for notes and legends: "almost no chance < 5%, very unlikely 5–20%, …, almost certain > 95%". */
    public static String legend() {
        ProbabilityWords[] words = values();
        StringJoiner legend = new StringJoiner(", ");
        legend.add(words[0].term + " < " + percent(EDGES.get(0)));
        for (int band = 1; band < EDGES.size(); band++) {
            legend.add(words[band].term + " " + points(EDGES.get(band - 1)) + "–" + percent(EDGES.get(band)));
        }
        legend.add(ALMOST_CERTAIN.term + " > " + percent(EDGES.get(EDGES.size() - 1)));
        return legend.toString();
    }

    private static String percent(double edge) {
        return points(edge) + "%";
    }

    /** An edge in whole percentage points, e.g. 20 for 0.20. */
    private static long points(double edge) {
        return Math.round(edge * 100);
    }
}
