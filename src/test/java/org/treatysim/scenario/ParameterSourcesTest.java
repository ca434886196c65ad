package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.ScenarioParameters;

class ParameterSourcesTest {

    private static Map<String, ParameterSource> sourcesOf(String fixture) throws ScenarioException {
        List<ParameterSource> sources = new ScenarioLoader().load(Fixtures.path(fixture)).sources();
        return sources.stream().collect(Collectors.toMap(ParameterSource::path, Function.identity()));
    }

    @Test
    void aValueCarriesTheCommentOnItsLine() throws Exception {
        Map<String, ParameterSource> sources = sourcesOf("complete.yaml");
        String file = Fixtures.path("complete.yaml").toString();

        assertThat(sources.get("parties.ARM.reservation.constitution")).isEqualTo(new ParameterSource(
                "parties.ARM.reservation.constitution", "{ uniform: [0.6, 1.0] }",
                "illustrative: a new constitution on its own timetable", file, 42));
        assertThat(sources.get("runs")).isEqualTo(new ParameterSource("runs", "10000",
                "default; the command line may override", file, 11));
        assertThat(sources.get("start")).isEqualTo(new ParameterSource("start", "2024-09-24", "", file, 7));
    }

    @Test
    void aSingleValueForAllIssuesGivesOneSourcePerIssue() throws Exception {
        Map<String, ParameterSource> sources = sourcesOf("complete.yaml");

        assertThat(List.of("constitution", "transit", "detainees")).allSatisfy(issue ->
                assertThat(sources.get("parties.ARM.ideal." + issue)).satisfies(s -> {
                    assertThat(s.value()).isEqualTo("0");
                    assertThat(s.line()).isEqualTo(40);
                    assertThat(s.comment()).isEqualTo("a number for every issue, or a map by issue id");
                }));
    }

    @Test
    void theCommentLinesJustAboveCountWhenTheLineHasNone() throws Exception {
        Map<String, ParameterSource> sources = sourcesOf("complete.yaml");

        assertThat(sources.get("parties.AZE.reservation.transit").comment()).isEqualTo("illustrative reservations");
        assertThat(sources.get("parties.AZE.reservation.transit").value()).isEqualTo("{ uniform: [0.3, 0.6] }");
        // a neighbour's comment on the line above is not this value's source
        assertThat(sources.get("parties.ARM.reservation.transit").comment()).isEmpty();
    }

    @Test
    void aCommentHeadingANestedBlockDocumentsItsFirstLine() throws Exception {
        LoadedScenario loaded = new ScenarioLoader().parse("c.yaml", Fixtures.MINIMAL + """
                shocks:            # facts §4: two clashes a year
                  clashesPerYear: 2
                  # assumption: a month of pause
                  pauseWeeks: 4
                  trustLoss: 0.1
                """);
        Map<String, String> comments = loaded.sources().stream()
                .collect(Collectors.toMap(ParameterSource::path, ParameterSource::comment));

        assertThat(comments).containsEntry("shocks.clashesPerYear", "facts §4: two clashes a year")
                .containsEntry("shocks.pauseWeeks", "assumption: a month of pause")
                .containsEntry("shocks.trustLoss", "");
    }

    @Test
    void everyUncertainParameterHasASourceUnderItsParameterPath() throws Exception {
        LoadedScenario loaded = new ScenarioLoader().load(Fixtures.path("complete.yaml"));
        Map<String, ParameterSource> sources = loaded.sources().stream()
                .collect(Collectors.toMap(ParameterSource::path, Function.identity()));

        Map<String, Quantity> parameters = ScenarioParameters.of(loaded.scenario());
        List<String> uncertain = parameters.entrySet().stream().filter(e -> !e.getValue().isFixed())
                .map(Map.Entry::getKey).toList();
        assertThat(uncertain).hasSizeGreaterThan(15).allSatisfy(path -> assertThat(sources).containsKey(path));
        assertThat(sources.get("events.0.set.mediators.USA.engagement").value()).isEqualTo("{ uniform: [0.2, 1.0] }");
        assertThat(sources.get("deadlines.armenianElection.shiftDays").value()).isEqualTo("{ choice: [[0, 3], [-14, 1]] }");
    }

    @Test
    void inheritedValuesPointIntoTheParentAndOverridesIntoTheChild() throws Exception {
        Map<String, ParameterSource> sources = sourcesOf("complete-variant.yaml");

        assertThat(sources.get("parties.AZE.stance")).satisfies(s -> {
            assertThat(s.file()).endsWith("complete-variant.yaml");
            assertThat(s.comment()).isEqualTo("assumption: a softer Azerbaijani tactic");
        });
        assertThat(sources.get("parties.ARM.stance").file()).endsWith("complete.yaml");
        assertThat(sources.get("deadlines.cop29.pressure.AZE").comment()).isEqualTo("assumption: twice the baseline pressure");
        assertThat(sources).doesNotContainKey("mediators.FRA.engagement").doesNotContainKey("extends");
    }
}
