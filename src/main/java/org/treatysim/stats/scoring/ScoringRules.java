package org.treatysim.stats.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Proper scoring rules for probability forecasts of binary outcomes (Gneiting and Raftery 2007),
 * all negatively oriented (lower is better), and the skill scores derived from them.
 *
 * <ul>
 *   <li>Brier score (Brier 1950): BS = (1/n) &Sigma; (p<sub>t</sub> - o<sub>t</sub>)<sup>2</sup>, with
 *       o<sub>t</sub> = 1 when outcome t happened, else 0.</li>
 *   <li>Logarithmic score: LS = -(1/n) &Sigma; ln q<sub>t</sub>, with q<sub>t</sub> the probability
 *       given to what happened (p<sub>t</sub> or 1 - p<sub>t</sub>) after clipping p<sub>t</sub> into
 *       [c, 1 - c]. Gneiting and Raftery write it positively oriented (ln q); this is its negative,
 *       also called log loss; divide by ln 2 for "ignorance" in bits. Without the clip a forecast of
 *       exactly 0 or 1 that turns out wrong scores infinity, which a Monte Carlo forecast gives
 *       whenever no run (or every run) reached the event. With the default c = 0.001 one outcome
 *       costs at most ln 1000 = 6.91 nats.</li>
 *   <li>Brier skill score: BSS = 1 - BS / BS<sub>ref</sub> against a reference forecaster on the
 *       same outcomes: 1 is perfect, 0 no better than the reference, negative worse.</li>
 * </ul>
 */
public final class ScoringRules {

    /** Default clip c of the logarithmic score: probabilities are moved into [0.001, 0.999]. */
    public static final double DEFAULT_LOG_CLIP = 0.001;

    /** Default number of equal-width bins of a reliability table. */
    public static final int DEFAULT_RELIABILITY_BINS = 10;

    /** Brier score of always forecasting 0.5, whatever happens: (0.5)^2. */
    public static final double COIN_FLIP_BRIER = 0.25;

    private static final double Z_975 = 1.959963984540054;

    private ScoringRules() { }

    /** Brier score of one forecast: (p - o)^2, in [0, 1]. */
    public static double brier(double probability, boolean happened) {
        double error = probability - (happened ? 1 : 0);
        return error * error;
    }

    /** Logarithmic score of one forecast: -ln of the clipped probability given to what happened, &ge; 0. */
    public static double logScore(double probability, boolean happened, double clip) {
        checkClip(clip);
        double p = Math.min(1 - clip, Math.max(clip, probability));
        return -StrictMath.log(happened ? p : 1 - p);
    }

    /** Mean Brier score over the forecasts. */
    public static double brier(List<BinaryForecast> forecasts) {
        checkNotEmpty(forecasts);
        double sum = 0;
        for (BinaryForecast f : forecasts) {
            sum += brier(f.probability(), f.happened());
        }
        return sum / forecasts.size();
    }

    /** Mean logarithmic score with the {@link #DEFAULT_LOG_CLIP default clip}. */
    public static double logScore(List<BinaryForecast> forecasts) {
        return logScore(forecasts, DEFAULT_LOG_CLIP);
    }

    /**
     * Mean logarithmic score, in nats.
     *
     * @param clip c in (0, 0.5): probabilities are moved into [c, 1 - c] first
     */
    public static double logScore(List<BinaryForecast> forecasts, double clip) {
        checkNotEmpty(forecasts);
        double sum = 0;
        for (BinaryForecast f : forecasts) {
            sum += logScore(f.probability(), f.happened(), clip);
        }
        return sum / forecasts.size();
    }

    /**
     * Brier skill score from two Brier scores on the same outcomes: 1 - score / reference. When
     * the reference is perfect (0), returns 0 if the forecaster is perfect too and -Infinity
     * otherwise, rather than dividing by zero.
     */
    public static double brierSkill(double brier, double referenceBrier) {
        if (referenceBrier == 0) {
            return brier == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return 1 - brier / referenceBrier;
    }

    /** Brier skill score against always forecasting 0.5: 1 - BS / 0.25. */
    public static double brierSkillVsCoinFlip(List<BinaryForecast> forecasts) {
        return brierSkill(brier(forecasts), COIN_FLIP_BRIER);
    }

    /**
     * Brier skill score of {@code forecasts} against {@code reference}, another forecaster's
     * probabilities for the same outcomes in the same order.
     *
     * @throws IllegalArgumentException when the two lists do not pair up (different lengths,
     *                                  outcomes or results)
     */
    public static double brierSkill(List<BinaryForecast> forecasts, List<BinaryForecast> reference) {
        if (forecasts.size() != reference.size()) {
            throw new IllegalArgumentException(forecasts.size() + " forecasts against " + reference.size()
                    + " reference forecasts: skill needs the same outcomes");
        }
        for (int i = 0; i < forecasts.size(); i++) {
            BinaryForecast ours = forecasts.get(i);
            BinaryForecast theirs = reference.get(i);
            if (!ours.outcome().equals(theirs.outcome()) || ours.happened() != theirs.happened()) {
                throw new IllegalArgumentException("forecast " + i + " is for '" + ours.outcome()
                        + "' but the reference's is for '" + theirs.outcome() + "'");
            }
        }
        return brierSkill(brier(forecasts), brier(reference));
    }

    /**
     * Reliability table over {@code bins} equal-width bins of [0, 1] (the last includes 1); only
     * non-empty bins are listed, in increasing order. Each bin's observed frequency comes with a
     * Wilson 95% interval, since a bin often holds only a few outcomes.
     */
    public static List<ReliabilityBin> reliability(List<BinaryForecast> forecasts, int bins) {
        checkNotEmpty(forecasts);
        if (bins < 1) {
            throw new IllegalArgumentException("a reliability table needs at least one bin, not " + bins);
        }
        int[] count = new int[bins];
        int[] happened = new int[bins];
        double[] sum = new double[bins];
        for (BinaryForecast f : forecasts) {
            int bin = equalWidthBin(f.probability(), bins);
            count[bin]++;
            sum[bin] += f.probability();
            if (f.happened()) {
                happened[bin]++;
            }
        }
        List<ReliabilityBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] == 0) {
                continue;
            }
            double n = count[b];
            double share = happened[b] / n;
            double z2 = Z_975 * Z_975;
            double centre = (share + z2 / (2 * n)) / (1 + z2 / n);
            double half = Z_975 / (1 + z2 / n) * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n));
            table.add(new ReliabilityBin(b / (double) bins, (b + 1) / (double) bins, count[b], sum[b] / n, share,
                    Math.max(0, centre - half), Math.min(1, centre + half)));
        }
        return List.copyOf(table);
    }

    /**
     * Murphy's decomposition of the mean Brier score over {@code bins} equal-width bins of [0, 1]
     * (the bins of {@link #reliability}; the last includes 1), with the within-bin variance and
     * covariance that make REL − RES + UNC + WBV − WBC equal the mean Brier score exactly. See
     * {@link BrierDecomposition}.
     */
    public static BrierDecomposition decompose(List<BinaryForecast> forecasts, int bins) {
        checkNotEmpty(forecasts);
        if (bins < 1) {
            throw new IllegalArgumentException("a decomposition needs at least one bin, not " + bins);
        }
        List<List<BinaryForecast>> grouped = new ArrayList<>();
        for (int b = 0; b < bins; b++) grouped.add(new ArrayList<>());
        for (BinaryForecast f : forecasts) grouped.get(equalWidthBin(f.probability(), bins)).add(f);
        return decompose(forecasts, grouped, bins + " equal-width bins of [0, 1] (the last includes 1)");
    }

    /**
     * Murphy's decomposition with one bin per distinct forecast value: the within-bin terms are 0
     * and REL − RES + UNC equals the mean Brier score exactly (up to rounding). With forecasts that
     * take many values (Monte Carlo shares) most bins hold one forecast and the reliability term
     * says little; {@link #decompose(List, int)} is then the one to read.
     */
    public static BrierDecomposition decomposeByDistinctValues(List<BinaryForecast> forecasts) {
        checkNotEmpty(forecasts);
        TreeMap<Double, List<BinaryForecast>> byValue = new TreeMap<>();
        for (BinaryForecast f : forecasts) byValue.computeIfAbsent(f.probability(), k -> new ArrayList<>()).add(f);
        return decompose(forecasts, new ArrayList<>(byValue.values()), "one bin per distinct forecast value");
    }

    private static BrierDecomposition decompose(List<BinaryForecast> forecasts, List<List<BinaryForecast>> groups,
                                                String binning) {
        double n = forecasts.size();
        double baseRate = forecasts.stream().filter(BinaryForecast::happened).count() / n;
        double reliability = 0;
        double resolution = 0;
        double withinVariance = 0;
        double withinCovariance = 0;
        int nonEmpty = 0;
        for (List<BinaryForecast> bin : groups) {
            if (bin.isEmpty()) continue;
            nonEmpty++;
            double size = bin.size();
            double sumForecast = 0;
            double happened = 0;
            double lowest = 1;
            double highest = 0;
            for (BinaryForecast f : bin) {
                sumForecast += f.probability();
                lowest = Math.min(lowest, f.probability());
                highest = Math.max(highest, f.probability());
                if (f.happened()) happened++;
            }
            // A bin of one value has that value as its mean exactly, not a sum divided back with rounding.
            double meanForecast = lowest == highest ? lowest : sumForecast / size;
            double observed = happened / size;
            reliability += size * (meanForecast - observed) * (meanForecast - observed);
            resolution += size * (observed - baseRate) * (observed - baseRate);
            for (BinaryForecast f : bin) {
                double spread = f.probability() - meanForecast;
                withinVariance += spread * spread;
                withinCovariance += spread * ((f.happened() ? 1 : 0) - observed);
            }
        }
        return new BrierDecomposition(binning, nonEmpty, forecasts.size(), brier(forecasts), reliability / n,
                resolution / n, baseRate * (1 - baseRate), withinVariance / n, 2 * withinCovariance / n);
    }

    /** The equal-width bin of [0, 1] that holds {@code probability}, 0 .. bins − 1; the last includes 1. */
    private static int equalWidthBin(double probability, int bins) {
        return Math.min(bins - 1, (int) Math.floor(probability * bins));
    }

    /** All scores with the default clip and bins. */
    public static Scorecard score(List<BinaryForecast> forecasts) {
        return score(forecasts, DEFAULT_LOG_CLIP, DEFAULT_RELIABILITY_BINS);
    }

    /** All scores of one forecaster. */
    public static Scorecard score(List<BinaryForecast> forecasts, double logClip, int reliabilityBins) {
        checkNotEmpty(forecasts);
        long happened = forecasts.stream().filter(BinaryForecast::happened).count();
        double brier = brier(forecasts);
        return new Scorecard(forecasts.size(), brier, logScore(forecasts, logClip), logClip,
                brierSkill(brier, COIN_FLIP_BRIER), happened / (double) forecasts.size(),
                reliability(forecasts, reliabilityBins));
    }

    private static void checkClip(double clip) {
        if (!(clip > 0 && clip < 0.5)) {
            throw new IllegalArgumentException("log-score clip " + clip + " outside (0, 0.5)");
        }
    }

    private static void checkNotEmpty(List<BinaryForecast> forecasts) {
        if (forecasts.isEmpty()) {
            throw new IllegalArgumentException("no forecasts to score");
        }
    }
}
