package org.treatysim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.treatysim.report.files.BriefContextJson;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.report.sweep.SweepFinding;
import org.treatysim.stats.ForecastSummary;

/**
 * Renders a results folder's charts, brief.html and brief.pdf again from its summary.json and
 * scenario.json, with the sweep's finding when {@code sweep/sweep.json} is there and ran the same
 * scenario file. The new files replace the old ones only once all of them are written, under the
 * folder's {@link FolderLock}.
 */
final class BriefRendering {

    /**
     * What went into the brief.
     *
     * @param withSweep whether the brief holds the sweep's finding and tornado chart
     * @param sweepNote why a sweep beside the forecast was left out, if it was
     */
    record Rendered(boolean withSweep, Optional<String> sweepNote) { }

    /**
     * The sweep beside a forecast, if it ran the same scenario file.
     *
     * @param finding the sweep's finding, for the brief
     * @param note    why a sweep beside the forecast was left out, if one was
     */
    record SweepMatch(Optional<SweepFinding> finding, Optional<String> note) {
        private static final SweepMatch NONE = new SweepMatch(Optional.empty(), Optional.empty());

        /**
         * Reads {@code sweep/sweep.json} in a forecast's folder and keeps it when it ran the file
         * whose SHA-256 is {@code forecastSha}: a sweep of another version of the scenario would
         * explain a forecast it did not make. An unreadable sweep.json is left out with a note, as
         * the forecast does not depend on it.
         */
        static SweepMatch beside(Path forecastFolder, String forecastSha) {
            Path file = forecastFolder.resolve(ForecastJob.SWEEP_SUMMARY);
            if (!Files.exists(file)) return NONE;
            SweepFinding finding;
            try (InputStream in = Files.newInputStream(file)) {
                finding = SweepFinding.read(in);
            } catch (IOException unreadable) {
                return new SweepMatch(Optional.empty(), Optional.of(file + " could not be read (" + unreadable.getMessage()
                        + "); the brief leaves the sweep out."));
            }
            if (finding.scenarioSha256().equals(forecastSha)) return new SweepMatch(Optional.of(finding), Optional.empty());
            return new SweepMatch(Optional.empty(), Optional.of(file + " ran another version of the scenario file"
                    + " (SHA-256 " + abbreviated(finding.scenarioSha256()) + ", the forecast's is "
                    + abbreviated(forecastSha) + "); the brief leaves the sweep out. Run the sweep again to put it in."));
        }
    }

    private BriefRendering() { }

    /**
     * Renders the folder's charts and brief again.
     *
     * @throws java.nio.file.NoSuchFileException when summary.json or scenario.json is missing
     * @throws IOException                       when a file cannot be read or written
     * @throws InterruptedException              when interrupted (Ctrl-C); the folder is as it was
     */
    static Rendered render(Path folder) throws IOException, InterruptedException {
        return render(folder, true);
    }

    /**
     * Renders the folder's brief again, and its charts too when {@code charts} is set (a new sweep
     * changes the brief only). Everything is drawn into a hidden staging folder first and moved into
     * place only once all of it is there, so that a failure or an interruption changes nothing.
     *
     * @throws java.nio.file.NoSuchFileException when summary.json or scenario.json is missing
     * @throws IOException                       when a file cannot be read or written
     * @throws InterruptedException              when interrupted (Ctrl-C); the folder is as it was
     */
    static Rendered render(Path folder, boolean charts) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.resolve(ForecastJob.SUMMARY).toString());
        // The folder's lock, as for run: a run --force replacing it, or another brief, waits its turn.
        try (FolderLock lock = FolderLock.acquire(folder)) {
            ResultsFolder.removeAbandoned(folder);
            return renderLocked(folder, charts);
        }
    }

    private static Rendered renderLocked(Path folder, boolean charts) throws IOException, InterruptedException {
        ForecastSummary summary;
        BriefContextJson.BriefContext context;
        try (InputStream summaryIn = Files.newInputStream(folder.resolve(ForecastJob.SUMMARY));
             InputStream contextIn = Files.newInputStream(folder.resolve(ForecastJob.SCENARIO_CONTEXT))) {
            summary = SummaryJson.read(summaryIn).summary();
            context = BriefContextJson.read(contextIn);
        }
        SweepMatch sweep = SweepMatch.beside(folder, summary.provenance().scenarioSha256());

        Path staging = ResultsFolder.freshFolder(folder, ResultsFolder.BRIEF_STAGING);
        try {
            if (charts) ForecastJob.writeCharts(staging, summary, context);
            ForecastJob.writeBrief(staging, summary, context, sweep.finding());
            if (Thread.interrupted()) throw new InterruptedException("stopped before replacing the brief");
            if (charts) replaceCharts(folder, staging);
            for (String name : new String[] {ForecastJob.BRIEF_HTML, ForecastJob.BRIEF_PDF}) {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            ResultsFolder.deleteTree(staging);
        }
        return new Rendered(sweep.finding().isPresent(), sweep.note());
    }

    /** Whether the folder holds a forecast whose brief can be rendered again. */
    static boolean hasForecast(Path folder) {
        return Files.isRegularFile(folder.resolve(ForecastJob.SUMMARY))
                && Files.isRegularFile(folder.resolve(ForecastJob.SCENARIO_CONTEXT));
    }

    private static String abbreviated(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    /** Swaps the new charts folder in; the old one is set aside in the staging folder and deleted with it. */
    private static void replaceCharts(Path folder, Path staging) throws IOException {
        Path charts = folder.resolve(ForecastJob.CHARTS);
        if (Files.exists(charts)) {
            Files.move(charts, staging.resolve("charts-replaced"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.resolve(ForecastJob.CHARTS), charts, StandardCopyOption.ATOMIC_MOVE);
    }
}
