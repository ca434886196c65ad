package org.treatysim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.SampleDesign;

class ForecasterTest {
    static final ForecastLayout LAYOUT = MonteCarloEngineTest.LAYOUT;

    private static Forecaster.Result forecast(RunRequest request, RunSink<?> sink) throws InterruptedException {
        return new Forecaster(new MonteCarloEngine(2)).forecast(LAYOUT,
                () -> new ToySimulator(MonteCarloEngineTest.SCENARIO), request, sink, ProgressListener.NONE);
    }

    @Test
    void aFixedRequestRunsExactlyThatMany() throws InterruptedException {
        Forecaster.Result result = forecast(new RunRequest.Fixed(1234), null);
        assertThat(result.counts().runs()).isEqualTo(1234);
        assertThat(result.design().method()).isEqualTo(SampleDesign.Method.FIXED);
        assertThat(result.design().achievedHalfWidth()).isEqualTo(Forecaster.widestHalfWidth(result.counts()));
    }

    @Test
    void aPrecisionRequestReportsRunsZeroToNAndMeetsItsTarget() throws InterruptedException {
        MonteCarloEngineTest.IndexSink sink = new MonteCarloEngineTest.IndexSink();
        Forecaster.Result result = forecast(new RunRequest.Precision(0.02), sink);
        SampleDesign design = result.design();
        assertThat(design.method()).isEqualTo(SampleDesign.Method.TWO_STAGE);
        assertThat(design.pilotRuns()).isEqualTo(1000);
        // The toy's shares are near 1/2 (text agreed ≈ 0.6), so N is close to the worst case z²/4h² ≈ 2400.
        assertThat(design.runs()).isBetween(2000L, 2410L);
        assertThat(design.targetMet()).isTrue();
        // The sink saw the reported runs only: 0..N−1, none of the pilot's.
        assertThat(sink.written).containsExactlyElementsOf(
                IntStream.range(0, (int) design.runs()).boxed().toList());
        // The same N as a fixed request gives the very same counts.
        Forecaster.Result fixed = forecast(new RunRequest.Fixed((int) design.runs()), null);
        assertThat(MonteCarloEngineTest.summarise(fixed.counts()))
                .isEqualTo(MonteCarloEngineTest.summarise(result.counts()));
    }

    @Test
    void thePilotRunsEveryOneOfItsIndicesOnce() throws InterruptedException {
        // The pilot's indices end at 2³¹ − 1, where int arithmetic on chunk ends wraps around.
        RunRequest.Precision request = new RunRequest.Precision(0.02);
        int pilotFirst = PrecisionDesign.pilotFirstRun(request);
        List<Integer> pilotRuns = Collections.synchronizedList(new ArrayList<>());
        Supplier<RunSimulator> recording = () -> new RunSimulator() {
            final ToySimulator toy = new ToySimulator(MonteCarloEngineTest.SCENARIO);

            @Override
            public RunResult run(int runIndex) {
                if (runIndex >= pilotFirst) pilotRuns.add(runIndex);
                return toy.run(runIndex);
            }

            @Override
            public List<String> sampledParameterPaths() {
                return toy.sampledParameterPaths();
            }
        };
        new Forecaster(new MonteCarloEngine(2)).forecast(LAYOUT, recording, request, null, ProgressListener.NONE);
        assertThat(pilotRuns).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(pilotFirst, Integer.MAX_VALUE).boxed().toList());
    }

    @Test
    void progressIsReportedPerStage() throws InterruptedException {
        java.util.Map<String, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
        new Forecaster(new MonteCarloEngine(2)).forecast(LAYOUT, () -> new ToySimulator(MonteCarloEngineTest.SCENARIO),
                new RunRequest.Precision(0.02), null, (stage, done, total) -> last.merge(stage, done, Math::max));
        assertThat(last).containsEntry("pilot", 1000L).containsKey("runs");
    }
}
