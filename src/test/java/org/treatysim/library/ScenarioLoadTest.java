package org.treatysim.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ParameterSource;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/**
 * Every library file loads through the real loader (with {@code extends} resolved), and each
 * variant differs from the baseline only where it says: the parameters it changes are exactly
 * those written in the variant file itself.
 */
class ScenarioLoadTest {

    static Stream<Path> scenarioFiles() throws IOException {
        return ScenarioSourcesTest.scenarioFiles();
    }

    static Stream<Path> variantFiles() throws IOException {
        return scenarioFiles().filter(p -> !p.equals(ScenarioSourcesTest.BASELINE));
    }

    private static LoadedScenario load(Path file) {
        try {
            return new ScenarioLoader().load(file);
        } catch (ScenarioException e) {
            return fail("%s does not load:%n%s", file, e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void loadsWithoutProblemsAndEveryValueHasItsComment(Path file) {
        LoadedScenario loaded = load(file);
        String name = file.getFileName().toString();
        assertThat(loaded.scenario().id()).isEqualTo(name.substring(0, name.length() - ".yaml".length()));
        // The loader hands each value's comment to the brief's table of assumptions: none may be empty
        // for a model parameter (names, titles and labels are text, not parameters).
        Map<String, Quantity> parameters = ScenarioParameters.of(loaded.scenario());
        List<ParameterSource> uncommented = loaded.sources().stream()
                .filter(s -> parameters.containsKey(s.path()) && s.comment().isBlank()).toList();
        assertThat(uncommented).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variantFiles")
    void aVariantChangesOnlyTheParametersItWrites(Path file) {
        Scenario baseline = load(ScenarioSourcesTest.BASELINE).scenario();
        LoadedScenario variant = load(file);
        Map<String, Quantity> before = ScenarioParameters.of(baseline);
        Map<String, Quantity> after = ScenarioParameters.of(variant.scenario());
        List<String> changed = after.keySet().stream()
                .filter(path -> !after.get(path).equals(before.get(path))).sorted().toList();
        List<String> writtenInVariant = new ArrayList<>(variant.sources().stream()
                .filter(s -> s.file().equals(file.toString())).map(ParameterSource::path).toList());
        // A calibrated variant's lever is its calibration: it changes the parameters of its families.
        variant.calibration().ifPresent(c -> after.keySet().stream().filter(path -> c.calibration().settings()
                .stream().anyMatch(s -> s.hyperparameter().transforms(path))).forEach(writtenInVariant::add));
        boolean switchChanged = baseline.ratification().referendum().get().precondition()
                != variant.scenario().ratification().referendum().get().precondition();
        assertThat(changed.isEmpty() && !switchChanged).as("%s changes something", file).isFalse();
        assertThat(writtenInVariant).containsAll(changed);
        assertThat(after.keySet()).as("same parameters as the baseline").isEqualTo(before.keySet());
    }

    @Test
    void theBaselineStartsOnTheForecastDateWithTheCaseActors() {
        Scenario s = load(ScenarioSourcesTest.BASELINE).scenario();
        assertThat(s.start()).isEqualTo(ScenarioSourcesTest.FORECAST_DATE);
        assertThat(s.parties()).extracting(p -> p.id()).containsExactly("ARM", "AZE");
        assertThat(s.mediators()).extracting(m -> m.id()).containsExactlyInAnyOrder("USA", "FRA");
        assertThat(s.patrons()).extracting(p -> p.id()).containsExactly("RUS");
        assertThat(s.deadlines()).extracting(d -> d.id()).containsExactly("cop29");
        assertThat(s.ratification().referendum()).hasValueSatisfying(r -> {
            assertThat(r.precondition()).isTrue();
            assertThat(r.quorum()).isEqualTo(Quantity.of(0.25));
        });
        assertThat(s.issues().stream().filter(i -> i.agreed().isPresent()).map(i -> i.id())
                .collect(Collectors.toList())).containsExactly("agreed-articles");
    }
}
