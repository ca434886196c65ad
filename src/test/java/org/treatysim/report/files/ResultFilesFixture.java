package org.treatysim.report.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.RunResult;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.ToySimulator;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.ToyScenarios;

/** A real summary and real runs from the toy simulator, for round trips. */
final class ResultFilesFixture {
    static final Scenario SCENARIO = ToyScenarios.toy(99);

    private ResultFilesFixture() { }

    static ForecastSummary summary(int runs) {
        ForecastLayout layout = ForecastLayout.of(SCENARIO);
        try {
            ForecastAccumulator counts = new MonteCarloEngine(2).run(() -> new ToySimulator(SCENARIO), 0, runs,
                    () -> new ForecastAccumulator(layout), null, "runs", ProgressListener.NONE);
            return ForecastSummaries.freeze(counts, new Provenance("toy", "A toy scenario", runs, 99,
                    "ab".repeat(32), "0.1.0", "17.0.15", Instant.parse("2026-11-28T12:00:00Z")));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static SampleDesign design(int runs) {
        return SampleDesign.fixed(runs).withAchieved(0.0123);
    }

    static List<RunResult> runs(int count) {
        ToySimulator toy = new ToySimulator(SCENARIO);
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) runs.add(toy.run(i));
        return runs;
    }
}
