package org.treatysim.report.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.treatysim.report.brief.RunFindings;

/**
 * {@code runs-findings.json} in a results folder: the brief's signposts and drivers, computed from
 * runs.csv.gz when {@code treatysim run} wrote it, so that {@code treatysim brief} can show them
 * again without the (large) runs file. Keys, in this order: {@code outcomeDate, runs, signed,
 * signposts} (each {@code event, date, runsIf, signedIf, runsIfNot, signedIfNot}), {@code drivers}
 * (each {@code path, prcc, low, high}) and {@code parameters}, the components of {@link RunFindings}.
 */
public final class RunFindingsJson {
    private RunFindingsJson() { }

    /** Writes the findings as UTF-8 JSON; does not close {@code out}. */
    public static void write(RunFindings findings, OutputStream out) throws IOException {
        JsonFiles.write(findings, JsonFiles.Layout.RESULTS, out);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static RunFindings read(InputStream in) throws IOException {
        return JsonFiles.read(in, RunFindings.class, "runs-findings.json", findings -> findings);
    }
}
