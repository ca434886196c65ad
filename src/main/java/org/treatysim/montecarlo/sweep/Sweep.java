package org.treatysim.montecarlo.sweep;

import ec.util.MersenneTwisterFast;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.treatysim.model.RunStreams;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.Checkpoints;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.stats.sensitivity.ConstantOutputException;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Designs;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.Prcc;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimOptions;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolIndices;
import org.treatysim.stats.sensitivity.SobolResult;

/**
 * A sensitivity sweep from plan to result: builds the design, runs it ({@link DesignRunner}) and
 * analyses the target at the points: Sobol indices for a Sobol design, partial rank correlations
 * otherwise, and PRIM boxes for "target ≥ threshold", each also with its insignificant
 * restrictions dropped ({@link PrimPruning#cover}) for the sentences. A target that does not vary,
 * never reaches the threshold, or has no box denser than the whole design, gives no indices or no
 * box and a note that says so in words.
 */
public final class Sweep {
    /** Tags that separate the design's and the bootstrap's generators from each other and from the runs' streams. */
    private static final long DESIGN_TAG = 0x6465736967L;
    private static final long BOOTSTRAP_TAG = 0x626f6f7473L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Sweep() { }

    /**
     * Runs the sweep.
     *
     * @param scenario the scenario; its seed is replaced by the plan's
     * @param factors  from {@link SweepFactors#resolve}, checked by {@link SweepPlan#check}
     * @param plan     how to run it
     * @param threads  worker threads, &ge; 1; the result does not depend on it
     * @param progress told about the runs done
     * @throws InterruptedException when interrupted
     * @throws MonteCarloException  when a run fails
     */
    public static SweepResult run(Scenario scenario, List<Factor> factors, SweepPlan plan, int threads,
                                  ProgressListener progress) throws InterruptedException {
        Scenario seeded = scenario.withRunsAndSeed(scenario.runs(), plan.seed());
        Design design = design(factors, plan);
        PointEstimates estimates = new DesignRunner(threads).run(seeded, design, plan.target(), plan.runsPerPoint(),
                progress);
        return analyse(seeded, factors, plan, design, estimates);
    }

    /**
     * Runs some blocks of the sweep ({@link DesignRunner#runBlocks}), resuming from and saving
     * checkpoints if asked; {@link #finish} turns the counts of all blocks into the result.
     *
     * @param blocks      picks the blocks to run from the sweep's plan, e.g. {@code BlockPlan::all} or a shard
     * @param checkpoints where to resume from and save to, or null for neither
     * @throws java.io.IOException  when a checkpoint cannot be read, belongs to another job or cannot be saved
     * @throws InterruptedException when interrupted
     */
    public static TargetCounts runBlocks(Scenario scenario, List<Factor> factors, SweepPlan plan, int threads,
                                         ProgressListener progress, Function<BlockPlan, BlockPlan.Range> blocks,
                                         Checkpoints<TargetCounts> checkpoints)
            throws java.io.IOException, InterruptedException {
        Scenario seeded = scenario.withRunsAndSeed(scenario.runs(), plan.seed());
        Design design = design(factors, plan);
        return new DesignRunner(threads).runBlocks(seeded, design, plan.target(), plan.runsPerPoint(),
                blocks.apply(DesignRunner.plan(design, plan.runsPerPoint())), checkpoints, progress);
    }

    /**
     * The result of a sweep from the merged counts of all its blocks, the same as {@link #run} gives.
     *
     * @throws IllegalStateException when a design point has not had all its runs
     */
    public static SweepResult finish(Scenario scenario, List<Factor> factors, SweepPlan plan, TargetCounts counts) {
        Scenario seeded = scenario.withRunsAndSeed(scenario.runs(), plan.seed());
        return analyse(seeded, factors, plan, design(factors, plan), DesignRunner.estimates(counts,
                plan.runsPerPoint()));
    }

    /** An empty count of the sweep's design, to merge blocks' counts into. */
    public static TargetCounts emptyCounts(List<Factor> factors, SweepPlan plan) {
        return new TargetCounts(plan.target(), design(factors, plan).size(), plan.runsPerPoint());
    }

    /**
     * What fixes the sweep's runs and their counting besides the scenario and seed: a hex SHA-256
     * of the design's factors and points, the target and the runs per point. Two sweeps with the
     * same fingerprint count the same runs the same way.
     */
    public static String fingerprint(List<Factor> factors, SweepPlan plan) {
        Design design = design(factors, plan);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder();
            text.append(design.method()).append('\n').append(String.join(",", design.factors())).append('\n')
                    .append(plan.target().spelling()).append('\n').append(plan.runsPerPoint()).append('\n');
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            ByteBuffer row = ByteBuffer.allocate(8 * design.factors().size());
            for (double[] point : design.points()) {
                row.clear();
                for (double value : point) row.putLong(Double.doubleToLongBits(value));
                digest.update(row.array());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    /**
     * The plan's design over these factors; the same for the same seed. A Sobol design also has
     * the dummy factor ({@link Factor#dummy()}) as its last column, whose indices show the noise
     * floor (see {@link PointSimulator} for how its runs differ).
     */
    public static Design design(List<Factor> factors, SweepPlan plan) {
        return switch (plan.method()) {
            case LHS -> Designs.latinHypercube(factors, plan.samples(), generator(plan.seed(), DESIGN_TAG));
            case SOBOL -> Designs.saltelli(withDummy(factors), plan.samples(), generator(plan.seed(), DESIGN_TAG));
            case GRID -> Designs.grid(factors, plan.levels());
        };
    }

    /** The factors with the dummy appended. */
    static List<Factor> withDummy(List<Factor> factors) {
        List<Factor> all = new ArrayList<>(factors);
        all.add(Factor.dummy());
        return List.copyOf(all);
    }

    /**
     * What the target at the design's points says: indices and boxes, or notes on why there are none.
     *
     * @param scenario  the scenario swept
     * @param factors   the design's factors, in column order
     * @param plan      the plan the design was built and run from
     * @param design    the points
     * @param estimates the target at every point
     */
    public static SweepResult analyse(Scenario scenario, List<Factor> factors, SweepPlan plan, Design design,
                                      PointEstimates estimates) {
        double[] y = estimates.shares();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
        }
        Target target = plan.target();
        String outcome = target.atLeast(plan.threshold());
        if (lowest == highest) {
            String constant = target.describe() + " is " + number(lowest) + " at every design point";
            String indicesNote = constant + ": within these ranges no parameter moves it, so there is nothing to rank"
                    + (lowest == 0 || lowest == 1 ? " (try another event or date with --target, or wider ranges)" : "");
            String boxesNote = constant + (lowest >= plan.threshold()
                    ? ": every case has " + outcome + ", so no box singles any out"
                    : ": no case has " + outcome + ", so there is no box to find");
            return new SweepResult(scenario, plan, factors, design, estimates, Optional.empty(), List.of(),
                    new PrimPruning.Covering(List.of(), List.of()), Optional.of(indicesNote), Optional.of(boxesNote));
        }

        Optional<SobolResult> sobol = Optional.empty();
        List<PrccIndex> prcc = List.of();
        Optional<String> indicesNote = Optional.empty();
        try {
            if (plan.method() == SweepMethod.SOBOL) {
                sobol = Optional.of(SobolIndices.estimate(design, y, plan.bootstrapResamples(),
                        generator(plan.seed(), BOOTSTRAP_TAG)));
                indicesNote = sobolNote(sobol.get());
            } else {
                prcc = Prcc.estimate(design, y);
                indicesNote = exactRelationNote(target, prcc);
            }
        } catch (ConstantOutputException e) {
            // Only the Sobol estimator can get here: its variance comes from the A and B points alone.
            indicesNote = Optional.of(target.describe() + " does not vary over the points the indices rest on ("
                    + e.getMessage() + "); raise --samples or --runs-per-sample");
        }

        PrimPruning.Covering covering = new PrimPruning.Covering(List.of(), List.of());
        Optional<String> boxesNote = Optional.empty();
        if (highest < plan.threshold()) {
            boxesNote = Optional.of("no case has " + outcome + " (the highest is " + number(highest)
                    + "), so there is no box to find; a lower --threshold describes where it is highest");
        } else {
            // Greedy peeling keeps slivers of noise on many factors; the sentence names only what matters.
            // PRIM describes the parameters; the dummy's only effect is noise, so it has no place in a box.
            int dummy = design.factors().indexOf(Factor.DUMMY);
            List<String> columns = new ArrayList<>(design.factors());
            double[][] points = design.points();
            if (dummy >= 0) {
                columns.remove(dummy);
                for (int r = 0; r < points.length; r++) {
                    double[] row = new double[columns.size()];
                    for (int j = 0, c = 0; j < points[r].length; j++) {
                        if (j != dummy) row[c++] = points[r][j];
                    }
                    points[r] = row;
                }
            }
            covering = PrimPruning.cover(columns, points, y, plan.threshold(), PrimOptions.defaults(),
                    plan.maxBoxes(), PrimPruning.ALPHA);
            if (covering.found().isEmpty()) {
                long positives = Arrays.stream(y).filter(v -> v >= plan.threshold()).count();
                boxesNote = Optional.of(String.format(Locale.ROOT, "%s at %d of the %d design points (%d%%), and no"
                        + " box of parameter ranges that holds at least half of them has a clearly larger share of"
                        + " such points than the whole design, so there is no box to report", outcome, positives,
                        y.length, Math.round(100.0 * positives / y.length)));
            }
        }
        return new SweepResult(scenario, plan, factors, design, estimates, sobol, prcc, covering, indicesNote,
                boxesNote);
    }

    /**
     * What to keep in mind when reading Sobol indices: what the dummy's indices are, and, when
     * some estimates are impossible for true indices (a negative first-order index, a total below
     * the first-order index), that they are noise at this number of base samples.
     */
    private static Optional<String> sobolNote(SobolResult sobol) {
        Optional<SobolIndex> dummy = sobol.dummy();
        if (dummy.isEmpty()) {
            return Optional.empty();
        }
        List<SobolIndex> real = sobol.indices().stream().filter(i -> !i.parameter().equals(Factor.DUMMY)).toList();
        long negative = real.stream().filter(i -> i.first() < 0).count();
        long totalBelowFirst = real.stream().filter(i -> i.total() < i.first()).count();
        SobolIndex floor = dummy.get();
        String dummyText = "the " + Factor.DUMMY + " is a parameter the model never reads (only the runs' random"
                + " numbers change with it), so its indices, total " + number(floor.total()) + " ["
                + number(floor.totalLow()) + ", " + number(floor.totalHigh()) + "] and first-order "
                + number(floor.first()) + " [" + number(floor.firstLow()) + ", " + number(floor.firstHigh())
                + "], are Monte Carlo noise alone: the noise floor; an index no larger than the dummy's cannot be"
                + " told from noise";
        if (negative == 0 && totalBelowFirst == 0) {
            return Optional.of(dummyText);
        }
        List<String> symptoms = new ArrayList<>();
        if (negative > 0) {
            symptoms.add(negative + " of the " + real.size() + " first-order indices " + (negative == 1 ? "is" : "are")
                    + " negative");
        }
        if (totalBelowFirst > 0) {
            symptoms.add(totalBelowFirst + (totalBelowFirst == 1 ? " total index is" : " total indices are")
                    + " below " + (totalBelowFirst == 1 ? "its" : "their") + " first-order index");
        }
        return Optional.of(String.join(" and ", symptoms) + ", which true indices never are: with N = "
                + sobol.baseSamples() + " base samples for " + real.size() + " parameter" + (real.size() == 1 ? "" : "s")
                + " these estimates are mostly sampling noise; read each with its interval, and raise --samples for"
                + " sharper ones. The" + dummyText.substring("the".length()));
    }

    /**
     * When the target follows some factors exactly (PRCC ±1), a note that says so: the intervals
     * then have no width, which reads as a fault without it.
     */
    private static Optional<String> exactRelationNote(Target target, List<PrccIndex> prcc) {
        List<PrccIndex> exact = prcc.stream().filter(p -> StrictMath.abs(p.prcc()) == 1).toList();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        if (exact.size() == 1) {
            PrccIndex only = exact.get(0);
            return Optional.of(target.describe() + " is an exact monotone function of " + only.parameter()
                    + " at the design points: its PRCC is " + number(only.prcc()) + " and every other parameter's 0,"
                    + " exactly, so the intervals have no width");
        }
        return Optional.of("the ranks of " + target.describe() + " at the design points are an exact linear function"
                + " of the ranks of " + String.join(", ", exact.stream().map(PrccIndex::parameter).toList())
                + ": their PRCCs are ±1 and every other parameter's 0, exactly, so the intervals have no width");
    }

    /** A probability to three significant digits, as in the notes: 0, 0.305, 1. */
    static String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        if (value == 0) return "0";
        return new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A MASON generator seeded from all 64 bits of the master seed, mixed with a tag. */
    static MersenneTwisterFast generator(long seed, long tag) {
        long first = RunStreams.mix(RunStreams.mix(seed) ^ tag);
        long second = RunStreams.mix(first + GOLDEN_GAMMA);
        return new MersenneTwisterFast(new int[] {(int) first, (int) (first >>> 32), (int) second,
            (int) (second >>> 32)});
    }
}
