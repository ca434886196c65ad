package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.Offers;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.model.spec.ShockSpec;

class ScenarioLoaderTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void theExampleOfScenarioMdLoadsAsWritten() throws Exception {
        Scenario s = loader.load(Fixtures.path("scenario-md-example.yaml")).scenario();

        assertThat(s.id()).isEqualTo("baseline-2024-09");
        assertThat(s.title()).isEqualTo("Armenia–Azerbaijan treaty, as seen at the UN General Assembly, September 2024");
        assertThat(s.description()).isEqualTo("Free text for the brief: what this scenario assumes and why.\n");
        assertThat(s.start()).isEqualTo(LocalDate.of(2024, 9, 24));
        assertThat(s.horizon()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(s.seed()).isEqualTo(20240924L);
        assertThat(s.drafting()).isEqualTo(Drafting.NASH);
        assertThat(s.issues()).extracting(IssueSpec::id).containsExactly("constitution", "transit", "recognition");
        assertThat(s.issues().get(0).referendum()).isTrue();
        assertThat(s.issues().get(2).agreed()).isEqualTo(OptionalDouble.of(0.5));

        PartySpec arm = s.parties().get(0);
        assertThat(arm.id()).isEqualTo("ARM");
        assertThat(arm.ideal()).containsOnly(Quantity.of(0));
        // per-issue maps come out in the order of the issues list
        assertThat(arm.reservation()).containsExactly(new Quantity.Uniform(0.6, 1.0), Quantity.of(0.45), Quantity.of(0.5));
        assertThat(arm.salience()).containsExactly(Quantity.of(3), Quantity.of(3), Quantity.of(1));
        assertThat(arm.patienceDays()).isEqualTo(new Quantity.Triangular(180, 365, 730));
        assertThat(s.parties().get(1).initialConcession()).isEqualTo(Quantity.of(0));

        MediatorSpec fra = s.mediators().get(1);
        assertThat(fra.sidePayment()).as("parties not named in a per-party map get 0").containsExactly(Quantity.of(0), Quantity.of(0));
        assertThat(fra.budget()).isEmpty();
        assertThat(s.mediators().get(0).leverage()).containsExactly(Quantity.of(0.3), Quantity.of(0.4));

        DeadlineSpec cop = s.deadlines().get(0);
        assertThat(cop.pressure()).as("in party order, not map order").containsExactly(Quantity.of(0.2), Quantity.of(1.5));
        assertThat(cop.end()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(cop.shiftDays()).isEqualTo(Quantity.of(0));
        assertThat(cop.letdownFactor()).isEqualTo(Quantity.of(1));

        assertThat(s.events()).singleElement().satisfies(e -> assertThat(e.effects()).containsExactly(
                new EventSpec.Effect(EventSpec.Operation.SET, "mediators.USA.engagement", new Quantity.Uniform(0.2, 1.0))));
        assertThat(s.shocks()).isEqualTo(new ShockSpec(Quantity.of(1), Quantity.of(4), Quantity.of(0.1), Quantity.of(0.02)));
        ReferendumSpec referendum = s.ratification().referendum().orElseThrow();
        assertThat(referendum.support()).isEqualTo(new Quantity.Beta(2, 3));
        assertThat(referendum.earliest()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theCompleteFixtureUsesEveryOptionalKey() throws Exception {
        LoadedScenario loaded = loader.load(Fixtures.path("complete.yaml"));
        Scenario s = loaded.scenario();

        assertThat(s.issues()).hasSize(8);
        assertThat(s.parties().get(1).reciprocity()).isEqualTo(new Quantity.Beta(2, 5));
        assertThat(s.mediators().get(0).budget()).contains(Quantity.of(0.08));
        assertThat(s.patrons().get(0).leverage()).containsExactly(Quantity.of(0.1), Quantity.of(0));
        DeadlineSpec election = s.deadlines().get(1);
        assertThat(election.end()).as("a single-day deadline ends on its date").isEqualTo(election.date());
        assertThat(election.pressure()).as("one value presses both parties").containsExactly(Quantity.of(0.5), Quantity.of(0.5));
        assertThat(election.shiftDays()).isEqualTo(new Quantity.Choice(List.of(
                new Quantity.Choice.Option(0, 3), new Quantity.Choice.Option(-14, 1))));
        assertThat(s.deadlines().get(0).letdownFactor()).isEqualTo(Quantity.of(0.5));
        assertThat(s.events().get(1).effects()).as("effects in the order written").containsExactly(
                new EventSpec.Effect(EventSpec.Operation.MULTIPLY, "patrons.RUS.influence", Quantity.of(0.8)),
                new EventSpec.Effect(EventSpec.Operation.ADD, "parties.AZE.batna", Quantity.of(-0.05)));
        assertThat(s.ratification().referendum().orElseThrow().turnout())
                .isEqualTo(new Quantity.TruncatedNormal(0.5, 0.1, 0.3, 0.7));
        // every event operand is a parameter path the model understands
        assertThat(ScenarioParameters.paths(s)).contains("events.0.set.mediators.USA.engagement",
                "events.1.multiply.patrons.RUS.influence", "events.1.add.parties.AZE.batna");
    }

    @Test
    void theKeysOfModelVersionTwoLoadIntoTheirSpecFields() throws Exception {
        Scenario s = loader.load(Fixtures.path("complete.yaml")).scenario();

        PartySpec arm = s.parties().get(0);
        PartySpec aze = s.parties().get(1);
        assertThat(arm.lossExponent()).isEqualTo(new Quantity.Uniform(1, 2));
        assertThat(arm.offers()).isEqualTo(Offers.TRADEOFF);
        assertThat(aze.lossExponent()).isEqualTo(Quantity.of(2));
        assertThat(aze.offers()).as("offers left out").isEqualTo(Offers.UNIFORM);
        assertThat(s.mediators().get(0).misjudgement()).isEqualTo(Quantity.of(0.05));
        assertThat(s.mediators().get(1).misjudgement()).as("misjudgement left out").isEqualTo(Quantity.of(0));
        assertThat(s.patrons().get(0).collapseOnIncident()).isEqualTo(Quantity.of(0.1));
        assertThat(s.deadlines().get(0).missed()).contains(new DeadlineSpec.Missed(Quantity.of(0.05),
                new Quantity.Uniform(0, 0.1), List.of(Quantity.of(-0.05), Quantity.of(0.02))));
        assertThat(s.deadlines().get(1).missed()).as("missed left out").isEmpty();
        ReferendumSpec referendum = s.ratification().referendum().orElseThrow();
        assertThat(referendum.earliestShiftDays()).isEqualTo(new Quantity.Uniform(0, 90));
        assertThat(referendum.termsEffect()).isEqualTo(Quantity.of(0.5));
        assertThat(referendum.termsReference()).isEqualTo(Quantity.of(0.4));
        assertThat(ScenarioParameters.paths(s)).contains("parties.ARM.lossExponent", "mediators.USA.misjudgement",
                "patrons.RUS.collapseOnIncident", "deadlines.cop29.missed.collapse", "deadlines.cop29.missed.trustLoss",
                "deadlines.cop29.missed.batna.ARM", "ratification.referendum.earliestShiftDays",
                "ratification.referendum.termsEffect", "ratification.referendum.termsReference");
    }

    @Test
    void aMissedBlockFillsWhatItLeavesOutWithDefaults() throws Exception {
        Scenario s = loader.parse("missed.yaml", Fixtures.MINIMAL + """
                deadlines:
                  - { id: d, date: 2025-01-01, pressure: 1, lambdaDays: 30, missed: { trustLoss: 0.2 } }
                """).scenario();

        assertThat(s.deadlines().get(0).missed()).contains(new DeadlineSpec.Missed(Quantity.of(0), Quantity.of(0.2),
                List.of(Quantity.of(0), Quantity.of(0))));
    }

    @Test
    void eventsMayMoveEveryParameterOfAPendingReferendum() throws Exception {
        Scenario s = loader.parse("events.yaml", Fixtures.MINIMAL + """
                ratification:
                  referendum: { support: 0.5, turnout: 0.6, earliest: 2025-03-01, prepDays: 60 }
                events:
                  - date: 2025-01-20
                    set: { ratification.referendum.support: 0.55 }
                    add: { ratification.referendum.earliestShiftDays: 30, ratification.referendum.prepDays: 14 }
                    multiply: { ratification.referendum.turnout: 0.9 }
                """).scenario();

        assertThat(s.events().get(0).effects()).containsExactly(
                new EventSpec.Effect(EventSpec.Operation.SET, "ratification.referendum.support", Quantity.of(0.55)),
                new EventSpec.Effect(EventSpec.Operation.ADD, "ratification.referendum.earliestShiftDays",
                        Quantity.of(30)),
                new EventSpec.Effect(EventSpec.Operation.ADD, "ratification.referendum.prepDays", Quantity.of(14)),
                new EventSpec.Effect(EventSpec.Operation.MULTIPLY, "ratification.referendum.turnout",
                        Quantity.of(0.9)));
    }

    @Test
    void omittedKeysTakeTheDocumentedDefaults() throws Exception {
        Scenario s = loader.load(Fixtures.path("minimal.yaml")).scenario();

        assertThat(s.title()).isEqualTo("minimal");
        assertThat(s.description()).isEmpty();
        assertThat(s.stepDays()).isEqualTo(7);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.runs()).isEqualTo(10_000);
        assertThat(s.packageDeal()).isTrue();
        assertThat(s.tolerance()).isEqualTo(0.02);
        assertThat(s.drafting()).isEqualTo(Drafting.MIDPOINT);
        assertThat(s.mediators()).isEmpty();
        assertThat(s.patrons()).isEmpty();
        assertThat(s.deadlines()).isEmpty();
        assertThat(s.events()).isEmpty();
        assertThat(s.biasPenalty()).isEqualTo(Quantity.of(0));
        assertThat(s.pressureToBatna()).isEqualTo(Quantity.of(0));
        assertThat(s.shocks()).isEqualTo(ShockSpec.NONE);
        assertThat(s.ratification()).isEqualTo(RatificationSpec.IMMEDIATE);
        assertThat(s.issues().get(0)).isEqualTo(new IssueSpec("a", "Issue A", false, 0.5, OptionalDouble.empty()));
        PartySpec p1 = s.parties().get(0);
        assertThat(p1.name()).isEqualTo("P1");
        assertThat(List.of(p1.initialConcession(), p1.reciprocity(), p1.batna())).containsOnly(Quantity.of(0));
        assertThat(s.parties().get(1).salience()).containsExactly(Quantity.of(1), Quantity.of(2));
        assertThat(p1.lossExponent()).isEqualTo(PartySpec.LINEAR);
        assertThat(p1.offers()).isEqualTo(Offers.UNIFORM);
    }

    @Test
    void writingEveryDefaultOutGivesTheSameRecords() throws Exception {
        Scenario implicit = loader.load(Fixtures.path("minimal.yaml")).scenario();
        Scenario explicit = loader.load(Fixtures.path("minimal-explicit.yaml")).scenario();

        assertThat(explicit).isEqualTo(implicit);
    }

    @Test
    void aReferendumTakesItsDefaults() throws Exception {
        Scenario s = loader.parse("r.yaml", Fixtures.MINIMAL + """
                ratification:
                  referendum: { support: 0.6, turnout: 0.5 }
                """).scenario();

        ReferendumSpec r = s.ratification().referendum().orElseThrow();
        assertThat(r).isEqualTo(new ReferendumSpec(true, s.start(), Quantity.of(0), Quantity.of(0.6), Quantity.of(0.5),
                Quantity.of(0), Quantity.of(0)));
    }

    @Test
    void aKeyWithNoValueCountsAsAbsent() throws Exception {
        Scenario s = loader.parse("n.yaml", Fixtures.MINIMAL + "mediators:\nstepDays: ~\n").scenario();

        assertThat(s.mediators()).isEmpty();
        assertThat(s.stepDays()).isEqualTo(7);
    }

    @Test
    void theHashCoversTheFileBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, Fixtures.MINIMAL);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8)));

        LoadedScenario loaded = loader.load(file);

        assertThat(loaded.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(loaded.file()).isEqualTo(file);
        assertThat(loader.parse("s.yaml", Fixtures.MINIMAL).sha256()).isEqualTo(expected);
        assertThat(loader.parse("s.yaml", Fixtures.MINIMAL + "# changed\n").sha256()).isNotEqualTo(expected);
    }

    @Test
    void aByteOrderMarkIsAllowed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yaml");
        byte[] text = Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(loader.load(file).scenario().id()).isEqualTo("minimal");
    }

    @Test
    void yamlOneOneSurprisesAreNotApplied() throws Exception {
        // YAML 1.1 would read NO as false and 010 as octal 8; here the key decides the type.
        Scenario s = loader.parse("y.yaml", Fixtures.MINIMAL.replace("Issue A", "NO") + "stepDays: 010\n").scenario();

        assertThat(s.issues().get(0).title()).isEqualTo("NO");
        assertThat(s.stepDays()).isEqualTo(10);
    }

    @Test
    void parseQuantityReadsNumbersAndDistributions() throws Exception {
        assertThat(ScenarioLoader.parseQuantity("0.3", "--vary x")).isEqualTo(Quantity.of(0.3));
        assertThat(ScenarioLoader.parseQuantity("{ uniform: [300, 900] }", "--vary x")).isEqualTo(new Quantity.Uniform(300, 900));
        assertThat(ScenarioLoader.parseQuantity("{lognormal: [0, 1]}", "--vary x")).isEqualTo(new Quantity.LogNormal(0, 1));
        assertThat(ScenarioLoader.parseQuantity("-2", "--vary x")).isEqualTo(Quantity.of(-2));
    }

    @Test
    void parseQuantityRefusesBadDistributionsWithTheirPlace() {
        assertThatThrownBy(() -> ScenarioLoader.parseQuantity("{ uniform: [900, 300] }", "--vary parties.AZE.patienceDays"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("--vary parties.AZE.patienceDays:1:12: empty uniform range [900, 300] (expected low < high)"));
        assertThatThrownBy(() -> ScenarioLoader.parseQuantity("lots", "--vary x"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.getMessage())
                        .contains("found 'lots'").contains("expected a number or a distribution"));
        assertThatThrownBy(() -> ScenarioLoader.parseQuantity(" ", "--vary x"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.getMessage()).contains("no value"));
    }

    @Test
    void eventTargetsMayNameOptionalParametersThatExist() throws Exception {
        Scenario s = loader.parse("t.yaml", Fixtures.MINIMAL + """
                mediators:
                  M: { engagement: 0.5, budget: 1 }
                events:
                  - { date: 2025-01-01, set: { mediators.M.budget: 0.5, parties.P2.reservation.b: 0.4 } }
                """).scenario();

        assertThat(s.events().get(0).effects()).extracting(EventSpec.Effect::target)
                .containsExactly("mediators.M.budget", "parties.P2.reservation.b");
        assertThat(s.mediators().get(0).budget()).isEqualTo(Optional.of(Quantity.of(1)));
    }
}
