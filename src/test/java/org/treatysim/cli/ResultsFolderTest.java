package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatysim.cli.CommandRunner.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    /** The id of a process that has ended. */
    static long endedProcess() throws Exception {
        Process done = new ProcessBuilder("true").start();
        assertThat(done.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(done.pid())).isEmpty();
        return done.pid();
    }

    private static Path workFolder(Path parent, String name) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.write(folder.resolve("runs.csv.gz"), new byte[4096]);
        return folder;
    }

    @Test
    void whatKilledJobsLeftIsRemovedAndTheWorkOfRunningJobsIsLeftAlone(@TempDir Path root) throws Exception {
        long ended = endedProcess();
        long self = ProcessHandle.current().pid();
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path target = root.resolve("scenario");
            Files.createDirectories(target.resolve("sweep"));
            Files.writeString(target.resolve("summary.json"), "old");
            // Left by jobs killed outright: beside the target (this one's and another scenario's) and
            // inside it (a sweep's work folder and lock file, a brief's staging folder).
            workFolder(root, ".scenario.partial-" + ended + "-0");
            workFolder(root, ".other.partial-" + ended + "-2");
            workFolder(target, ".sweep.partial-" + ended + "-0");
            workFolder(target, ".brief-" + ended + "-1");
            Files.writeString(target.resolve(".sweep.lock"), ended + " 123 456\n");
            // A folder named with this process's id but older than this process: the id was reused.
            Path reused = workFolder(root, ".other.partial-" + self + "-9");
            Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            // Work of jobs that are running: left alone.
            Path live = workFolder(root, ".other.partial-" + running.pid() + "-0");
            Path liveLock = Files.writeString(root.resolve(".other.lock"), running.pid() + " 1 2\n");
            // Not treatysim's.
            Path someoneElses = Files.writeString(root.resolve(".editor.lock"), "not a process id");

            try (ResultsFolder folder = ResultsFolder.open(target, true, KEPT)) {
                Files.writeString(folder.temporary().resolve("summary.json"), "new");
                folder.publish();
            }

            assertThat(tree(root)).filteredOn(p -> !p.contains("/")).containsExactlyInAnyOrder(
                    root.relativize(live).toString(), root.relativize(liveLock).toString(),
                    root.relativize(someoneElses).toString(), "scenario");
            assertThat(tree(target)).containsExactly("summary.json", "sweep");
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void aForecastFolderHoldingOnlyWhatAKilledSweepLeftIsNotAnExistingForecast(@TempDir Path root) throws Exception {
        Path target = root.resolve("scenario");
        workFolder(target, ".sweep.partial-" + endedProcess() + "-0");
        assertThat(ResultsFolder.occupied(target, KEPT)).isFalse();
        Files.writeString(target.resolve("summary.json"), "a forecast");
        assertThat(ResultsFolder.occupied(target, KEPT)).isTrue();
    }

    @Test
    void aSecondJobForTheSameFolderIsTurnedAwayAtOnceAndMayGoAfterTheFirst(@TempDir Path root) throws Exception {
        Path target = root.resolve("scenario");
        try (ResultsFolder first = ResultsFolder.open(target, false, KEPT)) {
            assertThat(tree(root)).contains(".scenario.lock");
            assertThatThrownBy(() -> ResultsFolder.open(target, false, KEPT))
                    .isInstanceOf(FolderLock.BusyException.class)
                    .hasMessage(target + " is being written by another treatysim job (process "
                            + ProcessHandle.current().pid() + "): wait for it to finish, or write elsewhere with --out");
            // Another folder beside it is free.
            try (ResultsFolder other = ResultsFolder.open(root.resolve("other"), false, KEPT)) {
                assertThat(other.temporary()).exists();
            }
            Files.writeString(first.temporary().resolve("summary.json"), "first");
            first.publish();
        }
        assertThat(tree(root)).containsExactly("scenario", "scenario/summary.json");
        try (ResultsFolder second = ResultsFolder.open(target, true, KEPT)) {
            Files.writeString(second.temporary().resolve("summary.json"), "second");
            second.publish();
        }
        assertThat(Files.readString(target.resolve("summary.json"))).isEqualTo("second");
        assertThat(tree(root)).containsExactly("scenario", "scenario/summary.json");
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
