package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim brief RESULTS_DIR}: draws the charts and writes brief.html and brief.pdf again
 * from a results folder's summary.json and scenario.json, without rerunning anything (e.g. after
 * an upgrade of treatysim's charts, or to restore a deleted brief). When the folder holds a sweep
 * of the same scenario file ({@code sweep/sweep.json}), the brief includes its finding and tornado chart.
 */
@Command(name = "brief",
        description = {
            "Renders the charts, brief.html and brief.pdf again from a results folder's summary.json and"
                    + " scenario.json, without rerunning the simulation.",
            "When RESULTS_DIR/sweep/ holds a sweep of the same scenario file, the brief includes its finding"
                    + " (PRIM's conditions) and its tornado chart.",
            "The new files replace the old ones only once all of them are written."
        },
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:charts and brief rendered again",
                "1:the new files could not be written, or the command was stopped",
                "2:summary.json or scenario.json missing or malformed, or another job is writing the folder"})
public final class BriefCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by treatysim run.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The guard is released only after the line that says why the command stopped: Ctrl-C waits for it.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            return render();
        }
    }

    private int render() {
        PrintWriter err = spec.commandLine().getErr();
        BriefRendering.Rendered rendered;
        try {
            rendered = BriefRendering.render(folder);
        } catch (InterruptedException | ClosedByInterruptException stopped) {
            err.println("treatysim brief: stopped; " + folder + " is as it was");
            err.flush();
            return Main.FAILURE;
        } catch (FolderLock.BusyException busy) {
            err.println("treatysim brief: " + busy.getMessage());
            err.flush();
            return Main.INVALID_INPUT;
        } catch (BriefRendering.InputException unreadable) {
            err.println(unreadable.getMessage());
            err.flush();
            return Main.INVALID_INPUT;
        } catch (IOException unwritable) {
            err.println("treatysim brief: the charts and brief in " + folder + " were not rendered again: "
                    + CommandFailure.describe(unwritable));
            err.flush();
            return Main.FAILURE;
        }
        rendered.sweepNote().ifPresent(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Charts and brief rendered again" + (rendered.withSweep() ? ", with the sweep's finding" : "")
                + ": " + folder.resolve(ForecastJob.BRIEF_HTML) + ", " + folder.resolve(ForecastJob.BRIEF_PDF) + ", "
                + folder.resolve(ResultsFiles.CHARTS));
        out.flush();
        return 0;
    }
}
