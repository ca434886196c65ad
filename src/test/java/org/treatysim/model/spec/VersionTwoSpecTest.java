package org.treatysim.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fields of version 2 of the model in the spec records: the constructors of version 1 give the
 * defaults that reproduce it, and every new number has a dotted path (an event target, a sweep
 * factor) that {@link ScenarioParameters#map} carries through.
 */
class VersionTwoSpecTest {
    private static final Quantity ZERO = Quantity.of(0);

    @Test
    void theVersionOneConstructorsGiveTheDefaults() {
        PartySpec party = new PartySpec("ARM", "Armenia", List.of(ZERO), List.of(Quantity.of(1)), List.of(Quantity.of(1)),
                Quantity.of(365), Quantity.of(1), ZERO, ZERO, ZERO);
        assertThat(party.lossExponent()).isEqualTo(Quantity.of(1));
        assertThat(party.offers()).isEqualTo(Offers.UNIFORM);
        MediatorSpec mediator = new MediatorSpec("USA", "USA", ZERO, List.of(), ZERO, List.of(), Optional.empty());
        assertThat(mediator.misjudgement()).isEqualTo(ZERO);
        PatronSpec patron = new PatronSpec("RUS", "RUS", ZERO, ZERO, ZERO, List.of());
        assertThat(patron.collapseOnIncident()).isEqualTo(ZERO);
        DeadlineSpec deadline = new DeadlineSpec("d", "d", LocalDate.EPOCH, null, List.of(), Quantity.of(30), ZERO, ZERO,
                Quantity.of(1));
        assertThat(deadline.missed()).isEmpty();
        ReferendumSpec referendum = new ReferendumSpec(true, LocalDate.EPOCH, ZERO, ZERO, ZERO, ZERO, ZERO);
        assertThat(referendum.earliestShiftDays()).isEqualTo(ZERO);
        assertThat(referendum.termsEffect()).isEqualTo(ZERO);
        assertThat(referendum.termsReference()).isEqualTo(Quantity.of(0.5));
    }

    private static Scenario scenario(Optional<DeadlineSpec.Missed> missed) {
        List<Quantity> one = List.of(Quantity.of(1));
        PartySpec first = new PartySpec("ARM", "ARM", List.of(ZERO), one, one, Quantity.of(365), Quantity.of(1), ZERO,
                ZERO, ZERO, Quantity.of(2), Offers.TRADEOFF);
        PartySpec second = new PartySpec("AZE", "AZE", one, List.of(ZERO), one, Quantity.of(365), Quantity.of(1), ZERO,
                ZERO, ZERO);
        MediatorSpec mediator = new MediatorSpec("USA", "USA", Quantity.of(1), List.of(), ZERO, List.of(),
                Optional.empty(), Quantity.of(0.05));
        PatronSpec patron = new PatronSpec("RUS", "RUS", ZERO, ZERO, ZERO, List.of(), Quantity.of(0.3));
        DeadlineSpec deadline = new DeadlineSpec("summit", "summit", LocalDate.parse("2024-06-01"), null,
                List.of(ZERO, ZERO), Quantity.of(30), ZERO, ZERO, Quantity.of(1), missed);
        ReferendumSpec referendum = new ReferendumSpec(true, LocalDate.parse("2024-09-01"), ZERO, Quantity.of(0.6),
                Quantity.of(0.5), ZERO, ZERO, Quantity.of(10), Quantity.of(0.4), Quantity.of(0.6));
        return new Scenario("v2", "v2", "", LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"), 7, 1, 10,
                List.of(new IssueSpec("border", "border", true, 0.5, null)), true, 0.02, Drafting.NASH,
                List.of(first, second), List.of(mediator), ZERO, ZERO, List.of(patron), List.of(deadline), List.of(),
                ShockSpec.NONE, new RatificationSpec(ZERO, ZERO, Optional.of(referendum)));
    }

    @Test
    void everyNewNumberHasAPathAndTheMapCarriesThemThrough() {
        Scenario scenario = scenario(Optional.of(new DeadlineSpec.Missed(Quantity.of(0.5), Quantity.of(0.1),
                List.of(Quantity.of(-0.05), Quantity.of(0.02)))));
        Map<String, Quantity> all = ScenarioParameters.of(scenario);
        assertThat(all).containsEntry("parties.ARM.lossExponent", Quantity.of(2))
                .containsEntry("parties.AZE.lossExponent", Quantity.of(1))
                .containsEntry("mediators.USA.misjudgement", Quantity.of(0.05))
                .containsEntry("patrons.RUS.collapseOnIncident", Quantity.of(0.3))
                .containsEntry("deadlines.summit.missed.collapse", Quantity.of(0.5))
                .containsEntry("deadlines.summit.missed.trustLoss", Quantity.of(0.1))
                .containsEntry("deadlines.summit.missed.batna.ARM", Quantity.of(-0.05))
                .containsEntry("deadlines.summit.missed.batna.AZE", Quantity.of(0.02))
                .containsEntry("ratification.referendum.earliestShiftDays", Quantity.of(10))
                .containsEntry("ratification.referendum.termsEffect", Quantity.of(0.4))
                .containsEntry("ratification.referendum.termsReference", Quantity.of(0.6));
        assertThat(ScenarioParameters.map(scenario, (path, q) -> q)).isEqualTo(scenario);
        Scenario steeper = ScenarioParameters.with(scenario, "parties.ARM.lossExponent", new Quantity.Uniform(1, 3));
        assertThat(steeper.parties().get(0).lossExponent()).isEqualTo(new Quantity.Uniform(1, 3));
        assertThat(steeper.parties().get(0).offers()).isEqualTo(Offers.TRADEOFF);
        Scenario later = ScenarioParameters.with(scenario, "deadlines.summit.missed.batna.AZE", Quantity.of(0.1));
        assertThat(later.deadlines().get(0).missed().orElseThrow().batna()).containsExactly(Quantity.of(-0.05),
                Quantity.of(0.1));
    }

    @Test
    void aDeadlineWithoutConsequencesHasNoMissedPaths() {
        assertThat(ScenarioParameters.paths(scenario(Optional.empty()))).noneMatch(path -> path.contains(".missed."))
                .contains("deadlines.summit.letdownFactor");
    }
}
