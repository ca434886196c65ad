package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;

class ExtendsTest {

    private static final String BASE = """
            scenario: base
            start: 2024-09-24
            horizon: 2025-09-24
            issues:
              - { id: a, title: Issue A }
              - { id: b, title: Issue B }
            parties:
              P1: { ideal: 0, reservation: { a: 0.4, b: 0.6 }, salience: 1, patienceDays: 365, stance: 1 }
              P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }
            mediators:
              M: { engagement: 0.5, leverage: 0.2 }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> problems(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> new ScenarioLoader().load(file));
        assertThat(e).as("expected problems in %s", file).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theChildOverridesKeyByKeyAndKeepsTheRest() throws Exception {
        write("base.yaml", BASE);
        Path child = write("child.yaml", """
                extends: base.yaml
                scenario: child
                parties:
                  P1: { reservation: { b: 0.9 }, stance: 2 }
                mediators:
                  M: { engagement: 0.9 }
                seed: 7
                """);

        Scenario s = new ScenarioLoader().load(child).scenario();

        assertThat(s.id()).isEqualTo("child");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.parties().get(0).reservation()).as("maps merge key by key")
                .containsExactly(Quantity.of(0.4), Quantity.of(0.9));
        assertThat(s.parties().get(0).stance()).isEqualTo(Quantity.of(2));
        assertThat(s.parties().get(0).patienceDays()).as("inherited").isEqualTo(Quantity.of(365));
        MediatorSpec m = s.mediators().get(0);
        assertThat(m.engagement()).isEqualTo(Quantity.of(0.9));
        assertThat(m.leverage()).as("inherited").containsExactly(Quantity.of(0.2), Quantity.of(0.2));
    }

    @Test
    void listsAndDistributionsAreReplacedWholeAndNullRemoves() throws Exception {
        write("base.yaml", BASE.replace("stance: 1 }\n  P2", "stance: { uniform: [1, 2] } }\n  P2") + """
                deadlines:
                  - { id: d1, date: 2024-11-11, pressure: 1, lambdaDays: 30 }
                  - { id: d2, date: 2025-01-11, pressure: 1, lambdaDays: 30 }
                """);
        Path child = write("child.yaml", """
                extends: base.yaml
                scenario: child
                parties:
                  P1: { stance: { triangular: [1, 2, 3] } }
                mediators: ~
                deadlines:
                  - { id: d3, date: 2025-02-11, pressure: 2, lambdaDays: 10 }
                """);

        Scenario s = new ScenarioLoader().load(child).scenario();

        assertThat(s.parties().get(0).stance()).as("not merged with the inherited uniform").isEqualTo(new Quantity.Triangular(1, 2, 3));
        assertThat(s.mediators()).isEmpty();
        assertThat(s.deadlines()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo("d3"));
    }

    @Test
    void theShippedVariantFixtureLoads() throws Exception {
        Scenario s = new ScenarioLoader().load(Fixtures.path("complete-variant.yaml")).scenario();

        assertThat(s.id()).isEqualTo("complete-variant");
        assertThat(s.issues()).hasSize(8);
        assertThat(s.mediators()).extracting(MediatorSpec::id).containsExactly("USA");
        assertThat(s.deadlines()).singleElement().satisfies(d ->
                assertThat(d.pressure()).containsExactly(Quantity.of(0), Quantity.of(3.0)));
        assertThat(s.parties().get(1).stance()).isEqualTo(new Quantity.Uniform(0.5, 1.2));
        assertThat(s.events()).hasSize(2);
    }

    @Test
    void parentsAreFoundRelativeToTheChildsFolder() throws Exception {
        write("lib/base.yaml", BASE);
        Path child = write("variants/child.yaml", "extends: ../lib/base.yaml\nscenario: child\n");

        assertThat(new ScenarioLoader().load(child).scenario().parties()).hasSize(2);
    }

    @Test
    void theHashCoversEveryFileAncestorsFirst() throws Exception {
        Path base = write("base.yaml", BASE);
        Path child = write("child.yaml", "extends: base.yaml\nscenario: child\n");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Files.readAllBytes(base));
        digest.update(Files.readAllBytes(child));

        assertThat(new ScenarioLoader().load(child).sha256()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void aBadValueInTheChildIsReportedInTheChild() throws Exception {
        write("base.yaml", BASE);
        Path child = write("child.yaml", "extends: base.yaml\nscenario: child\nparties:\n  P2: { stance: -1 }\n");

        assertThat(problems(child)).containsExactly(
                child + ":4:17: parties.P2.stance: -1 is out of range (expected a value > 0)");
    }

    @Test
    void aBadValueInTheParentIsReportedInTheParent() throws Exception {
        Path base = write("base.yaml", BASE.replace("leverage: 0.2", "leverage: 1.5x"));
        Path child = write("child.yaml", "extends: base.yaml\nscenario: child\nseed: 0.5\n");

        assertThat(problems(child)).containsExactly(
                base + ":11:35: mediators.M.leverage: found '1.5x' (expected a number or a distribution such as"
                        + " { uniform: [0.2, 0.4] })",
                child + ":3:7: seed: 0.5 is not a whole number (expected a whole number)");
    }

    @Test
    void aProblemOnlyTheMergeRevealsIsReportedWhereTheIncompleteValueStands() throws Exception {
        Path base = write("base.yaml", BASE);
        Path child = write("child.yaml", """
                extends: base.yaml
                scenario: child
                issues:
                  - { id: a, title: Issue A }
                  - { id: b, title: Issue B }
                  - { id: c, title: Issue C }
                """);

        assertThat(problems(child)).containsExactly(
                base + ":8:32: parties.P1.reservation: no value for issue c"
                        + " (expected a value for every issue, or one value for all)");
    }

    @Test
    void aChildNeedsItsOwnScenarioId() throws Exception {
        write("base.yaml", BASE);
        Path same = write("same.yaml", "extends: base.yaml\nscenario: base\n");
        Path none = write("none.yaml", "extends: base.yaml\nseed: 3\n");

        assertThat(problems(same)).singleElement().asString().startsWith(same + ":2:11: scenario: scenario id 'base'"
                + " is also the id of " + dir.resolve("base.yaml") + " (expected a new id");
        assertThat(problems(none)).singleElement().asString().startsWith(none + ":1:1: scenario: a scenario that"
                + " extends another needs its own scenario id (expected scenario: <new id>; otherwise it would write"
                + " into results/base/ too)");
    }

    @Test
    void cyclesAreRefused() throws Exception {
        Path a = write("a.yaml", "extends: b.yaml\nscenario: a\n");
        write("b.yaml", "extends: a.yaml\nscenario: b\n");

        assertThat(problems(a)).containsExactly(dir.resolve("b.yaml") + ":1:10: extends: extends cycle: "
                + a + " -> " + dir.resolve("b.yaml") + " -> " + a
                + " (expected a chain of files that ends in one without extends)");
    }

    @Test
    void aFileThatExtendsItselfIsACycle() throws Exception {
        Path self = write("self.yaml", "extends: ./self.yaml\nscenario: s\n");

        assertThat(problems(self)).singleElement().asString().contains("extends cycle");
    }

    @Test
    void chainsLongerThanEightAreRefused() throws Exception {
        write("v0.yaml", BASE);
        for (int i = 1; i <= 9; i++) {
            write("v" + i + ".yaml", "extends: v" + (i - 1) + ".yaml\nscenario: v" + i + "\n");
        }

        assertThat(new ScenarioLoader().load(dir.resolve("v8.yaml")).scenario().id()).as("8 steps are fine").isEqualTo("v8");
        assertThat(problems(dir.resolve("v9.yaml"))).containsExactly(dir.resolve("v1.yaml")
                + ":1:10: extends: the extends chain is longer than 8 files (expected at most 8 steps from a scenario to its base)");
    }

    @Test
    void missingParentsAndBadExtendsValuesAreReportedAtTheExtendsKey() throws Exception {
        Path missing = write("missing.yaml", "extends: nowhere.yaml\nscenario: m\n");
        Path absolute = write("absolute.yaml", "extends: " + dir.resolve("base.yaml") + "\nscenario: m\n");
        Path list = write("list.yaml", "extends: [a.yaml]\nscenario: m\n");

        assertThat(problems(missing)).containsExactly(missing + ":1:10: extends: no such file "
                + dir.resolve("nowhere.yaml") + " (expected the path of an existing scenario, relative to this file's folder)");
        assertThat(problems(absolute)).singleElement().asString().startsWith(absolute + ":1:10: extends: absolute path");
        assertThat(problems(list)).containsExactly(list + ":1:10: extends: found a list (expected the path of the"
                + " scenario file it extends, relative to this file's folder)");
    }

    @Test
    void aBrokenParentStopsBeforeTheMerge() throws Exception {
        Path base = write("base.yaml", "scenario: [unclosed\n");
        Path child = write("child.yaml", "extends: base.yaml\nscenario: child\n");

        assertThat(problems(child)).singleElement().asString().startsWith(base + ":2:1: YAML syntax error:");
    }

    @Test
    void parseResolvesExtendsOnlyInsideTheNamedFilesFolder() throws Exception {
        write("lib/base.yaml", BASE);
        write("here/base.yaml", BASE);
        String name = dir.resolve("here/child.yaml").toString();

        assertThat(new ScenarioLoader().parse(name, "extends: base.yaml\nscenario: c\n").scenario().id()).isEqualTo("c");
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> new ScenarioLoader().parse(name, "extends: ../lib/base.yaml\nscenario: c\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("extends");
            assertThat(p.message()).contains("is outside the folder").contains("(expected a file in the same folder as");
        });
    }
}
