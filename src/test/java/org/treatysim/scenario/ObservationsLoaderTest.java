package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.ToyScenarios;

/**
 * Observations and outcomes files: a valid file reads into records, and each kind of bad input
 * is reported where it stands, with what was expected, all problems at once.
 */
class ObservationsLoaderTest {
    /** Start 2024-09-24, horizon 2026-12-31. */
    private static final Scenario TOY = ToyScenarios.toy(1);

    private static final String VALID = """
            # What happened after the forecast date
            observations:
              - { date: 2024-11-22, event: signed, happened: false }
              - { date: 2025-03-13, event: textAgreed, happened: true }
              - date: 2025-08-08
                event: initialed
                happened: true
            forecasts:
              - { source: Expert panel, date: 2024-11-22, event: signed, p: 0.05 }
              - { source: Market, date: 2025-03-13, event: textAgreed, p: 0.3 }
              - { source: Expert panel, date: 2025-03-13, event: textAgreed, p: 0.2 }
            """;

    private static Observations parse(String text) throws ScenarioException {
        return new ObservationsLoader().parse("obs.yaml", text, TOY);
    }

    /** Every problem of a bad file, one per line. */
    private static List<String> problems(String text) {
        try {
            parse(text);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in\n" + text);
    }

    private static String only(String text) {
        List<String> all = problems(text);
        assertThat(all).as("problems").hasSize(1);
        return all.get(0);
    }

    private static String observations(String... lines) {
        return "observations:\n" + String.join("", java.util.Arrays.stream(lines).map(l -> "  - " + l + "\n").toList());
    }

    @Test
    void aValidFileReadsIntoRecords() throws Exception {
        Observations o = parse(VALID);

        assertThat(o.file()).isEqualTo("obs.yaml");
        assertThat(o.observations()).extracting(Observation::describe).containsExactly(
                "signed by 2024-11-22: did not happen", "textAgreed by 2025-03-13: happened",
                "initialed by 2025-08-08: happened");
        assertThat(o.observations().get(0).location()).isEqualTo("obs.yaml:3:5");
        assertThat(o.observations().get(2).event()).isEqualTo(Milestone.INITIALED);
        assertThat(o.earliest()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(o.latest()).isEqualTo(LocalDate.of(2025, 8, 8));
        assertThat(o.upTo(LocalDate.of(2025, 3, 13))).hasSize(2);
        assertThat(o.upTo(LocalDate.of(2024, 11, 21))).isEmpty();
        assertThat(o.sources()).containsExactly("Expert panel", "Market");
        assertThat(o.forecasts()).extracting(ExternalForecast::probability).containsExactly(0.05, 0.3, 0.2);
        assertThat(o.forecastOf("Market", o.observations().get(1))).get()
                .extracting(ExternalForecast::probability).isEqualTo(0.3);
        assertThat(o.forecastOf("Market", o.observations().get(0))).isEmpty();
    }

    @Test
    void everyEventOfTheFormatIsAccepted() throws Exception {
        Observations o = parse(observations(
                "{ date: 2025-01-01, event: textAgreed, happened: true }",
                "{ date: 2025-02-01, event: initialed, happened: true }",
                "{ date: 2025-03-01, event: referendumHeld, happened: true }",
                "{ date: 2025-04-01, event: referendumPassed, happened: true }",
                "{ date: 2025-05-01, event: signed, happened: true }",
                "{ date: 2025-06-01, event: collapsed, happened: false }"));

        assertThat(o.observations()).extracting(Observation::event).containsExactly(Milestone.values());

        Observations forecasts = parse(observations("{ date: 2025-01-01, event: signed, happened: false }")
                + "forecasts:\n" + String.join("", Milestone.keys().stream()
                .map(key -> "  - { source: Panel, date: 2025-01-01, event: " + key + ", p: 0.5 }\n").toList()));
        assertThat(forecasts.forecasts()).extracting(ExternalForecast::event).containsExactly(Milestone.values());
    }

    @Test
    void anUnknownEventGetsTheClosestKnownOne() {
        assertThat(only(observations("{ date: 2025-01-01, event: textAgred, happened: true }")))
                .isEqualTo("obs.yaml:2:32: observations.0.event: unknown event 'textAgred'; did you mean"
                        + " 'textAgreed'? (expected one of: textAgreed, initialed, referendumHeld, referendumPassed,"
                        + " signed, collapsed)");
        assertThat(only(observations("{ date: 2025-01-01, event: Signed, happened: true }")))
                .contains("did you mean 'signed'?");
        assertThat(only(observations("{ date: 2025-01-01, event: ceasefire, happened: true }")))
                .contains("unknown event 'ceasefire' (expected one of:");
    }

    @Test
    void clashCountsAreRefusedWithTheReason() {
        assertThat(only(observations("{ date: 2025-01-01, event: clashes, happened: true }")))
                .contains("observations.0.event: event 'clashes' cannot be observed by a date: a run counts its"
                        + " clashes and spoiler incidents but does not record when they happened");
    }

    @Test
    void datesMustBeInOrder() {
        assertThat(only(observations(
                "{ date: 2025-03-13, event: textAgreed, happened: true }",
                "{ date: 2024-11-22, event: signed, happened: false }")))
                .isEqualTo("obs.yaml:3:13: observations.1.date: date 2024-11-22 comes before the previous"
                        + " observation's 2025-03-13 (expected observations listed in date order, earliest first)");
    }

    @Test
    void datesMustLieInTheScenarioWindowWhenOneIsGiven() throws Exception {
        String early = observations("{ date: 2024-09-01, event: signed, happened: false }");
        String late = observations("{ date: 2027-01-01, event: signed, happened: false }");

        assertThat(only(early)).contains("observations.0.date: date 2024-09-01 is before the scenario's start"
                + " 2024-09-24 (expected a date from 2024-09-24 to 2026-12-31");
        assertThat(only(late)).contains("date 2027-01-01 is after the scenario's horizon 2026-12-31");
        assertThat(new ObservationsLoader().parse("obs.yaml", late, null).observations()).hasSize(1);
    }

    @Test
    void badDatesAndValuesAreNamed() {
        assertThat(only(observations("{ date: 2025-02-30, event: signed, happened: false }")))
                .contains("2025-02-30 is not a calendar date");
        assertThat(only(observations("{ date: 22 Nov 2024, event: signed, happened: false }")))
                .contains("found '22 Nov 2024' (expected an ISO date YYYY-MM-DD");
        assertThat(only(observations("{ date: 2025-01-01, event: signed, happened: no }")))
                .contains("observations.0.happened: found 'no' (expected true or false)");
        assertThat(only("observations: { date: 2025-01-01 }\n"))
                .contains("observations: found a map (expected a list, one item per line starting with '- ')");
        assertThat(only(observations("signed by 2025-01-01")))
                .contains("observations.0: found 'signed by 2025-01-01' (expected an observation: a map");
    }

    @Test
    void probabilitiesMustLieInTheUnitInterval() {
        String file = observations("{ date: 2025-01-01, event: signed, happened: false }") + """
                forecasts:
                  - { source: A, date: 2025-01-01, event: signed, p: 1.5 }
                  - { source: B, date: 2025-01-01, event: signed, p: -0.1 }
                  - { source: C, date: 2025-01-01, event: signed, p: 5% }
                """;

        assertThat(problems(file)).containsExactly(
                "obs.yaml:4:54: forecasts.0.p: 1.5 is out of range (expected a probability in [0, 1])",
                "obs.yaml:5:54: forecasts.1.p: -0.1 is out of range (expected a probability in [0, 1])",
                "obs.yaml:6:54: forecasts.2.p: found '5%' (expected a probability in [0, 1], e.g. 0.05)");
    }

    @Test
    void missingKeysAreNamedUnlessAMisspeltKeySaysSoAlready() {
        assertThat(only(observations("{ date: 2025-01-01, event: signed }")))
                .isEqualTo("obs.yaml:2:5: observations.0.happened: missing required key happened (expected true"
                        + " or false)");
        assertThat(only(observations("{ date: 2025-01-01, event: signed, hapened: false }")))
                .contains("observations.0.hapened: unknown key 'hapened'; did you mean 'happened'?");
        assertThat(only("forecasts: []\n")).isEqualTo("obs.yaml:1:1: observations: missing required key"
                + " observations (expected a list of { date, event, happened })");
        assertThat(only("observations:\n")).contains("observations has no value");
        assertThat(only("observations: []\n")).contains("no observations (expected at least one");
        assertThat(only(observations("{ date: 2025-01-01, event: signed, happened: false }")
                + "forecasts:\n  - { date: 2025-01-01, event: signed, p: 0.1 }\n"))
                .contains("forecasts.0.source: missing required key source");
        assertThat(only("observatons: []\n")).contains("unknown key 'observatons'; did you mean 'observations'?");
    }

    @Test
    void duplicatesAreRefused() {
        assertThat(only(observations(
                "{ date: 2025-01-01, event: signed, happened: false }",
                "{ date: 2025-01-01, event: signed, happened: false }")))
                .isEqualTo("obs.yaml:3:5: observations.1: duplicate observation: signed by 2025-01-01 is already"
                        + " given at line 2 (expected each event and date once)");
        String forecasts = observations("{ date: 2025-01-01, event: signed, happened: false }") + """
                forecasts:
                  - { source: Panel, date: 2025-01-01, event: signed, p: 0.1 }
                  - { source: Panel, date: 2025-01-01, event: signed, p: 0.2 }
                  - { source: Market, date: 2025-01-01, event: signed, p: 0.2 }
                """;
        assertThat(only(forecasts)).contains("forecasts.1: duplicate forecast: Panel already forecast signed by"
                + " 2025-01-01 at line 4");
    }

    @Test
    void contradictoryObservationsAreRefused() {
        assertThat(only(observations(
                "{ date: 2025-01-01, event: signed, happened: false }",
                "{ date: 2025-01-01, event: signed, happened: true }")))
                .isEqualTo("obs.yaml:3:50: observations.1.happened: contradicts line 2, which says signed by"
                        + " 2025-01-01: did not happen (expected one answer for signed by 2025-01-01)");
        assertThat(only(observations(
                "{ date: 2025-01-01, event: textAgreed, happened: true }",
                "{ date: 2025-06-01, event: textAgreed, happened: false }")))
                .contains("observations.1.happened: textAgreed by 2025-06-01: did not happen contradicts line 2,"
                        + " which says textAgreed by 2025-01-01: happened (expected happened: true: an event that"
                        + " had happened by 2025-01-01 has happened by any later date)");
        assertThat(only(observations(
                "{ date: 2025-01-01, event: signed, happened: true }",
                "{ date: 2025-01-01, event: initialed, happened: false }")))
                .contains("initialed by 2025-01-01: did not happen contradicts line 2, which says signed by"
                        + " 2025-01-01: happened (expected happened: true: in the model a treaty is put to"
                        + " referendum or signed only after it is initialed)");
        assertThat(only(observations(
                "{ date: 2025-01-01, event: signed, happened: true }",
                "{ date: 2025-02-01, event: collapsed, happened: true }")))
                .contains("collapsed by 2025-02-01: happened contradicts line 2, which says signed by 2025-01-01:"
                        + " happened (expected at most one of signed and collapsed: each ends the talks)");
    }

    @Test
    void consistentButIncompleteHistoriesAreAccepted() throws Exception {
        // An earlier "not yet" before a later "happened" is the normal course of events, and a
        // milestone may be observed without its predecessors being mentioned.
        Observations o = parse(observations(
                "{ date: 2024-11-22, event: textAgreed, happened: false }",
                "{ date: 2025-03-13, event: textAgreed, happened: true }",
                "{ date: 2025-09-01, event: referendumPassed, happened: true }",
                "{ date: 2025-10-01, event: collapsed, happened: false }"));

        assertThat(o.observations()).hasSize(4);
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        List<String> all = problems("""
                observations:
                  - { date: 2025-03-13, event: textAgred, happened: true }
                  - { date: 2024-11-22, event: signed, happened: maybe }
                forecasts:
                  - { source: Panel, date: 2024-11-22, event: signed, p: 2 }
                """);

        assertThat(all).hasSize(4);
        assertThat(all.get(0)).startsWith("obs.yaml:2:32: observations.0.event: unknown event 'textAgred'");
        assertThat(all.get(1)).startsWith("obs.yaml:3:13: observations.1.date: date 2024-11-22 comes before");
        assertThat(all.get(2)).startsWith("obs.yaml:3:50: observations.1.happened: found 'maybe'");
        assertThat(all.get(3)).startsWith("obs.yaml:5:58: forecasts.0.p: 2 is out of range");
    }

    @Test
    void fileLevelProblemsSpeakOfObservations(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");
        assertThatThrownBy(() -> new ObservationsLoader().load(empty, TOY)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("empty.yaml:1:1: empty file (expected observations: a map with the key"
                        + " observations");
        assertThatThrownBy(() -> new ObservationsLoader().load(dir.resolve("missing.yaml")))
                .hasMessageContaining("no such file").hasMessageContaining("(expected an existing observations file)");
        assertThat(only("observations: [ { date: 2025-01-01\n")).contains("YAML syntax error");
        assertThat(only("- { date: 2025-01-01, event: signed, happened: true }\n"))
                .contains("found a list at the top of the file (expected a map with the key observations");

        Path valid = Files.writeString(dir.resolve("obs.yaml"), VALID);
        assertThat(new ObservationsLoader().load(valid, TOY).observations()).hasSize(3);
    }

    @Test
    void sourcesAndDescriptionsAreBounded() {
        assertThat(problems("description: " + "d".repeat(5_001) + "\n" + VALID.replace("source: Market",
                "source: " + "m".repeat(201)))).containsExactly(
                "obs.yaml:1:14: description: a description of 5,001 characters (expected at most 5,000 characters)",
                "obs.yaml:11:15: forecasts.1.source: a source of 201 characters (expected at most 200 characters)");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // opening a pipe would block for ever
    void aNamedPipeIsRefusedUnopened(@TempDir Path dir) throws Exception {
        Path pipe = NamedPipes.create(dir.resolve("observed.yaml"));

        assertThatThrownBy(() -> new ObservationsLoader().load(pipe, TOY)).isInstanceOf(ScenarioException.class)
                .hasMessage(pipe + ":1:1: " + pipe + " is not a regular file: a pipe, device or socket"
                        + " (expected an observations file)");
    }
}
