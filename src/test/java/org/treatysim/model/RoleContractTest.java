package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Role} contract, checked for every role of the baseline-like scenario, and of the same
 * with every mechanism of version 2 switched on (curved utilities and tradeoff offers on the
 * frontier, misjudging mediators, patrons whose incidents may end the talks).
 */
class RoleContractTest {

    /** The scenarios checked. */
    enum Variant {
        BASELINE, VERSION_TWO;

        Simulation simulation() {
            return this == BASELINE ? new Simulation(ScenarioBuilder.baseline().build())
                    : new Simulation(ScenarioBuilder.baselineVersionTwo().build(), Corrections.VERSION_2);
        }
    }

    /** A fresh model of the variant, prepared for run 3 and stepped {@code steps} times. */
    private static TreatyModel modelAfter(Variant variant, int steps) {
        TreatyModel model = variant.simulation().model();
        model.prepare(RunStreams.runSeed(model.scenario().seed(), 3), null);
        model.start();
        for (int i = 0; i < steps && !model.ended(); i++) model.schedule.step(model);
        return model;
    }

    static Stream<Arguments> roles() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Variant variant : Variant.values()) {
            all.add(Arguments.of("first party", (Function<TreatyModel, Role>) m -> m.first(), variant));
            all.add(Arguments.of("second party", (Function<TreatyModel, Role>) m -> m.second(), variant));
            all.add(Arguments.of("mediator USA", (Function<TreatyModel, Role>) m -> m.mediators()[0], variant));
            all.add(Arguments.of("mediator FRA", (Function<TreatyModel, Role>) m -> m.mediators()[1], variant));
            all.add(Arguments.of("patron RUS", (Function<TreatyModel, Role>) m -> m.patrons()[0], variant));
        }
        return all.build();
    }

    /** Everything a role publishes to the rest of the model. */
    private static String observable(Role role) {
        if (role instanceof Party p) {
            return p.id() + p.clock + "/" + p.share + "/" + p.publishedConcession + Arrays.toString(p.offers)
                    + p.mediatorPressure + "/" + p.deadlinePressure + "/" + p.reciprocityPressure + "/"
                    + p.patronPressure + "/" + p.effectiveBatna + "/" + p.sidePayments;
        } else if (role instanceof Mediator m) {
            return m.id() + Arrays.toString(m.trust) + Arrays.toString(m.pressure) + Arrays.toString(m.sidePayment)
                    + m.standing;
        } else if (role instanceof Patron r) {
            return r.id() + Arrays.toString(r.pressure) + r.lastProbability;
        }
        throw new AssertionError("unknown role " + role);
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("roles")
    void beginRunForgetsThePreviousRun(String name, Function<TreatyModel, Role> pick, Variant variant) {
        TreatyModel used = modelAfter(variant, 60);
        TreatyModel fresh = modelAfter(variant, 0);
        // Both models are set to the same run; the used one must then look exactly like the fresh one.
        long seed = RunStreams.runSeed(fresh.scenario().seed(), 3);
        used.prepare(seed, null);
        used.start();
        assertThat(observable(pick.apply(used))).isEqualTo(observable(pick.apply(fresh)));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("roles")
    void aStepAfterTheEndChangesNothing(String name, Function<TreatyModel, Role> pick, Variant variant) {
        TreatyModel model = modelAfter(variant, 20);
        Role role = pick.apply(model);
        model.stall();
        String before = observable(role);
        double[] live = model.live().snapshot();
        role.step(model);
        assertThat(observable(role)).isEqualTo(before);
        assertThat(model.live().snapshot()).containsExactly(live);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Variant.class)
    void orderWithinAPhaseDoesNotMatter(Variant variant) {
        // Two copies of the same mid-run state; the roles of each phase are stepped in opposite
        // orders. What they publish depends only on earlier phases and steps, so the results agree.
        TreatyModel forward = modelAfter(variant, 20);
        TreatyModel backward = modelAfter(variant, 20);
        forward.mediators()[0].step(forward);
        forward.mediators()[1].step(forward);
        backward.mediators()[1].step(backward);
        backward.mediators()[0].step(backward);
        forward.first().step(forward);
        forward.second().step(forward);
        backward.second().step(backward);
        backward.first().step(backward);
        assertThat(observable(backward.first())).isEqualTo(observable(forward.first()));
        assertThat(observable(backward.second())).isEqualTo(observable(forward.second()));
        assertThat(observable(backward.mediators()[0])).isEqualTo(observable(forward.mediators()[0]));
        assertThat(observable(backward.mediators()[1])).isEqualTo(observable(forward.mediators()[1]));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("roles")
    void aStepAllocatesNothingAndLeavesMasonsGeneratorAlone(String name, Function<TreatyModel, Role> pick,
                                                            Variant variant) {
        TreatyModel model = modelAfter(variant, 20);
        Role role = pick.apply(model);
        MersenneTwisterFast masonRandom = (MersenneTwisterFast) model.random.clone();
        for (int i = 0; i < 20_000; i++) role.step(model);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) role.step(model);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 10,000 steps").isLessThan(1_000);
        assertThat(model.random.stateEquals(masonRandom)).isTrue();
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("roles")
    void aRoleHasTheIdOfItsActor(String name, Function<TreatyModel, Role> pick, Variant variant) {
        assertThat(pick.apply(modelAfter(variant, 0)).id()).isIn(List.of("ARM", "AZE", "USA", "FRA", "RUS"));
    }
}
