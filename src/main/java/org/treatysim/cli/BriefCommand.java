package org.treatysim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.treatysim.report.files.BriefContextJson;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.ForecastSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim brief RESULTS_DIR}: draws the charts and writes brief.html and brief.pdf again
 * from a results folder's summary.json and scenario.json, without rerunning anything (e.g. after
 * an upgrade of treatysim's charts, or to restore a deleted brief).
 */
@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Renders the charts, brief.html and brief.pdf again from a results folder's summary.json and"
                    + " scenario.json, without rerunning the simulation.",
            "The new files replace the old ones only once all of them are written."
        })
public final class BriefCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by treatysim run.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ForecastSummary summary;
        BriefContextJson.BriefContext context;
        try (InputStream summaryIn = Files.newInputStream(folder.resolve(ForecastJob.SUMMARY));
             InputStream contextIn = Files.newInputStream(folder.resolve(ForecastJob.SCENARIO_CONTEXT))) {
            summary = SummaryJson.read(summaryIn).summary();
            context = BriefContextJson.read(contextIn);
        } catch (NoSuchFileException missing) {
            err.println(missing.getFile() + ": no such file (expected a results folder written by treatysim run,"
                    + " with summary.json and scenario.json)");
            err.flush();
            return Main.INVALID_INPUT;
        } catch (IOException unreadable) {
            err.println(folder + ": " + unreadable.getMessage());
            err.flush();
            return Main.INVALID_INPUT;
        }

        Path staging = Files.createTempDirectory(folder, ".brief-");
        try {
            ForecastJob.writeReports(staging, summary, context);
            replaceCharts(staging);
            for (String name : new String[] {ForecastJob.BRIEF_HTML, ForecastJob.BRIEF_PDF}) {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(staging);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Charts and brief rendered again: " + folder.resolve(ForecastJob.BRIEF_HTML) + ", "
                + folder.resolve(ForecastJob.BRIEF_PDF) + ", " + folder.resolve(ForecastJob.CHARTS));
        out.flush();
        return 0;
    }

    /** Swaps the new charts folder in; the old one is set aside in the staging folder and deleted with it. */
    private void replaceCharts(Path staging) throws IOException {
        Path charts = folder.resolve(ForecastJob.CHARTS);
        if (Files.exists(charts)) {
            Files.move(charts, staging.resolve("charts-replaced"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.resolve(ForecastJob.CHARTS), charts, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
