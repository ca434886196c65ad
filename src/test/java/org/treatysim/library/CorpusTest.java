package org.treatysim.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ObservationsLoader;
import org.treatysim.model.spec.Milestone;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/**
 * The corpus of past negotiations, {@code scenarios/cases/<case-id>/}: each case is a scenario
 * as of a forecast date in the middle of its talks, the dated outcomes that followed, and a
 * README. The rules checked here are those of docs/sources.md and scenarios/cases/README.md:
 * the files exist and load with the real loaders; every value is sourced; a scenario cites no
 * fact that became public after its forecast date (its {@code start}); at least four outcomes
 * per case, all after the forecast date; the two cases reserved for independent validation are
 * absent; and the corpus table in scenarios/cases/README.md matches the files and has the mix the
 * corpus promises (enough cases, ratification votes, failures and interstate cases).
 */
class CorpusTest {

    static final Path CASES = Path.of("scenarios", "cases");
    static final Path CORPUS_README = CASES.resolve("README.md");

    /** The corpus's promised mix (scenarios/cases/README.md). */
    static final int MIN_CASES = 10;
    static final int MIN_REFERENDUM_OR_SUPERMAJORITY = 4;
    static final int MIN_FAILURES_OR_STALLS = 3;
    static final int MIN_INTERSTATE = 3;
    static final int MIN_OUTCOMES_PER_CASE = 4;
    static final int MAX_RUNS = 5000;

    /**
     * Greece–North Macedonia (Prespa, 2017–19) and Colombia–FARC (2012–16) are kept out of the
     * corpus to validate it independently; a case whose id, title or parties name them is refused.
     */
    private static final Pattern RESERVED = Pattern.compile("prespa|macedonia|farc|colombia");

    private static final List<String> TABLE_HEADER = List.of("case", "parties", "interstate", "ratification step",
            "referendum or supermajority", "outcome", "forecast date", "mechanisms it needed");

    private static SourceRegistry registry;

    @BeforeAll
    static void readSources() throws IOException {
        registry = SourceRegistry.parse(Files.readString(ScenarioSourcesTest.SOURCES, StandardCharsets.UTF_8));
    }

    /** Every folder under scenarios/cases/, sorted by name. */
    static Stream<Path> caseFolders() throws IOException {
        try (Stream<Path> entries = Files.list(CASES)) {
            return entries.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static String caseId(Path folder) {
        return folder.getFileName().toString();
    }

    private static Scenario load(Path folder) {
        Path file = folder.resolve("scenario.yaml");
        try {
            return new ScenarioLoader().load(file).scenario();
        } catch (ScenarioException e) {
            return fail("%s does not load:%n%s", file, e.getMessage());
        }
    }

    private static List<Observation> outcomes(Path folder, Scenario scenario) {
        Path file = folder.resolve("outcomes.yaml");
        try {
            return new ObservationsLoader().load(file, scenario).observations();
        } catch (ScenarioException e) {
            return fail("%s does not load:%n%s", file, e.getMessage());
        }
    }

    @Test
    void theCorpusHasCases() throws IOException {
        assertThat(caseFolders().toList()).as("case folders in %s", CASES).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFolders")
    void aCaseHasItsScenarioOutcomesAndReadme(Path folder) throws IOException {
        for (String name : List.of("scenario.yaml", "outcomes.yaml", "README.md")) {
            assertThat(folder.resolve(name)).as("%s/%s", folder, name).isRegularFile();
        }
        String readme = Files.readString(folder.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("%s/README.md says why the forecast date and where the model strains", folder)
                .containsIgnoringCase("forecast date").containsIgnoringCase("strain");
        assertThat(readme).as("%s/README.md says the outcomes came after the scenario was frozen", folder)
                .containsPattern("(?is)outcomes.*written after.*frozen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFolders")
    void theScenarioLoadsUnderTheCaseIdWithABoundedNumberOfRuns(Path folder) {
        Scenario scenario = load(folder);
        assertThat(scenario.id()).as("scenario id of %s", folder).isEqualTo(caseId(folder));
        assertThat(scenario.runs()).as("runs of %s", folder).isBetween(1, MAX_RUNS);
        assertThat(scenario.description()).as("description of %s", folder).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFolders")
    void everyValueOfTheScenarioAndEveryOutcomeHasASource(Path folder) throws IOException {
        SourceCommentChecker checker = new SourceCommentChecker(registry.entries().keySet());
        for (String name : List.of("scenario.yaml", "outcomes.yaml")) {
            Path file = folder.resolve(name);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(checker.check(file.toString(), text)).as("unsourced values or unknown ids in %s", file).isEmpty();
            assertThat(SourceCommentChecker.scan(text).values()).as("%s has values to source", file).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFolders")
    void theScenarioCitesOnlyFactsPublicByItsForecastDate(Path folder) throws IOException {
        LocalDate forecastDate = load(folder).start();
        Set<String> cited = SourceCommentChecker.citedIdsInFile(
                Files.readString(folder.resolve("scenario.yaml"), StandardCharsets.UTF_8));
        String ownPrefix = "C-" + caseId(folder) + "-";
        assertThat(cited).as("%s cites facts of its own case", folder).anyMatch(id -> id.startsWith(ownPrefix));
        for (String id : cited) {
            assertThat(id.startsWith("C-") && !id.startsWith(ownPrefix))
                    .as("%s cites [%s], a fact of another case", folder, id).isFalse();
            SourceRegistry.Entry entry = registry.entries().get(id);
            assertThat(entry).as("[%s] is listed in docs/sources.md", id).isNotNull();
            entry.publicBy().ifPresent(day -> assertThat(day)
                    .as("[%s] must have been public by %s to inform %s", id, forecastDate, folder)
                    .isBeforeOrEqualTo(forecastDate));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFolders")
    void theOutcomesValidateAndAllComeAfterTheForecastDate(Path folder) {
        Scenario scenario = load(folder);
        List<Observation> outcomes = outcomes(folder, scenario);
        assertThat(outcomes).as("outcomes of %s", folder).hasSizeGreaterThanOrEqualTo(MIN_OUTCOMES_PER_CASE);
        for (Observation outcome : outcomes) {
            assertThat(outcome.date()).as("%s at %s", outcome.outcome(), outcome.location()).isAfter(scenario.start());
        }
    }

    @Test
    void theCasesReservedForValidationAreNotInTheCorpus() throws IOException {
        for (Path folder : caseFolders().toList()) {
            Scenario scenario = load(folder);
            List<String> names = new ArrayList<>(List.of(caseId(folder), scenario.title()));
            scenario.parties().forEach(p -> names.add(p.name()));
            for (String name : names) {
                assertThat(RESERVED.matcher(name.toLowerCase(Locale.ROOT)).find())
                        .as("%s names a case reserved for validation: %s", folder, name).isFalse();
            }
        }
    }

    /** One row of the corpus table, by column name. */
    record TableRow(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }
    }

    /** The rows of the corpus table: the table whose header is {@link #TABLE_HEADER}. */
    static List<TableRow> corpusTable(String markdown) {
        List<TableRow> rows = new ArrayList<>();
        boolean inTable = false;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(TABLE_HEADER)) {
                inTable = true;
                continue;
            }
            if (!inTable || cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue;
            }
            if (cells.size() != TABLE_HEADER.size()) {
                fail("%s line %d: a corpus row needs %d cells, found %d", CORPUS_README, i + 1, TABLE_HEADER.size(), cells.size());
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                byColumn.put(TABLE_HEADER.get(c), cells.get(c));
            }
            rows.add(new TableRow(i + 1, byColumn));
        }
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private static String idOf(TableRow row) {
        return row.get("case").replace("`", "").trim();
    }

    private static boolean yes(TableRow row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        assertThat(value).as("%s line %d, column '%s'", CORPUS_README, row.line(), column).isIn("yes", "no");
        return value.equals("yes");
    }

    private static List<TableRow> readTable() throws IOException {
        assertThat(CORPUS_README).isRegularFile();
        return corpusTable(Files.readString(CORPUS_README, StandardCharsets.UTF_8));
    }

    @Test
    void theCorpusTableListsEveryCaseOnceAndAgreesWithItsFiles() throws IOException {
        List<TableRow> rows = readTable();
        List<String> folders = caseFolders().map(CorpusTest::caseId).toList();
        assertThat(rows.stream().map(CorpusTest::idOf).toList())
                .as("the cases listed in %s", CORPUS_README).containsExactlyInAnyOrderElementsOf(folders);
        for (TableRow row : rows) {
            Path folder = CASES.resolve(idOf(row));
            Scenario scenario = load(folder);
            String where = CORPUS_README + " line " + row.line();
            assertThat(row.get("parties")).as("%s: parties", where).isNotBlank();
            assertThat(row.get("ratification step")).as("%s: ratification step", where).isNotBlank();
            assertThat(row.get("mechanisms it needed")).as("%s: mechanisms", where).isNotBlank();
            assertThat(row.get("forecast date")).as("%s: forecast date is the scenario's start", where)
                    .isEqualTo(scenario.start().toString());
            yes(row, "interstate");
            if (yes(row, "referendum or supermajority")) {
                assertThat(scenario.ratification().referendum())
                        .as("%s: a referendum or supermajority step is modelled as ratification.referendum", where)
                        .isPresent();
            }
            String outcome = row.get("outcome").toLowerCase(Locale.ROOT);
            assertThat(outcome).as("%s: outcome", where).isIn("success", "failure", "stall");
            boolean signed = outcomes(folder, scenario).stream()
                    .anyMatch(o -> o.event() == Milestone.SIGNED && o.happened());
            assertThat(signed).as("%s: a success is a signature among the outcomes, a failure or stall is none", where)
                    .isEqualTo(outcome.equals("success"));
        }
    }

    /**
     * The mix the corpus promises. While only part of the corpus is written this fails, on
     * purpose: the promise is about the whole corpus, and a skipped check would hide a short one.
     */
    @Test
    void theCorpusHasThePromisedMix() throws IOException {
        List<TableRow> rows = readTable();
        long referendums = rows.stream().filter(r -> yes(r, "referendum or supermajority")).count();
        long failures = rows.stream().filter(r -> !r.get("outcome").equalsIgnoreCase("success")).count();
        long interstate = rows.stream().filter(r -> yes(r, "interstate")).count();
        assertThat(rows).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(MIN_CASES);
        assertThat(referendums).as("cases with a referendum or supermajority step").isGreaterThanOrEqualTo(MIN_REFERENDUM_OR_SUPERMAJORITY);
        assertThat(failures).as("cases that ended in failure or stall").isGreaterThanOrEqualTo(MIN_FAILURES_OR_STALLS);
        assertThat(interstate).as("interstate cases").isGreaterThanOrEqualTo(MIN_INTERSTATE);
    }

    /** The table reader on a small text: it must find the rows and refuse a malformed one. */
    @Test
    void theTableReaderReadsRowsByColumn() {
        List<TableRow> rows = corpusTable("""
                Intro text | with a bar.

                | case | parties | interstate | ratification step | referendum or supermajority | outcome | forecast date | mechanisms it needed |
                |---|---|---|---|---|---|---|---|
                | `a-1` | A; B | yes | vote | no | success | 2000-01-01 | deadline |

                | other | table |
                |---|---|
                | `x` | y |
                """);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(idOf(row)).isEqualTo("a-1");
            assertThat(row.get("outcome")).isEqualTo("success");
            assertThat(row.line()).isEqualTo(5);
        });
    }

    /** Case facts are ids of their own kind: the registry dates them and the checker accepts them. */
    @Test
    void caseFactIdsAreDefinedDatedAndCitable() {
        SourceRegistry r = SourceRegistry.parse("""
                | id | fact | event date | public by | source |
                |---|---|---|---|---|
                | [C-some-case-1999-summit] | a summit | 1999-07-11 | 1999-07 | a newspaper |
                """);
        assertThat(r.entries()).containsOnlyKeys("C-some-case-1999-summit");
        assertThat(r.entries().get("C-some-case-1999-summit").publicBy()).contains(LocalDate.of(1999, 7, 31));
        SourceCommentChecker checker = new SourceCommentChecker(r.entries().keySet());
        assertThat(checker.check("t.yaml", "start: 1999-08-01   # [C-some-case-1999-summit] after the summit\n")).isEmpty();
        assertThat(checker.check("t.yaml", "start: 1999-08-01   # [C-other-case-1] unknown\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("[C-other-case-1]", "does not list"));
    }
}
