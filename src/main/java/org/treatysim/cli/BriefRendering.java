package org.treatysim.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.brief.CaptionedChart;
import org.treatysim.report.brief.RunFindings;
import org.treatysim.report.brief.UpdateNote;
import org.treatysim.report.brief.WhatIf;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.compare.ComparisonChart;
import org.treatysim.report.compare.ComparisonJson;
import org.treatysim.report.files.BriefContextJson;
import org.treatysim.report.files.Numbers;
import org.treatysim.report.files.RunFindingsJson;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.report.sweep.SweepFinding;
import org.treatysim.report.update.ConditionalSummaryJson;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;

/**
 * Renders a results folder's charts, brief.html and brief.pdf again from its summary.json and
 * scenario.json, with the sweep's finding when {@code sweep/sweep.json} is there and ran the same
 * scenario file. The new files replace the old ones only once all of them are written, under the
 * folder's {@link FolderLock}.
 */
final class BriefRendering {
    /** Jackson's location of a JSON problem, with the source left out: {@code [Source: ...; line: L, column: C]}. */
    private static final Pattern JSON_LOCATION =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    /**
     * A file of the results folder that is missing, or that cannot be read as what treatysim wrote:
     * bad input (exit status 2), unlike a failure to write the new files (1). The message names the
     * file, and for malformed JSON its line and column and what was expected there.
     */
    static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }

        static InputException missing(Path file, Throwable cause) {
            return new InputException(file + ": no such file (expected a results folder written by treatysim run,"
                    + " with summary.json and scenario.json)", cause);
        }
    }

    /** Reads one kind of results file. */
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

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
            try {
                finding = read(file, SweepFinding::read);
            } catch (IOException unreadable) {
                return new SweepMatch(Optional.empty(), Optional.of(unreadable.getMessage()
                        + "; the brief leaves the sweep out."));
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
     * @throws InputException       when summary.json or scenario.json is missing or unreadable
     * @throws IOException          when the new files cannot be written
     * @throws InterruptedException when interrupted (Ctrl-C); the folder is as it was
     */
    static Rendered render(Path folder) throws IOException, InterruptedException {
        return render(folder, true);
    }

    /**
     * Renders the folder's brief again, and its charts too when {@code charts} is set (a new sweep
     * changes the brief only). Everything is drawn into a hidden staging folder first and moved into
     * place only once all of it is there, so that a failure or an interruption changes nothing.
     *
     * @throws InputException       when summary.json or scenario.json is missing or unreadable
     * @throws IOException          when the new files cannot be written, or another job holds the folder
     *                              ({@link FolderLock.BusyException})
     * @throws InterruptedException when interrupted (Ctrl-C); the folder is as it was
     */
    static Rendered render(Path folder, boolean charts) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            Path summary = folder.resolve(ResultsFiles.SUMMARY_JSON);
            throw InputException.missing(summary, new NoSuchFileException(summary.toString()));
        }
        // The folder's lock, as for run: a run --force replacing it, or another brief, waits its turn.
        try (FolderLock lock = FolderLock.acquire(folder)) {
            ResultsFolder.removeAbandoned(folder);
            return renderLocked(folder, charts);
        }
    }

    private static Rendered renderLocked(Path folder, boolean charts) throws IOException, InterruptedException {
        ForecastSummary summary = read(folder.resolve(ResultsFiles.SUMMARY_JSON), in -> SummaryJson.read(in).summary());
        BriefContextJson.BriefContext context = read(folder.resolve(ForecastJob.SCENARIO_CONTEXT),
                BriefContextJson::read);
        SweepMatch sweep = SweepMatch.beside(folder, summary.provenance().scenarioSha256());
        Optional<RunFindings> findings = findings(folder, summary, context);
        Optional<UpdateNote> update = updateBeside(folder, summary, context.horizon());
        Optional<WhatIfs> whatIfs = whatIfsBeside(folder, summary, context.horizon());

        Path staging = ResultsFolder.freshFolder(folder, ResultsFolder.BRIEF_STAGING);
        try {
            if (charts) ForecastJob.writeCharts(staging, summary, context);
            ForecastJob.writeBrief(staging, summary, context, sweep.finding(), findings, update, whatIfs,
                    RepresentativeRuns.links(folder));
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

    /**
     * What {@code treatysim update} found, from {@code update/summary.json} in the forecast's
     * folder, when it conditioned the same scenario file (its SHA-256 equals the forecast's); empty
     * otherwise, and when the file cannot be read: the forecast does not depend on it.
     */
    static Optional<UpdateNote> updateBeside(Path forecastFolder, ForecastSummary forecast, LocalDate horizon) {
        String forecastSha = forecast.provenance().scenarioSha256();
        Path file = forecastFolder.resolve(UpdateCommand.FOLDER).resolve(ResultsFiles.SUMMARY_JSON);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            ForecastSummary conditional = read(file, in -> SummaryJson.read(in).summary());
            if (!conditional.provenance().scenarioSha256().equals(forecastSha)) return Optional.empty();
            ConditionalSummaryJson.ConditionedOn on = read(file, ConditionalSummaryJson::readConditioning);
            if (on.observations().isEmpty() || on.accepted() < 1) return Optional.empty();
            Estimate after = conditional.outcomes().get(Milestone.SIGNED.key());
            return Optional.of(new UpdateNote(on.asOf(), on.observations().size(), on.runsMade(), on.accepted(), horizon,
                    forecast.outcomes().get(Milestone.SIGNED.key()), after));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * What a comparison beside the forecast adds to its brief.
     *
     * @param folder   the comparison folder's name
     * @param variants each variant's chance of a signature by the horizon and its paired difference
     * @param chart    the curves of every compared scenario
     */
    record WhatIfs(String folder, List<WhatIf> variants, CaptionedChart chart) { }

    /**
     * The variants of a {@code treatysim compare} beside the forecast's folder (a
     * {@code compare-<scenario>-vs-…} folder in the same parent) whose reference is the forecast's
     * scenario file (same id and SHA-256): each variant's P(signed by the horizon) and its paired
     * difference, from comparison.csv. The first such folder in name order; empty when there is
     * none, or when its files cannot be read (the forecast does not depend on them).
     *
     * @return the folder's name, its variants and the chart of its curves, or empty
     */
    static Optional<WhatIfs> whatIfsBeside(Path forecastFolder, ForecastSummary forecast, LocalDate horizon) {
        Path parent = forecastFolder.toAbsolutePath().getParent();
        String id = forecast.provenance().scenario();
        if (parent == null || !Files.isDirectory(parent)) return Optional.empty();
        List<Path> folders;
        try (java.util.stream.Stream<Path> children = Files.list(parent)) {
            folders = children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(CompareCommand.folderName(List.of(id, ""))))
                    .sorted().toList();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        for (Path folder : folders) {
            try {
                ComparisonJson.Compared compared = read(folder.resolve(CompareCommand.JSON), ComparisonJson::readCompared);
                if (!compared.reference().equals(id) || compared.scenarios().isEmpty()
                        || !compared.scenarios().get(0).scenarioSha256().equals(forecast.provenance().scenarioSha256())) {
                    continue;
                }
                Map<String, String> titles = new java.util.HashMap<>();
                compared.scenarios().forEach(s -> titles.put(s.scenario(), s.title()));
                List<WhatIf> variants = new ArrayList<>();
                List<String> lines = Files.readAllLines(folder.resolve(CompareCommand.CSV));
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",", -1);
                    if (c[0].equals(id) || !c[1].equals(Milestone.SIGNED.key()) || !c[2].equals(horizon.toString())) {
                        continue;
                    }
                    variants.add(new WhatIf(titles.getOrDefault(c[0], c[0]), horizon, new Estimate(Numbers.parse(c[4]),
                            Numbers.parse(c[5]), Numbers.parse(c[6])), Long.parseLong(c[3]), Numbers.parse(c[7]),
                            Numbers.parse(c[8]), Numbers.parse(c[9])));
                }
                if (variants.isEmpty()) continue;
                // The curves drawn again from compare.json, so that the brief shows the forecast and its
                // what-ifs (e.g. the calibrated baseline) on one chart.
                String name = folder.getFileName().toString();
                CaptionedChart chart = new CaptionedChart(new NamedChart("what-if-curves",
                        ComparisonChart.chart(compared)), String.format(Locale.ROOT,
                        "The chance of a signature by each date for this forecast and the what-ifs compared with it"
                                + " in %s (the \"What if\" section): %,d paired runs per scenario; shaded, the"
                                + " pointwise 95%% intervals.", name, compared.runs()));
                return Optional.of(new WhatIfs(name, variants, chart));
            } catch (IOException | RuntimeException unreadable) {
                // A comparison that cannot be read is left out; the forecast does not depend on it.
            }
        }
        return Optional.empty();
    }

    /**
     * The signposts and drivers of the forecast's runs: from runs-findings.json, or computed from
     * runs.csv.gz when only that is there (a folder written before treatysim kept its findings);
     * empty when the folder has neither (a run with --no-runs-file).
     */
    private static Optional<RunFindings> findings(Path folder, ForecastSummary summary,
                                                  BriefContextJson.BriefContext context) throws IOException {
        Path kept = folder.resolve(ForecastJob.RUN_FINDINGS);
        if (Files.exists(kept)) return Optional.of(read(kept, RunFindingsJson::read));
        Path runs = folder.resolve(ForecastJob.RUNS);
        if (Files.exists(runs)) return Optional.of(ForecastJob.findings(runs, summary, context));
        return Optional.empty();
    }

    /**
     * Reads {@code file} with {@code reader}; whatever goes wrong, unless the job was stopped, is an
     * {@link InputException} that names the file (and where in it, for malformed JSON).
     */
    static <T> T read(Path file, Reader<T> reader) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (ClosedByInterruptException stopped) {
            throw stopped;
        } catch (NoSuchFileException missing) {
            throw InputException.missing(file, missing);
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":";
            String what = JSON_LOCATION.matcher(malformed.getOriginalMessage()).replaceAll("line $1, column $2");
            throw new InputException(file + ":" + where + " " + what + " (expected the JSON that treatysim writes)",
                    malformed);
        } catch (IOException unreadable) {
            // The readers' own messages start with the file's name: name the whole path instead.
            String message = String.valueOf(unreadable instanceof FileSystemException fs
                    ? CommandFailure.reason(fs) : unreadable.getMessage());
            String name = file.getFileName() + ": ";
            throw new InputException(file + ": " + (message.startsWith(name) ? message.substring(name.length())
                    : message), unreadable);
        }
    }

    /**
     * Puts a new sweep's finding into the brief of the forecast beside it, when {@code treatysim run}
     * has written one, and says so on {@code out} (why the sweep was left out, on {@code err}). The
     * sweep itself is complete either way; a failure here only leaves the old brief.
     *
     * @param forecast the forecast's folder, which holds the sweep
     * @throws CommandFailure when the brief could not be rendered again, or the command was stopped
     */
    static void afterSweep(Path forecast, PrintWriter out, PrintWriter err) throws CommandFailure {
        if (!hasForecast(forecast)) {
            out.println("No forecast in " + forecast + " yet: its brief will show this sweep's finding and tornado"
                    + " chart once treatysim run has written it.");
            return;
        }
        Rendered rendered;
        try {
            rendered = render(forecast, false);
        } catch (IOException failed) {
            throw CommandFailure.failed("treatysim sweep: the sweep is written, but the brief in " + forecast
                    + " could not be updated (" + failed.getMessage() + "); treatysim brief " + forecast
                    + " tries again");
        } catch (InterruptedException stopped) {
            throw CommandFailure.failed("treatysim sweep: stopped; the sweep is written, but the brief in " + forecast
                    + " was not updated; treatysim brief " + forecast + " does it");
        }
        rendered.sweepNote().ifPresent(err::println);
        if (rendered.withSweep()) {
            out.println("Updated the brief with this finding and the tornado chart: "
                    + forecast.resolve(ForecastJob.BRIEF_HTML) + ", " + forecast.resolve(ForecastJob.BRIEF_PDF));
        }
    }

    /** Whether the folder holds a forecast whose brief can be rendered again. */
    static boolean hasForecast(Path folder) {
        return Files.isRegularFile(folder.resolve(ResultsFiles.SUMMARY_JSON))
                && Files.isRegularFile(folder.resolve(ForecastJob.SCENARIO_CONTEXT));
    }

    private static String abbreviated(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    /** Swaps the new charts folder in; the old one is set aside in the staging folder and deleted with it. */
    private static void replaceCharts(Path folder, Path staging) throws IOException {
        Path charts = folder.resolve(ResultsFiles.CHARTS);
        if (Files.exists(charts)) {
            Files.move(charts, staging.resolve("charts-replaced"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.resolve(ResultsFiles.CHARTS), charts, StandardCopyOption.ATOMIC_MOVE);
    }
}
