package org.treatysim.montecarlo;

import java.util.Objects;
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
        Supplier<ForecastAccumulator> empty = () -> new ForecastAccumulator(layout);
        SampleDesign design;
        if (request instanceof RunRequest.Fixed fixed) {
            design = SampleDesign.fixed(fixed.runs());
        } else {
            RunRequest.Precision precision = (RunRequest.Precision) request;
            design = PrecisionDesign.withoutPilot(precision);
            if (design == null) {
                ForecastAccumulator pilot = engine.run(simulators, PrecisionDesign.pilotFirstRun(precision),
                        precision.pilotRuns(), empty, null, "pilot", progress);
                design = PrecisionDesign.afterPilot(precision, ForecastSummaries.headlineCounts(pilot));
            }
        }
        ForecastAccumulator counts = engine.run(simulators, 0, Math.toIntExact(design.runs()), empty, sink, "runs",
                progress);
        return new Result(counts, design.withAchieved(widestHalfWidth(counts)));
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
