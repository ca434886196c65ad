package org.treatysim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under src/test/resources/scenario and helpers to load text that must fail. */
final class Fixtures {
    private Fixtures() { }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid scenario with two issues and two parties, to which tests add or change keys. */
    static final String MINIMAL = """
            scenario: minimal
            start: 2024-09-24
            horizon: 2025-09-24
            issues:
              - { id: a, title: Issue A }
              - { id: b, title: Issue B }
            parties:
              P1: { ideal: 0, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }
              P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }
            """;

    /** The problems found in {@code yaml}, named bad.yaml; fails when the text is valid. */
    static List<Problem> problems(String yaml) {
        try {
            new ScenarioLoader().parse("bad.yaml", yaml);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems, but the scenario is valid:\n" + yaml);
    }

    /** The only problem in {@code yaml}; fails when there are none or several. */
    static Problem problem(String yaml) {
        List<Problem> problems = problems(yaml);
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, found " + problems.size() + ":\n"
                    + String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
        return problems.get(0);
    }
}
