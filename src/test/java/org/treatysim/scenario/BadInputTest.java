package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatysim.scenario.Fixtures.MINIMAL;
import static org.treatysim.scenario.Fixtures.problem;
import static org.treatysim.scenario.Fixtures.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of bad input ({@code docs/scenario-format.md}, "Problems"): each checks where
 * the problem is reported (file:line:column and YAML path) and what the message says was expected.
 */
class BadInputTest {

    private static String loadProblems(Path file) {
        try {
            new ScenarioLoader().load(file);
        } catch (ScenarioException e) {
            return String.join("\n", e.problems().stream().map(Problem::toString).toList());
        }
        throw new AssertionError("expected problems in " + file);
    }

    // ---------------------------------------------------------------- YAML itself

    @Test
    void yamlSyntaxErrorsAreLocated() {
        Problem p = problem("scenario: x\nissues: [ { id: a, title: A }\nparties: {}\n");

        assertThat(p.file()).isEqualTo("bad.yaml");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEmpty();
        assertThat(p.message()).startsWith("YAML syntax error: ").contains("(expected valid YAML");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        String comments = "# a comment\n".repeat(31);
        Problem p = problem(MINIMAL + comments + "description: \"unclosed\nseed: 1\nruns: 4\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:41:14: YAML syntax error: the quote \" opened here is not closed"
                + " before the end of the file (expected a closing \" at the end of the value)");
        assertThat(problem(MINIMAL + "title: 'it''s\n---\nscenario: b\n").toString()).isEqualTo("bad.yaml:10:8:"
                + " YAML syntax error: the quote ' opened here is not closed before the '---' on line 11"
                + " (expected a closing ' at the end of the value)");
    }

    @Test
    void tabsForIndentationAreASyntaxError() {
        Problem p = problem("scenario: x\nparties:\n\tARM: 1\n");

        assertThat(p.toString()).startsWith("bad.yaml:3:1: YAML syntax error: ");
    }

    @Test
    void aSecondDocumentIsRefused() {
        Problem p = problem(MINIMAL + "---\nscenario: other\n");

        assertThat(p.toString()).startsWith("bad.yaml:10:1: a second YAML document (expected one scenario per file");
    }

    @Test
    void explicitTagsAreRefused() {
        Problem p = problem(MINIMAL.replace("title: Issue A", "title: !!python/object:os.system Issue A"));

        assertThat(p.path()).isEqualTo("issues.0.title");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).contains("explicit YAML tag").contains("(expected plain values");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondOccurrence() {
        Problem p = problem(MINIMAL.replace("stance: 1 }\n  P2", "stance: 1, stance: 2 }\n  P2"));

        assertThat(p.toString()).isEqualTo("bad.yaml:8:80: parties.P1.stance: duplicate key 'stance'"
                + " (expected each key once in a map; first at line 8)");
    }

    @Test
    void mergeKeysAreNotSupported() {
        Problem p = problem(MINIMAL + "shocks: { <<: { trustLoss: 0.1 } }\n");

        assertThat(p.path()).isEqualTo("shocks.<<");
        assertThat(p.message()).contains("merge keys are not supported").contains("extends");
    }

    // ---------------------------------------------------------------- files that could hurt

    @Test
    void emptyFilesAreRefused() {
        for (String empty : List.of("", "\n\n", "# only a comment\n", "---\n", "~\n")) {
            Problem p = problem(empty);
            assertThat(p.toString()).as("%s", empty).isEqualTo("bad.yaml:1:1: empty file (expected a scenario:"
                    + " a map with the keys scenario, start, horizon, issues and parties)");
        }
    }

    @Test
    void aFileThatIsNotAMapIsRefused() {
        Problem p = problem("- scenario: x\n");

        assertThat(p.toString()).startsWith("bad.yaml:1:1: found a list at the top of the file (expected a map");
    }

    @Test
    void hugeFilesAreRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        byte[] big = (MINIMAL + "description: >\n" + "  lorem ipsum dolor sit amet\n".repeat(40_000))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, big);

        assertThat(loadProblems(file)).isEqualTo(file + ":1:1: file is 1.1 MiB, too large to read"
                + " (expected at most 1 MiB; a scenario is a few kilobytes of text)");
        assertThat(problem(new String(big, StandardCharsets.UTF_8)).message()).startsWith("file is 1.1 MiB");
    }

    @Test
    void hugeValuesAreQuotedInPartNotEchoedWhole() {
        String x = "x".repeat(900_000);

        assertThat(problem(x).toString()).isEqualTo("bad.yaml:1:1: found '" + "x".repeat(80) + "...' at the top of"
                + " the file (expected a map with the keys scenario, start, horizon, issues and parties)");
        assertThat(problem(MINIMAL + "? " + x + "\n: 1\n").toString()).isEqualTo("bad.yaml:10:3: " + "x".repeat(80)
                + "...: unknown key '" + "x".repeat(80) + "...' (expected one of: extends, calibration, scenario, title,"
                + " description, start, horizon, stepDays, seed, runs, issues, packageDeal, tolerance, drafting,"
                + " parties, mediators, biasPenalty, pressureToBatna, patrons, deadlines, events, shocks, ratification)");
        assertThat(problem(MINIMAL + "seed: \"" + "ab\n".repeat(1000) + "\"\n").toString()).isEqualTo("bad.yaml:10:7:"
                + " seed: found quoted text \"" + "ab ".repeat(26) + "ab...\" (expected a whole number)");
        assertThat(problem(MINIMAL + "seed: \"two\\nlines\"\n").message())
                .as("a line break in a value stays on the problem's line").isEqualTo("found quoted text \"two\\nlines\""
                        + " (expected a whole number)");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "scenario: x\ndescription: " + "[".repeat(70) + "]".repeat(70) + "\n";

        Problem p = problem(deep);

        // the root map is level 1, so the 64th '[' (column 14 + 63) opens level 65
        assertThat(p.toString()).isEqualTo("bad.yaml:2:77: nested more than 64 levels deep; refused"
                + " (expected at most 64 levels of maps and lists)");
    }

    @Test
    void billionLaughsAreRefusedBeforeExpansion() {
        StringBuilder bomb = new StringBuilder("scenario: lol\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char below = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + below))).append("]\n");
        }

        Problem p = problem(bomb.toString());

        // 9 aliases on line 3 (b), the 10th and 11th on line 4 (c): the 11th is refused
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).startsWith("more than 10 aliases (*name); alias expansion is refused beyond this limit")
                .contains("billion laughs");
    }

    @Test
    void aFewAliasesAreFine() throws Exception {
        String yaml = MINIMAL.replace("P1: { ideal: 0, reservation: 0.5", "P1: { ideal: 0, reservation: &r 0.5")
                .replace("P2: { ideal: 1, reservation: 0.5", "P2: { ideal: 1, reservation: *r");

        assertThat(new ScenarioLoader().parse("ok.yaml", yaml).scenario().parties().get(1).reservation())
                .containsOnly(org.treatysim.model.spec.Quantity.of(0.5));
    }

    @Test
    void unknownAliasesAreReported() {
        Problem p = problem(MINIMAL.replace("reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }\n  P2",
                "reservation: *nowhere, salience: 1, patienceDays: 365, stance: 1 }\n  P2"));

        assertThat(p.path()).isEqualTo("parties.P1.reservation");
        assertThat(p.message()).isEqualTo("unknown alias *nowhere (expected an anchor &nowhere defined before it)");
    }

    @Test
    void binaryInputIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] {'s', 'c', ':', ' ', 1, '\n', 'x', ':', 0, 0, 7});

        assertThat(loadProblems(file)).isEqualTo(file + ":2:3: binary data: NUL byte at byte offset 8"
                + " (expected a UTF-8 text file)");
    }

    @Test
    void invalidUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "scenario: x\ntitle: Erevan \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loadProblems(file)).isEqualTo(file + ":2:15: invalid UTF-8: byte 0xE9 at byte offset 26"
                + " is not part of a valid character (expected a UTF-8 text file)");
    }

    @Test
    void controlCharactersAreRefused() {
        Problem p = problem("scenario: x\ntitle: bell\u0007\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:2:12: control character U+0007 is not allowed"
                + " (expected printable UTF-8 text)");
    }

    @Test
    void nelAndOtherC1ControlCharactersAreRefused() {
        // U+0085 (NEL) is a line break to YAML 1.1 and slipped through; U+009B (CSI) starts terminal escapes.
        assertThat(problem(MINIMAL.replace("title: Issue A", "title: Issue\u0085A")).toString())
                .isEqualTo("bad.yaml:5:26: control character U+0085 is not allowed (expected printable UTF-8 text)");
        assertThat(problem(MINIMAL.replace("title: Issue B", "title: \u009B31mB")).toString())
                .isEqualTo("bad.yaml:6:21: control character U+009B is not allowed (expected printable UTF-8 text)");
    }

    @Test
    void lineNumbersAreAnEditorsOnlyNewlinesEndALine() {
        String after = "colour: blue\n"; // an unknown key on line 10, reported with its line and column
        for (String separator : List.of("\u2028", "\u2029")) {
            Problem p = problem(MINIMAL.replace("title: Issue A", "title: \"Issue" + separator + "A\"") + after);
            assertThat(p.toString()).as("U+%04X", (int) separator.charAt(0)).startsWith("bad.yaml:10:1: colour: unknown key");
        }
        // YAML 1.1 reads the rest of the line as a new key; the problem stays where an editor shows it
        assertThat(problems("scenario: x\ntitle: one\u2028two: three\n")).extracting(Problem::toString)
                .contains("bad.yaml:2:12: two: unknown key 'two' (expected one of: extends, calibration, scenario, title, description,"
                        + " start, horizon, stepDays, seed, runs, issues, packageDeal, tolerance, drafting, parties,"
                        + " mediators, biasPenalty, pressureToBatna, patrons, deadlines, events, shocks, ratification)");

        assertThat(problem(MINIMAL.replace("\n", "\r\n") + "colour: blue\r\n").toString())
                .startsWith("bad.yaml:10:1: colour: unknown key");
        assertThat(problem(MINIMAL.replace("\n", "\r") + "seed: x\r").toString())
                .isEqualTo("bad.yaml:10:7: seed: found 'x' (expected a whole number)");
        assertThat(problem("scenario: x\r\ntitle: \"\u2028\"\r\nstart: \u0007\n").toString())
                .isEqualTo("bad.yaml:3:8: control character U+0007 is not allowed (expected printable UTF-8 text)");
    }

    @Test
    void textWithNulCharactersIsRefused() {
        assertThat(problem("scenario: x\0").message()).startsWith("binary data: NUL character");
    }

    @Test
    void missingFilesAndFoldersAreReported(@TempDir Path dir) {
        assertThat(loadProblems(dir.resolve("nowhere.yaml"))).isEqualTo(dir.resolve("nowhere.yaml")
                + ":1:1: no such file " + dir.resolve("nowhere.yaml") + " (expected an existing scenario file)");
        assertThat(loadProblems(dir)).endsWith("is a folder (expected a scenario file)");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // opening a pipe would block for ever
    void namedPipesAreRefusedUnopened(@TempDir Path dir) throws Exception {
        Path pipe = NamedPipes.create(dir.resolve("pipe.yaml"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: pipe.yaml\nscenario: child\n");

        assertThat(loadProblems(pipe)).isEqualTo(pipe + ":1:1: " + pipe + " is not a regular file: a pipe, device or"
                + " socket (expected a scenario file)");
        assertThat(loadProblems(child)).isEqualTo(child + ":1:10: extends: " + pipe + " is not a regular file:"
                + " a pipe, device or socket (expected a scenario file)");
    }

    // ---------------------------------------------------------------- extends

    @Test
    void extendingAFileThatIsNotAScenarioIsRefusedAtTheExtendsLine(@TempDir Path dir) throws Exception {
        // The child is complete on its own: a parent that is not a map used to be dropped unseen.
        String complete = MINIMAL.replace("scenario: minimal", "scenario: child");
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\nover two lines\n");
        Path list = Files.writeString(dir.resolve("list.yaml"), "- scenario: base\n- start: 2024-09-24\n");
        Path ofText = Files.writeString(dir.resolve("of-text.yaml"), "extends: notes.txt\n" + complete);
        Path ofList = Files.writeString(dir.resolve("of-list.yaml"), "extends: list.yaml\n" + complete);

        assertThat(loadProblems(ofText)).isEqualTo(ofText + ":1:10: extends: " + text + " is not a scenario: it holds"
                + " plain text, not a map of keys (expected the path of a scenario file, a map with the keys scenario,"
                + " start, horizon, issues and parties)");
        assertThat(loadProblems(ofList)).isEqualTo(ofList + ":1:10: extends: " + list + " is not a scenario: it holds"
                + " a list, not a map of keys (expected the path of a scenario file, a map with the keys scenario,"
                + " start, horizon, issues and parties)");
    }

    @Test
    void extendingASystemFileIsRefusedWithoutEchoingIt(@TempDir Path dir) throws Exception {
        Path passwd = Path.of("/etc/passwd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(passwd), "no readable /etc/passwd here");
        Path child = Files.writeString(dir.resolve("child.yaml"), "extends: ../../../../../../../../etc/passwd\n"
                + MINIMAL.replace("scenario: minimal", "scenario: child"));

        String problems = loadProblems(child);

        assertThat(problems).startsWith(child + ":1:10: extends: /etc/passwd is not a scenario: it holds")
                .endsWith(", not a map of keys (expected the path of a scenario file, a map with the keys scenario,"
                        + " start, horizon, issues and parties)")
                .doesNotContain("root:");
    }

    @Test
    void anExtendsPathLongerThanAnyFileSystemTakesIsRefused() {
        Problem p = problem("extends: " + "d/".repeat(600) + "base.yaml\nscenario: child\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:1:10: extends: a path of 1209 characters (expected the path of"
                + " the scenario file it extends, relative to this file's folder, of at most 1000 characters)");
    }

    @Test
    void keysMissingAfterAMergeNameEveryFileMerged(@TempDir Path dir) throws Exception {
        Path base = Files.writeString(dir.resolve("base.yaml"), "scenario: base\nstart: 2024-09-24\n"
                + "parties:\n  P1: { ideal: 0, reservation: 0.5, salience: 1 }\n");
        Path middle = Files.writeString(dir.resolve("middle.yaml"), "extends: base.yaml\nscenario: middle\n"
                + "parties:\n  P1: { patienceDays: 365 }\n");
        Path child = Files.writeString(dir.resolve("child.yaml"), "extends: middle.yaml\nscenario: child\n");
        Path alone = Files.writeString(dir.resolve("alone.yaml"), "extends: base.yaml\nscenario: alone\n");

        assertThat(loadProblems(child).lines()).containsExactly(
                child + ":1:1: horizon: missing required key horizon after merging " + child + " with " + middle
                        + " and " + base + " (expected an ISO date such as 2024-09-24)",
                child + ":1:1: issues: missing required key issues after merging " + child + " with " + middle
                        + " and " + base + " (expected a list of issues, each with id and title)",
                middle + ":4:3: parties: 1 party (expected exactly two: the first party, whose ideal is 0 on every"
                        + " issue, and the second)",
                middle + ":4:7: parties.P1.stance: missing required key stance after merging " + middle + " with "
                        + base + " (expected a number or distribution that is value > 0)");
        assertThat(loadProblems(alone)).startsWith(alone + ":1:1: horizon: missing required key horizon after merging "
                + alone + " with " + base + " (expected");
    }

    // ---------------------------------------------------------------- keys

    @Test
    void unknownKeysSuggestTheClosestKnownKey() {
        Problem p = problem(MINIMAL.replace("patienceDays: 365, stance: 1 }\n  P2", "patienceDay: 365, stance: 1 }\n  P2"));

        assertThat(p.toString()).startsWith("bad.yaml:8:50: parties.P1.patienceDay: unknown key 'patienceDay';"
                + " did you mean 'patienceDays'? (expected one of: name, ideal, reservation, salience, patienceDays,");
    }

    @Test
    void unknownKeysFarFromAnyKnownKeyGetNoSuggestion() {
        Problem p = problem(MINIMAL + "colour: blue\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:10:1: colour: unknown key 'colour' (expected one of: extends,"
                + " calibration, scenario, title, description, start, horizon, stepDays, seed, runs, issues, packageDeal, tolerance,"
                + " drafting, parties, mediators, biasPenalty, pressureToBatna, patrons, deadlines, events, shocks,"
                + " ratification)");
    }

    @Test
    void missingRequiredKeysAreReported() {
        List<Problem> ps = problems(MINIMAL.replace("horizon: 2025-09-24\n", "")
                .replace("{ id: b, title: Issue B }", "{ id: b }")
                .replace(", stance: 1 }\n  P2", " }\n  P2"));

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:1:1: horizon: missing required key horizon (expected an ISO date such as 2024-09-24)",
                "bad.yaml:5:5: issues.b.title: missing required key title (expected a title for charts and the brief)",
                "bad.yaml:7:7: parties.P1.stance: missing required key stance (expected a number or distribution"
                        + " that is value > 0)");
    }

    @Test
    void aRequiredKeyWithoutValueIsReported() {
        Problem p = problem(MINIMAL.replace("start: 2024-09-24", "start:"));

        assertThat(p.toString()).isEqualTo("bad.yaml:2:1: start: start has no value (expected an ISO date such as 2024-09-24)");
    }

    // ---------------------------------------------------------------- types

    @Test
    void wrongTypesSayWhatWasFoundAndExpected() {
        List<Problem> ps = problems(MINIMAL + """
                stepDays: seven
                packageDeal: yes
                tolerance: "0.02"
                drafting: nsh
                seed: 1.5
                shocks: [1, 2]
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:10:11: stepDays: found 'seven' (expected a whole number from 1 to 365)",
                "bad.yaml:11:14: packageDeal: found 'yes' (expected true or false)",
                "bad.yaml:12:12: tolerance: found quoted text \"0.02\" (expected a number, a value in [0, 1])",
                "bad.yaml:13:11: drafting: unknown drafting 'nsh'; did you mean 'nash'? (expected midpoint or nash)",
                "bad.yaml:14:7: seed: 1.5 is not a whole number (expected a whole number)",
                "bad.yaml:15:9: shocks: found a list (expected a map with clashesPerYear, pauseWeeks, trustLoss and escalation)");
    }

    @Test
    void aListWhereOneValueOrAMapBelongs() {
        List<Problem> ps = problems(MINIMAL.replace("P1: { ideal: 0,", "P1: { ideal: [0, 0],") + """
                mediators:
                  M: { engagement: 0.5, leverage: [0.1, 0.2] }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:8:16: parties.P1.ideal: found a list (expected one number or distribution for all issues,"
                        + " or a map by issue id such as { a: 0.5, b: 0.5 })",
                "bad.yaml:11:35: mediators.M.leverage: found a list (expected one number or distribution for both"
                        + " parties, or a map by party id such as { P1: 0.5, P2: 0.5 })");
    }

    @Test
    void datesMustBeIsoCalendarDates() {
        List<Problem> ps = problems(MINIMAL.replace("start: 2024-09-24", "start: 24/09/2024")
                .replace("horizon: 2025-09-24", "horizon: 2025-02-30"));

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:2:8: start: found '24/09/2024' (expected an ISO date YYYY-MM-DD, e.g. 2024-09-24)",
                "bad.yaml:3:10: horizon: 2025-02-30 is not a calendar date (expected an ISO date YYYY-MM-DD that exists, e.g. 2024-09-24)");
    }

    @Test
    void wholeNumbersTooLargeAreOutOfRangeNotFractional() {
        List<Problem> ps = problems(MINIMAL + "runs: 99999999999999999999\nseed: 9223372036854775808\n"
                + "stepDays: 1e9999999999\n");

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:10:7: runs: 99999999999999999999 is out of range (expected a whole number from 1 to 2147483647)",
                "bad.yaml:11:7: seed: 9223372036854775808 is out of range (expected a whole number from"
                        + " -9223372036854775808 to 9223372036854775807)",
                "bad.yaml:12:11: stepDays: 1e9999999999 is out of range (expected a whole number from 1 to 365)");
        assertThat(problem(MINIMAL + "runs: 2.5e0\n").message()).isEqualTo("2.5e0 is not a whole number"
                + " (expected a whole number from 1 up)");
        assertThat(problem(MINIMAL + "seed: 1e-9999999999\n").message()).isEqualTo("1e-9999999999 is not a whole number"
                + " (expected a whole number)");
    }

    @Test
    void wholeNumbersAreReadInAnyPlainNotation() throws Exception {
        String yaml = MINIMAL + "runs: 2.50e2\nseed: -9223372036854775808\nstepDays: +007.000\n";

        org.treatysim.model.spec.Scenario s = new ScenarioLoader().parse("ok.yaml", yaml).scenario();

        assertThat(s.runs()).isEqualTo(250);
        assertThat(s.seed()).isEqualTo(Long.MIN_VALUE);
        assertThat(s.stepDays()).isEqualTo(7);
        assertThat(new ScenarioLoader().parse("ok.yaml", MINIMAL + "seed: " + "0".repeat(100_000) + "42.0"
                + "0".repeat(100_000) + "\n").scenario().seed()).isEqualTo(42);
    }

    @Test
    void aDistributionWhereAFixedNumberBelongs() {
        Problem p = problem(MINIMAL + "tolerance: { uniform: [0, 0.1] }\n");

        assertThat(p.message()).isEqualTo("a distribution where a fixed number belongs (expected a plain number, a value in [0, 1])");
    }

    @Test
    void unknownDistributionsSuggestTheClosest() {
        Problem p = problem(MINIMAL.replace("stance: 1 }\n  P2", "stance: { unifrom: [1, 2] } }\n  P2"));

        assertThat(p.toString()).isEqualTo("bad.yaml:8:79: parties.P1.stance: unknown distribution 'unifrom';"
                + " did you mean 'uniform'? (expected one of uniform, normal, truncnormal, beta, triangular, lognormal, choice)");
    }

    @Test
    void distributionsNeedTheRightNumberOfParameters() {
        Problem p = problem(MINIMAL.replace("stance: 1 }\n  P2", "stance: { triangular: [1, 2] } }\n  P2"));

        assertThat(p.message()).isEqualTo("triangular takes 3 numbers, found 2 (expected triangular: [low, mode, high])");
    }

    @Test
    void textsLongerThanAPageCanShowAreRefused() throws Exception {
        String word = "x".repeat(10_000);
        List<Problem> ps = problems(MINIMAL.replace("scenario: minimal", "scenario: minimal\ntitle: " + "t".repeat(201))
                .replace("title: Issue A", "title: " + word)
                .replace("P1: { ideal: 0,", "P1: { name: " + word + ", ideal: 0,")
                + "description: " + "d".repeat(5_001) + "\n"
                + "events:\n  - { date: 2025-01-01, label: " + "l".repeat(1_001) + ", set: { biasPenalty: 0.1 } }\n");

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:2:8: title: a title of 201 characters (expected at most 200 characters)",
                "bad.yaml:6:21: issues.a.title: a title of 10,000 characters (expected at most 200 characters)",
                "bad.yaml:9:15: parties.P1.name: a name of 10,000 characters (expected at most 200 characters)",
                "bad.yaml:11:14: description: a description of 5,001 characters (expected at most 5,000 characters)",
                "bad.yaml:13:32: events.0.label: a label of 1,001 characters (expected at most 1,000 characters)");
        assertThat(new ScenarioLoader().parse("ok.yaml", MINIMAL + "title: " + "\u0531".repeat(200) + "\ndescription: "
                + "d".repeat(5_000) + "\n").scenario().title()).as("the limits count characters, not bytes").hasSize(200);
    }

    // ---------------------------------------------------------------- ranges

    @Test
    void valuesOutOfRangeAreReported() {
        List<Problem> ps = problems(MINIMAL.replace("P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }",
                "P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: -30, stance: 0, batna: 1.5 }") + """
                ratification: { initialingDays: -1 }
                mediators:
                  M: { engagement: 0.5, bias: -2 }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:9:64: parties.P2.patienceDays: -30 is out of range (expected a value > 0)",
                "bad.yaml:9:77: parties.P2.stance: 0 is out of range (expected a value > 0)",
                "bad.yaml:9:87: parties.P2.batna: 1.5 is out of range (expected a value in [0, 1])",
                "bad.yaml:10:33: ratification.initialingDays: -1 is out of range (expected a value >= 0)",
                "bad.yaml:12:31: mediators.M.bias: -2 is out of range (expected a value in [-1, 1])");
    }

    @Test
    void distributionsMustKeepEveryDrawInRange() {
        List<Problem> ps = problems(MINIMAL + """
                shocks:
                  trustLoss: { uniform: [0.5, 1.5] }
                  escalation: { normal: [0.1, 0.05] }
                  clashesPerYear: { lognormal: [0, 1] }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:11:14: shocks.trustLoss: { uniform: [0.5, 1.5] } can draw 1.5, out of range"
                        + " (expected draws that are a value in [0, 1])",
                "bad.yaml:12:15: shocks.escalation: { normal: [0.1, 0.05] } is unbounded and can draw values outside the"
                        + " range (expected draws that are a value in [0, 1]; bound it, e.g. with truncnormal: [mean, sd, low, high])");
    }

    @Test
    void badDistributionParametersAreReported() {
        List<Problem> ps = problems(MINIMAL + """
                shocks:
                  clashesPerYear: { uniform: [2, 2] }
                  pauseWeeks: { normal: [4, 0] }
                  trustLoss: { beta: [0, 3] }
                  escalation: { triangular: [0.1, 0.5, 0.3] }
                biasPenalty: { choice: [[0.2, 1], [0.5, -1]] }
                pressureToBatna: { choice: [[0.2, 0], [0.5, 0]] }
                ratification:
                  signingDays: { truncnormal: [30, 5, 60, 40] }
                  initialingDays: { lognormal: [1, -1] }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:11:30: shocks.clashesPerYear: empty uniform range [2, 2] (expected low < high)",
                "bad.yaml:12:25: shocks.pauseWeeks: normal standard deviation 0 (expected sd > 0)",
                "bad.yaml:13:22: shocks.trustLoss: beta parameters [0, 3] (expected both shape parameters > 0)",
                "bad.yaml:14:29: shocks.escalation: triangular [0.1, 0.5, 0.3] is out of order"
                        + " (expected low <= mode <= high, low < high)",
                "bad.yaml:15:41: biasPenalty: choice weight -1 is negative (expected weights >= 0)",
                "bad.yaml:16:28: pressureToBatna: every choice weight is 0 (expected at least one weight > 0)",
                "bad.yaml:18:31: ratification.signingDays: empty truncnormal window [60, 40] (expected low < high)",
                "bad.yaml:19:32: ratification.initialingDays: lognormal sigma -1 (expected sigma > 0)");
    }

    @Test
    void saliencesMayNotAllBeZero() {
        Problem p = problem(MINIMAL.replace("salience: 1, patienceDays: 365, stance: 1 }\n  P2",
                "salience: 0, patienceDays: 365, stance: 1 }\n  P2"));

        assertThat(p.message()).startsWith("every salience is 0 (expected at least one positive weight");
    }

    // ---------------------------------------------------------------- references

    @Test
    void perIssueMapsMustNameKnownIssuesAndEveryIssue() {
        List<Problem> ps = problems(MINIMAL.replace("P1: { ideal: 0, reservation: 0.5,",
                "P1: { ideal: 0, reservation: { a: 0.5, c: 0.4 },"));

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:8:32: parties.P1.reservation: no value for issue b (expected a value for every issue, or one value for all)",
                "bad.yaml:8:42: parties.P1.reservation.c: unknown issue 'c' (expected one of the issue ids: a, b)");
    }

    @Test
    void perPartyMapsMustNameKnownParties() {
        Problem p = problem(MINIMAL + "mediators:\n  M: { engagement: 0.5, leverage: { P1: 0.2, P3: 0.1 } }\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:11:46: mediators.M.leverage.P3: unknown party 'P3'; did you mean 'P1'?"
                + " (expected one of the party ids: P1, P2)");
    }

    @Test
    void eventTargetsMustNameExistingParameters() {
        List<Problem> ps = problems(MINIMAL + """
                mediators:
                  USA: { engagement: 0.5 }
                events:
                  - date: 2025-01-20
                    set: { mediators.GBR.engagement: 0.1, parties.P1.reservation.z: 0.2, mediators.USA.engagment: 0.3 }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:14:12: events.0.set.mediators.GBR.engagement: unknown mediator 'GBR' in event target"
                        + " mediators.GBR.engagement (expected the dotted path of one of the scenario's parameters,"
                        + " e.g. biasPenalty; did you mean mediators.USA.engagement?)",
                "bad.yaml:14:43: events.0.set.parties.P1.reservation.z: unknown issue 'z' in event target"
                        + " parties.P1.reservation.z (expected the dotted path of one of the scenario's parameters,"
                        + " e.g. biasPenalty; did you mean parties.P1.reservation.a?)",
                "bad.yaml:14:74: events.0.set.mediators.USA.engagment: unknown event target mediators.USA.engagment:"
                        + " no such parameter in this scenario (expected the dotted path of one of the scenario's"
                        + " parameters, e.g. biasPenalty; did you mean mediators.USA.engagement?)");
    }

    @Test
    void eventsThatSetAParameterOutOfItsRangeAreReported() {
        List<Problem> ps = problems(MINIMAL + """
                events:
                  - { date: 2025-01-20, set: { parties.P1.batna: 2 }, multiply: { parties.P2.stance: -1 } }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:11:50: events.0.set.parties.P1.batna: sets parties.P1.batna to 2 is out of range"
                        + " (expected for parties.P1.batna a value in [0, 1])",
                "bad.yaml:11:86: events.0.multiply.parties.P2.stance: multiplies parties.P2.stance, which is never"
                        + " negative, by -1 (expected a factor >= 0)");
    }

    @Test
    void versionTwoValuesOutOfRangeAreReportedWhereTheyAreWritten() {
        List<Problem> ps = problems(MINIMAL.replace("P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }",
                "P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1, lossExponent: 0.5 }") + """
                deadlines:
                  - { id: d, date: 2025-01-01, pressure: 1, lambdaDays: 30, missed: { collapse: 1.2 } }
                ratification:
                  referendum: { support: 0.6, turnout: 0.5, termsReference: { uniform: [0.5, 1.5] } }
                events:
                  - { date: 2025-01-20, set: { ratification.referendum.support: 1.3 } }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:9:94: parties.P2.lossExponent: 0.5 is out of range (expected a value >= 1)",
                "bad.yaml:11:81: deadlines.d.missed.collapse: 1.2 is out of range (expected a value in [0, 1])",
                "bad.yaml:13:61: ratification.referendum.termsReference: { uniform: [0.5, 1.5] } can draw 1.5, out of"
                        + " range (expected draws that are a value in [0, 1])",
                "bad.yaml:15:65: events.0.set.ratification.referendum.support: sets ratification.referendum.support to"
                        + " 1.3 is out of range (expected for ratification.referendum.support a value in [0, 1])");
    }

    @Test
    void aMissedBlockKnowsItsKeysAndMustBeAMap() {
        List<Problem> ps = problems(MINIMAL + """
                deadlines:
                  - { id: d, date: 2025-01-01, pressure: 1, lambdaDays: 30, missed: { colapse: 0.5 } }
                  - { id: e, date: 2025-02-01, pressure: 1, lambdaDays: 30, missed: 0.5 }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:11:71: deadlines.d.missed.colapse: unknown key 'colapse'; did you mean 'collapse'?"
                        + " (expected one of: collapse, trustLoss, batna)",
                "bad.yaml:12:69: deadlines.e.missed: found '0.5' (expected a map with collapse, trustLoss and batna)");
    }

    @Test
    void unknownOffersSuggestTheClosestWord() {
        List<Problem> ps = problems(MINIMAL.replace("P1: { ideal: 0, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }",
                "P1: { ideal: 0, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1, offers: tradeof }"));

        assertThat(ps).extracting(Problem::toString).containsExactly("bad.yaml:8:88: parties.P1.offers: unknown offers"
                + " 'tradeof'; did you mean 'tradeoff'? (expected uniform or tradeoff)");
    }

    @Test
    void eventsMustChangeSomething() {
        Problem p = problem(MINIMAL + "events:\n  - { date: 2025-01-20, label: nothing }\n");

        assertThat(p.toString()).isEqualTo("bad.yaml:11:5: events.0: an event that changes nothing"
                + " (expected set:, add: or multiply: with at least one parameter)");
    }

    @Test
    void aReferendumIssueNeedsAReferendum() {
        Problem p = problem(MINIMAL.replace("{ id: a, title: Issue A }", "{ id: a, title: Issue A, referendum: true }"));

        assertThat(p.toString()).isEqualTo("bad.yaml:5:42: ratification.referendum: an issue needs a referendum but"
                + " the scenario defines none (expected a ratification: referendum: section with support and turnout)");
    }

    // ---------------------------------------------------------------- dates

    @Test
    void horizonBeforeStartIsReported() {
        Problem p = problem(MINIMAL.replace("horizon: 2025-09-24", "horizon: 2024-01-01"));

        assertThat(p.toString()).isEqualTo("bad.yaml:3:10: horizon: horizon 2024-01-01 is not after start 2024-09-24"
                + " (expected a horizon later than the start)");
    }

    @Test
    void eventsOutsideTheWindowOrOutOfOrderAreReported() {
        List<Problem> ps = problems(MINIMAL + """
                events:
                  - { date: 2025-03-01, set: { biasPenalty: 0.1 } }
                  - { date: 2025-02-01, set: { biasPenalty: 0.2 } }
                  - { date: 2026-01-01, set: { biasPenalty: 0.3 } }
                  - { date: 2024-01-01, set: { biasPenalty: 0.3 } }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:12:13: events.1.date: event date 2025-02-01 comes before the previous event's 2025-03-01"
                        + " (expected events listed in date order)",
                "bad.yaml:13:13: events.2.date: event date 2026-01-01 is outside the scenario's window 2024-09-24"
                        + " to 2025-09-24 (expected a date between start and horizon)",
                "bad.yaml:14:13: events.3.date: event date 2024-01-01 is outside the scenario's window 2024-09-24"
                        + " to 2025-09-24 (expected a date between start and horizon)");
    }

    @Test
    void deadlineAndReferendumDatesOutOfOrderAreReported() {
        List<Problem> ps = problems(MINIMAL + """
                deadlines:
                  - { id: d, date: 2024-11-22, end: 2024-11-11, pressure: 1, lambdaDays: 30 }
                  - { id: past, date: 2024-01-01, pressure: 1, lambdaDays: 30 }
                ratification:
                  referendum: { earliest: 2027-01-01, support: 0.6, turnout: 0.5 }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:11:37: deadlines.d.end: end 2024-11-11 is before date 2024-11-22 (expected an end on or after the date)",
                "bad.yaml:12:23: deadlines.past.date: the deadline is over on 2024-01-01, before the scenario starts on"
                        + " 2024-09-24 (expected a deadline that ends on or after the start)",
                "bad.yaml:14:27: ratification.referendum.earliest: earliest 2027-01-01 is outside the scenario's window"
                        + " 2024-09-24 to 2025-09-24 (expected a date between start and horizon)");
    }

    // ---------------------------------------------------------------- ids

    @Test
    void duplicateIdsAreReported() {
        List<Problem> ps = problems(MINIMAL.replace("{ id: b, title: Issue B }", "{ id: a, title: Issue B }") + """
                mediators:
                  P1: { engagement: 0.5 }
                patrons:
                  M2: { influence: 0.5 }
                  P2: { influence: 0.5 }
                deadlines:
                  - { id: d, date: 2024-11-11, pressure: 1, lambdaDays: 30 }
                  - { id: d, date: 2024-12-11, pressure: 1, lambdaDays: 30 }
                """);

        assertThat(ps).extracting(Problem::toString).containsExactly(
                "bad.yaml:6:11: issues.1.id: duplicate issue id 'a' (expected unique ids; first at line 5)",
                "bad.yaml:11:3: mediators.P1: actor id 'P1' is already used by parties.P1"
                        + " (expected ids unique across parties, mediators and patrons)",
                "bad.yaml:14:3: patrons.P2: actor id 'P2' is already used by parties.P2"
                        + " (expected ids unique across parties, mediators and patrons)",
                "bad.yaml:17:11: deadlines.1.id: duplicate deadline id 'd' (expected unique ids; first at line 16)");
    }

    @Test
    void idsMustFitInParameterPaths() {
        Problem p = problem(MINIMAL.replace("{ id: b, title: Issue B }", "{ id: \"b.c\", title: Issue B }")
                .replace("salience: 1, patienceDays: 365, stance: 1 }\n  P2",
                        "salience: { a: 1, b.c: 1 }, patienceDays: 365, stance: 1 }\n  P2")
                .replace("P2: { ideal: 1, reservation: 0.5, salience: 1,", "P2: { ideal: 1, reservation: 0.5, salience: 1,"));

        assertThat(p.path()).isEqualTo("issues.1.id");
        assertThat(p.message()).startsWith("issue id 'b.c' has characters that cannot appear in parameter paths");
    }

    @Test
    void theNumberOfPartiesMustBeTwo() {
        Problem one = problem(MINIMAL.replace("  P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }\n", ""));
        Problem three = problem(MINIMAL + "  P3: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }\n");

        assertThat(one.toString()).isEqualTo("bad.yaml:8:3: parties: 1 party (expected exactly two: the first party,"
                + " whose ideal is 0 on every issue, and the second)");
        assertThat(three.toString()).startsWith("bad.yaml:8:3: parties: 3 parties (expected exactly two");
    }

    @Test
    void scenarioIdsThatWouldEscapeTheResultsFolderAreRefused() {
        for (String id : List.of("../evil", "a/b", "..", "\"..\\\\x\"")) {
            Problem p = problem(MINIMAL.replace("scenario: minimal", "scenario: " + id));
            assertThat(p.toString()).as(id).startsWith("bad.yaml:1:11: scenario: scenario id '")
                    .contains("' would write outside the results folder (expected letters, digits, '-' and '_' only;");
        }
        assertThat(problem(MINIMAL.replace("scenario: minimal", "scenario: my scenario")).message())
                .startsWith("scenario id 'my scenario' is not a safe folder name");
        assertThat(problem(MINIMAL.replace("scenario: minimal", "scenario: .hidden")).message())
                .startsWith("scenario id '.hidden' is not a safe folder name");
        assertThat(problem(MINIMAL.replace("scenario: minimal", "scenario: con")).message())
                .startsWith("scenario id 'con' is a reserved device name on Windows");
    }

    // ---------------------------------------------------------------- everything at once

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        List<Problem> ps = problems("""
                scenario: ../x
                start: 2024-09-24
                horizon: 2024-01-01
                stepDay: 7
                issues:
                  - { id: a, title: A }
                  - { id: a, title: B }
                parties:
                  P1: { ideal: 2, reservation: { a: 0.5, q: 1 }, salience: 1, patienceDays: 0, stance: { uniform: [2, 1] } }
                events:
                  - { date: 2030-01-01, set: { mediators.X.engagement: 1 } }
                """);

        assertThat(ps).extracting(Problem::line).isSorted();
        assertThat(ps).extracting(Problem::path).containsExactly(
                "scenario", "horizon", "stepDay", "issues.1.id", "parties", "parties.P1.ideal",
                "parties.P1.reservation.q", "parties.P1.patienceDays", "parties.P1.stance", "events.0.date");
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
        assertThatThrownBy(() -> new ScenarioLoader().parse("bad.yaml", MINIMAL + "stepDays: 0\nruns: 0\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("bad.yaml:10:11: stepDays: 0 is out of range (expected a whole number from 1 to 365)"
                        + System.lineSeparator()
                        + "bad.yaml:11:7: runs: 0 is out of range (expected a whole number from 1 up)");
    }
}
