package org.treatysim.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The library's sourcing rule: every number, date and boolean in every scenario file has a
 * source or assumption comment on its line or the line above, every cited id is listed in
 * docs/sources.md, and the baseline cites nothing that became public after its forecast date.
 */
class ScenarioSourcesTest {

    static final Path SCENARIOS = Path.of("scenarios");
    static final Path SOURCES = Path.of("docs", "sources.md");
    static final Path BASELINE = SCENARIOS.resolve("baseline-2024-09.yaml");
    /** The baseline's forecast date: nothing public only later may inform it. */
    static final LocalDate FORECAST_DATE = LocalDate.of(2024, 9, 24);

    private static SourceRegistry registry;

    @BeforeAll
    static void readSources() throws IOException {
        registry = SourceRegistry.parse(Files.readString(SOURCES, StandardCharsets.UTF_8));
    }

    /** Every scenarios/*.yaml: the library (schema.json and other files are not scenarios). */
    static Stream<Path> scenarioFiles() throws IOException {
        return yamlIn(SCENARIOS);
    }

    /**
     * The library and the one-lever test files of scenarios/levers/: every value of both must be
     * sourced or say it is an assumption.
     */
    static Stream<Path> sourcedFiles() throws IOException {
        return Stream.concat(scenarioFiles(), yamlIn(SCENARIOS.resolve("levers")));
    }

    private static Stream<Path> yamlIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcedFiles")
    void everyValueHasASourceOrAssumptionAndEveryCitedIdIsListed(Path file) throws IOException {
        SourceCommentChecker checker = new SourceCommentChecker(registry.entries().keySet());
        List<SourceCommentChecker.Problem> problems = checker.check(file.toString(), Files.readString(file));
        assertThat(problems).as("unsourced values or unknown ids in %s", file).isEmpty();
        assertThat(SourceCommentChecker.scan(Files.readString(file)).values())
                .as("a scenario file has values to source").isNotEmpty();
    }

    @Test
    void theLibraryHasTheBaselineAndAtLeastSixVariants() throws IOException {
        assertThat(scenarioFiles().toList()).contains(BASELINE).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void sourcesDefineEveryIdOnceAndDateEveryFact() {
        assertThat(registry.duplicates()).isEmpty();
        assertThat(registry.entries().keySet()).anyMatch(id -> id.startsWith("F-")).anyMatch(id -> id.startsWith("L-"));
        registry.entries().values().stream().filter(e -> e.id().startsWith("F-"))
                .forEach(e -> assertThat(e.publicBy()).as("public-by date of %s", e.id()).isPresent());
    }

    @Test
    void noListedFactBecamePublicAfterTheForecastDate() {
        // docs/sources.md says so in plain words of the case's [F-...] facts; this keeps the sentence
        // true. The corpus's [C-...] facts have their own forecast dates (CorpusTest).
        for (SourceRegistry.Entry e : registry.entries().values()) {
            if (!e.id().startsWith("F-")) continue;
            e.publicBy().ifPresent(day -> assertThat(day).as("public-by date of %s", e.id()).isBeforeOrEqualTo(FORECAST_DATE));
        }
    }

    @Test
    void theBaselineCitesOnlyFactsPublicByTheForecastDate() throws IOException {
        Set<String> cited = SourceCommentChecker.citedIdsInFile(Files.readString(BASELINE));
        assertThat(cited).contains("F-referendum-quorum", "F-aliyev-constitution", "F-cop29", "F-forecast-date");
        for (String id : cited) {
            SourceRegistry.Entry entry = registry.entries().get(id);
            assertThat(entry).as("[%s] is listed in docs/sources.md", id).isNotNull();
            entry.publicBy().ifPresent(day -> assertThat(day)
                    .as("[%s] must have been public by %s to inform the baseline", id, FORECAST_DATE)
                    .isBeforeOrEqualTo(FORECAST_DATE));
        }
    }

    /** The checker itself, on small texts: it must catch what the rule forbids. */
    @Nested
    class Checker {
        private final SourceCommentChecker checker = new SourceCommentChecker(Set.of("F-known", "L-paper2000"));

        private List<SourceCommentChecker.Problem> check(String yaml) {
            return checker.check("test.yaml", yaml);
        }

        @Test
        void flagsAnUncommentedNumberWithItsLine() {
            List<SourceCommentChecker.Problem> problems = check("""
                    start: 2024-09-24   # [F-known] the date
                    stepDays: 7
                    """);
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.toString()).startsWith("test.yaml:2: value 7 has no source");
            });
        }

        @Test
        void acceptsACommentAtTheEndOfTheLineOrOnTheLineAbove() {
            assertThat(check("""
                    runs: 100   # assumption: small for a test
                    # [F-known] cited above the value
                    seed: 3
                    # [L-paper2000] the first line of a block
                    #   continued on the line just above
                    tolerance: 0.02
                    """)).isEmpty();
        }

        @Test
        void aCommentTwoLinesAboveDoesNotCount() {
            assertThat(check("""
                    # assumption: separated by a blank line

                    seed: 3
                    """)).extracting(SourceCommentChecker.Problem::line).containsExactly(3);
        }

        @Test
        void aCommentMustCiteAnIdOrSayAssumption() {
            assertThat(check("""
                    seed: 3   # just a number
                    runs: 9   # assumption:
                    """)).extracting(SourceCommentChecker.Problem::line).containsExactly(1, 2);
        }

        @Test
        void flagsAnIdThatSourcesDoesNotList() {
            List<SourceCommentChecker.Problem> problems = check("seed: 3   # [F-unknown] not listed\n");
            assertThat(problems).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("[F-unknown]", "does not list"));
        }

        @Test
        void datesBooleansAndQuotedNumbersNeedSourcesButKeysAndTextDoNot() {
            List<SourceCommentChecker.Problem> problems = check("""
                    scenario: test-1
                    title: "Talks # 3, 80% agreed"
                    description: >
                      Text with a number 42 and # no comment.
                    2024: unquoted numeric key with text
                    date: 2025-01-20
                    precondition: true
                    agreed: "0.5"
                    """);
            assertThat(problems).extracting(SourceCommentChecker.Problem::line).containsExactly(6, 7, 8);
        }

        @Test
        void checksEveryNumberInFlowCollectionsOverSeveralLines() {
            List<SourceCommentChecker.Problem> problems = check("""
                    USA: { engagement: 0.7,       # [F-known] engaged
                           bias: { uniform: [0, 0.2] },
                           leverage: { ARM: 0.3, AZE: 0.4 } }   # assumption: moderate
                    """);
            assertThat(problems).extracting(SourceCommentChecker.Problem::line).containsExactly(2, 2);
        }

        @Test
        void distributionsAreCheckedNumberByNumber() {
            assertThat(check("""
                    patienceDays:
                      triangular: [120, 300, 720]
                    """)).hasSize(3);
        }

        @Test
        void malformedYamlIsReportedNotSkipped() {
            assertThatThrownBy(() -> check("a: [1, 2\nb: 3\n")).isInstanceOf(YAMLException.class);
        }
    }

    @Test
    void registryReadsFactAndLiteratureRowsAndIgnoresMentions() {
        SourceRegistry r = SourceRegistry.parse("""
                | id | fact | event date | public by | source |
                |---|---|---|---|---|
                | [F-a] | a fact, see [F-b] | 2024-08 | 2024-08 | somewhere |
                | [L-x] | a paper | a use |
                Text citing [F-c] is not a definition.
                """);
        assertThat(r.entries()).containsOnlyKeys("F-a", "L-x");
        assertThat(r.entries().get("F-a").publicBy()).contains(LocalDate.of(2024, 8, 31));
        assertThat(r.entries().get("L-x").publicBy()).isEmpty();
    }
}
