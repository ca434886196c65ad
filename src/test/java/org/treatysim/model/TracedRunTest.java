package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/**
 * A trace only records: a traced run takes the same path as the untraced run of the same index,
 * so its result is equal, whatever the listener does with the records.
 */
class TracedRunTest {

    private static final int RUNS = 1000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline-2024-09.yaml", "baseline-with-events.yaml"})
    void aTracedRunEndsLikeTheUntracedOne(String file) throws Exception {
        Scenario scenario = load(file);
        Simulation untraced = new Simulation(scenario);
        Simulation traced = new Simulation(scenario);
        int records = 0;
        for (int i = 0; i < RUNS; i++) {
            List<StepRecord> steps = new ArrayList<>();
            RunResult withTrace = traced.run(i, steps::add);
            assertThat(withTrace).as("run %d", i).isEqualTo(untraced.run(i));
            assertThat(steps).as("run %d", i).isNotEmpty();
            records += steps.size();
        }
        assertThat(records).isGreaterThan(RUNS);
    }

    /**
     * The same with every mechanism of version 2: the table's gate and the parties' offers keep
     * where they searched last, and a trace must not move that (nor draw a misjudging mediator's
     * errors differently).
     */
    @org.junit.jupiter.api.Test
    void aTracedRunWithEveryMechanismOfVersionTwoEndsLikeTheUntracedOne() {
        Scenario scenario = ScenarioBuilder.baselineVersionTwo().build();
        Simulation untraced = new Simulation(scenario, Corrections.VERSION_2);
        Simulation traced = new Simulation(scenario, Corrections.VERSION_2);
        int agreed = 0;
        for (int i = 0; i < RUNS / 2; i++) {
            RunResult withTrace = traced.run(i, step -> { });
            assertThat(withTrace).as("run %d", i).isEqualTo(untraced.run(i));
            if (withTrace.textAgreed() != null) agreed++;
        }
        assertThat(agreed).isGreaterThan(RUNS / 4);
    }

    /** A trace leaves nothing behind: an instance that traced some runs runs the others like a fresh one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline-2024-09.yaml", "baseline-with-events.yaml"})
    void tracingSomeRunsChangesNoOtherRun(String file) throws Exception {
        Scenario scenario = load(file);
        Simulation untraced = new Simulation(scenario);
        Simulation mixed = new Simulation(scenario);
        for (int i = 0; i < RUNS / 4; i++) {
            RunResult result = i % 3 == 0 ? mixed.run(i, step -> { }) : mixed.run(i);
            assertThat(result).as("run %d", i).isEqualTo(untraced.run(i));
        }
    }

    /**
     * The records show the third parties as the model holds them: each mediator's engagement, both
     * parties' trust in it and its standing (engagement × mean trust), which a clash lowers, and
     * each patron's influence, in scenario order.
     */
    @org.junit.jupiter.api.Test
    void recordsShowTheMediatorsTrustAndThePatronsInfluence() throws Exception {
        Scenario scenario = load("baseline-2024-09.yaml");
        Simulation simulation = new Simulation(scenario);
        List<String> mediators = scenario.mediators().stream().map(m -> m.id()).toList();
        List<String> patrons = scenario.patrons().stream().map(p -> p.id()).toList();
        int clashes = 0;
        int trustLost = 0;
        for (int i = 0; i < 100; i++) {
            List<StepRecord> steps = new ArrayList<>();
            simulation.run(i, steps::add);
            for (int s = 0; s < steps.size(); s++) {
                StepRecord step = steps.get(s);
                assertThat(step.mediators()).extracting(StepRecord.MediatorStep::id).isEqualTo(mediators);
                assertThat(step.patrons()).extracting(StepRecord.PatronStep::id).isEqualTo(patrons);
                for (StepRecord.MediatorStep mediator : step.mediators()) {
                    assertThat(mediator.engagement()).isBetween(0.0, 1.0);
                    assertThat(mediator.standing()).isCloseTo(
                            mediator.engagement() * (mediator.firstTrust() + mediator.secondTrust()) / 2,
                            org.assertj.core.data.Offset.offset(1e-12));
                }
                for (StepRecord.PatronStep patron : step.patrons()) {
                    assertThat(patron.influence()).isBetween(0.0, 1.0);
                }
                StepRecord before = s == 0 ? null : steps.get(s - 1);
                if (before != null && step.clashes() > before.clashes()) {
                    clashes++;
                    for (int m = 0; m < mediators.size(); m++) {
                        StepRecord.MediatorStep now = step.mediators().get(m);
                        StepRecord.MediatorStep then = before.mediators().get(m);
                        // Trust may sit at a bound (a mediator biased towards a party is trusted fully).
                        assertThat(now.firstTrust()).isLessThanOrEqualTo(then.firstTrust());
                        assertThat(now.secondTrust()).isLessThanOrEqualTo(then.secondTrust());
                        if (now.firstTrust() + now.secondTrust() < then.firstTrust() + then.secondTrust()) {
                            trustLost++;
                        }
                    }
                }
            }
        }
        assertThat(clashes).as("clashes seen").isPositive();
        assertThat(trustLost).as("mediators that lost trust in a clash").isPositive();
    }

    private static Scenario load(String file) throws IOException, ScenarioException {
        try (InputStream in = TracedRunTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as(file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ScenarioLoader().parse(file, text).scenario();
        }
    }
}
