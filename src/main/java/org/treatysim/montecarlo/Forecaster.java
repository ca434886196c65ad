package org.treatysim.montecarlo;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.treatysim.model.RunSimulator;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.Wilson;

/**
 * A whole forecast of one scenario: decides how many runs (given, or by a precision design), runs
 * them on the engine and counts them into a {@link ForecastAccumulator}. The reported runs are
 * always indices 0..N−1, so row i of runs.csv.gz is run i whatever the design.
 */
public final class Forecaster {
    private final MonteCarloEngine engine;

    /** A forecaster on this engine. */
    public Forecaster(MonteCarloEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The counts of a forecast and how its runs were chosen.
     *
     * @param counts the merged counts of the reported runs
     * @param design the sample design, with the achieved widest headline half-width
     */
    public record Result(ForecastAccumulator counts, SampleDesign design) {
        public Result {
            Objects.requireNonNull(counts, "counts");
            Objects.requireNonNull(design, "design");
        }
    }

    /**
     * Runs the forecast.
     *
     * @param layout     what to count (from the scenario)
     * @param simulators makes one simulator of the scenario per worker thread
     * @param request    how many runs
     * @param sink       receives the reported runs in order (not the pilot's), or null
     * @param progress   told how far each stage has come
     * @throws InterruptedException when interrupted; nothing is returned
     */
    public Result forecast(ForecastLayout layout, Supplier<? extends RunSimulator> simulators, RunRequest request,
                           RunSink<?> sink, ProgressListener progress) throws InterruptedException {
        try {
            return forecast(layout, simulators, request, sink, progress, BlockPlan::all, null).whole();
        } catch (IOException impossible) {
            throw new IllegalStateException("a forecast without checkpoints reads and writes nothing", impossible);
        }
    }

    /**
     * The counts of some blocks of a forecast's reported runs.
     *
     * @param counts the merged counts of the blocks' runs
     * @param design the sample design of the whole forecast (its achieved half-width is that of
     *               these counts: the whole forecast's only when the blocks are all of them)
     * @param plan   the blocks of the reported runs
     * @param range  the blocks counted
     */
    public record Blocks(ForecastAccumulator counts, SampleDesign design, BlockPlan plan, BlockPlan.Range range) {
        /** The result of a forecast whose blocks are all counted. */
        public Result whole() {
            if (!range.equals(plan.all())) throw new IllegalStateException("blocks " + range + " of " + plan.blocks());
            return new Result(counts, design);
        }
    }

    /**
     * Runs some blocks of the forecast, resuming from and saving checkpoints if asked: the design
     * (and a precision design's pilot) as always, then the blocks {@code blocks} picks from the
     * plan of the reported runs ({@link BlockPlan#of}).
     *
     * @param blocks      picks the blocks to run, e.g. {@code BlockPlan::all} or a shard
     * @param checkpoints where to resume from and save to, or null for neither (see {@link BlockRunner})
     * @throws IOException          when a checkpoint cannot be read, belongs to another job or cannot be saved
     * @throws InterruptedException when interrupted; nothing is returned
     */
    public Blocks forecast(ForecastLayout layout, Supplier<? extends RunSimulator> simulators, RunRequest request,
                           RunSink<?> sink, ProgressListener progress, Function<BlockPlan, BlockPlan.Range> blocks,
                           Checkpoints<ForecastAccumulator> checkpoints) throws IOException, InterruptedException {
        Supplier<ForecastAccumulator> empty = () -> new ForecastAccumulator(layout);
        SampleDesign design = design(request, simulators, empty, progress);
        BlockPlan plan = BlockPlan.of(design.runs());
        BlockPlan.Range range = blocks.apply(plan);
        ForecastAccumulator counts = BlockRunner.run(engine, simulators, plan, range, empty, sink, "runs", progress,
                checkpoints, System::nanoTime);
        return new Blocks(counts, design.withAchieved(widestHalfWidth(counts)), plan, range);
    }

    /** The sample design: fixed, or by a precision, after a pilot if it needs one. */
    private SampleDesign design(RunRequest request, Supplier<? extends RunSimulator> simulators,
                                Supplier<ForecastAccumulator> empty, ProgressListener progress)
            throws InterruptedException {
        if (request instanceof RunRequest.Fixed fixed) {
            return SampleDesign.fixed(fixed.runs());
        }
        RunRequest.Precision precision = (RunRequest.Precision) request;
        SampleDesign design = PrecisionDesign.withoutPilot(precision);
        if (design == null) {
            ForecastAccumulator pilot = engine.run(simulators, PrecisionDesign.pilotFirstRun(precision),
                    precision.pilotRuns(), empty, null, "pilot", progress);
            design = PrecisionDesign.afterPilot(precision, ForecastSummaries.headlineCounts(pilot));
        }
        return design;
    }

    /** The widest 95% Wilson half-width among the headline probabilities of these counts. */
    public static double widestHalfWidth(ForecastAccumulator counts) {
        double widest = 0;
        for (long successes : ForecastSummaries.headlineCounts(counts)) {
            Estimate e = Wilson.estimate(successes, counts.runs());
            widest = Math.max(widest, (e.hi() - e.lo()) / 2);
        }
        return widest;
    }
}
