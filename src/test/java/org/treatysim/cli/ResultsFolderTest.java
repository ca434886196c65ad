package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatysim.cli.CommandRunner.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing a forecast's folder replaces the forecast and keeps the analyses made of it. */
class ResultsFolderTest {
    private static final Set<String> KEPT = Set.of("sweep", "update");

    private static Path oldForecastWithASweep(Path root) throws Exception {
        Path target = root.resolve("scenario");
        Files.createDirectories(target.resolve("sweep/charts"));
        Files.writeString(target.resolve("summary.json"), "old");
        Files.writeString(target.resolve("sweep/sweep.json"), "the sweep");
        Files.writeString(target.resolve("sweep/charts/tornado.png"), "png");
        return target;
    }

    @Test
    void replacingCarriesTheKeptSubfoldersOverAndDropsTheRest(@TempDir Path root) throws Exception {
        Path target = oldForecastWithASweep(root);
        Files.writeString(target.resolve("runs.csv.gz"), "old runs");

        try (ResultsFolder folder = ResultsFolder.open(target, true, KEPT)) {
            Files.writeString(folder.temporary().resolve("summary.json"), "new");
            folder.publish();
        }

        assertThat(tree(target)).containsExactly("summary.json", "sweep", "sweep/charts", "sweep/charts/tornado.png",
                "sweep/sweep.json");
        assertThat(Files.readString(target.resolve("summary.json"))).isEqualTo("new");
        assertThat(Files.readString(target.resolve("sweep/sweep.json"))).isEqualTo("the sweep");
        assertThat(tree(root)).allMatch(p -> !p.startsWith("."));
    }

    @Test
    void aFolderHoldingOnlyKeptSubfoldersIsNotAnExistingForecast(@TempDir Path root) throws Exception {
        Path target = root.resolve("scenario");
        Files.createDirectories(target.resolve("update"));
        Files.writeString(target.resolve("update/summary.json"), "conditional");

        try (ResultsFolder folder = ResultsFolder.open(target, false, KEPT)) {
            Files.writeString(folder.temporary().resolve("summary.json"), "new");
            folder.publish();
        }

        assertThat(tree(target)).containsExactly("summary.json", "update", "update/summary.json");
    }

    @Test
    void aForecastIsKeptWithoutReplaceAndItsSweepStaysWhenNothingIsPublished(@TempDir Path root) throws Exception {
        Path target = oldForecastWithASweep(root);
        assertThatThrownBy(() -> ResultsFolder.open(target, false, KEPT))
                .isInstanceOf(ResultsFolder.TargetExistsException.class);
        // A kept name that is a file, not a folder, is contents like any other.
        Path file = root.resolve("other");
        Files.createDirectories(file);
        Files.writeString(file.resolve("sweep"), "not a folder");
        assertThat(ResultsFolder.occupied(file, KEPT)).isTrue();

        try (ResultsFolder folder = ResultsFolder.open(target, true, KEPT)) {
            Files.writeString(folder.temporary().resolve("summary.json"), "never published");
        }
        assertThat(tree(target)).containsExactly("summary.json", "sweep", "sweep/charts", "sweep/charts/tornado.png",
                "sweep/sweep.json");
        assertThat(Files.readString(target.resolve("summary.json"))).isEqualTo("old");
    }

    @Test
    void withoutKeptNamesAnyExistingFolderIsReplacedWhole(@TempDir Path root) throws Exception {
        Path target = oldForecastWithASweep(root);
        try (ResultsFolder folder = ResultsFolder.open(target, true)) {
            Files.writeString(folder.temporary().resolve("design.csv"), "new");
            folder.publish();
        }
        assertThat(tree(target)).containsExactly("design.csv");
    }
}
