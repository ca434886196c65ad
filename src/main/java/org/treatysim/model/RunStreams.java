package org.treatysim.model;

import ec.util.MersenneTwisterFast;

/**
 * Seeds and random streams of one Monte Carlo run, derived from (scenario seed, run index) alone.
 *
 * <p>The scheme (documented for users in {@code docs/model.md}):
 * <ul>
 *   <li>Run i's seed is {@code mix(mix(scenarioSeed) + golden·(i + 1))}, where {@code mix} is the
 *       SplitMix64 finaliser (Steele, Lea &amp; Flood 2014). It depends on nothing else, so results do
 *       not depend on thread count or order, and the same run index gets the same seed in every
 *       scenario that shares the master seed (common random numbers).</li>
 *   <li>Each uncertain parameter gets its own uniform {@code u = unit(mix(runSeed ^ hash(path)))},
 *       keyed by its dotted path, and its value is the distribution's inverse CDF at u. Changing,
 *       adding or removing one parameter therefore leaves every other draw of the run identical,
 *       and changing one parameter's distribution couples its old and new draws monotonically.</li>
 *   <li>In-run chance events draw from {@link MersenneTwisterFast} generators, one per mechanism
 *       ({@link Stream}), each seeded through {@link MersenneTwisterFast#setSeed(int[])} with four
 *       32-bit words taken from two SplitMix64 outputs, so that all 64 bits of the run seed count
 *       ({@code setSeed(long)} in MASON 18 keeps only the low 32 bits). The mechanisms that draw a
 *       handful of numbers per run at most (a misjudging mediator, missed deadlines, incidents that
 *       end the talks) use a SplitMix64 sequence from (run seed, stream tag) instead
 *       ({@link SplitMixStream}), which costs nothing to start.</li>
 * </ul>
 * Static and stateless; safe for concurrent use.
 */
public final class RunStreams {

    /** The in-run mechanisms with a random stream of their own. */
    public enum Stream {
        /** Border clashes and their escalation: two uniforms every step. */
        CLASHES(0x636c617368L),
        /** Spoiler incidents: one uniform per patron every step. */
        SPOILERS(0x73706f696cL),
        /** The ratification pipeline: one uniform per failed referendum (collapse or reopen). */
        RATIFICATION(0x7261746966L),
        /** The lead mediator's misjudgement of the floors: two normals per draft while it misjudges (a SplitMix64 stream). */
        MISJUDGEMENT(0x6d69736a75L),
        /** Missed deadlines: one uniform per deadline with consequences, at its end (a SplitMix64 stream). */
        MISSED_DEADLINES(0x6d69737365L),
        /** Spoiler incidents that may end the talks: one uniform per incident (a SplitMix64 stream). */
        INCIDENT_COLLAPSE(0x696e636964L);

        private final long tag;

        Stream(long tag) {
            this.tag = tag;
        }

        /** The stream's tag, which separates its seeds from every other stream's. */
        long tag() {
            return tag;
        }
    }

    /** 2^64 / golden ratio, the SplitMix64 increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Domain tag that separates parameter uniforms from stream seeds. */
    private static final long PARAMETER_DOMAIN = 0x706172616d73L;

    private RunStreams() { }

    /** The SplitMix64 finaliser: a bijection on 64-bit words with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed of run {@code runIndex}: a function of the scenario seed and the index only.
     *
     * @param scenarioSeed the scenario's master seed
     * @param runIndex     run index, &ge; 0
     */
    public static long runSeed(long scenarioSeed, int runIndex) {
        if (runIndex < 0) {
            throw new IllegalArgumentException("run index must be >= 0, not " + runIndex);
        }
        return mix(mix(scenarioSeed) + GOLDEN_GAMMA * (runIndex + 1L));
    }

    /**
     * A 64-bit hash of a dotted parameter path (FNV-1a over the UTF-16 units, then mixed), the
     * key of the parameter's uniform.
     */
    public static long pathHash(String path) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            h ^= path.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /**
     * The uniform on (0, 1) from which the parameter with this path hash is drawn in this run.
     * Never exactly 0 or 1, so every inverse CDF is finite.
     */
    public static double parameterUniform(long runSeed, long pathHash) {
        long bits = mix(mix(runSeed ^ PARAMETER_DOMAIN) ^ pathHash);
        return ((bits >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Seeds {@code generator} for {@code stream} of the run with this seed, using all 64 bits. */
    public static void seed(MersenneTwisterFast generator, long runSeed, Stream stream) {
        long first = mix(runSeed + GOLDEN_GAMMA * stream.tag);
        long second = mix(first + GOLDEN_GAMMA);
        generator.setSeed(new int[] {(int) first, (int) (first >>> 32), (int) second, (int) (second >>> 32)});
    }
}
