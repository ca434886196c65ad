package org.treatysim.montecarlo;

import java.io.IOException;
import java.util.List;
import org.treatysim.model.RunResult;

/**
 * Receives every run of a job in run order, in two steps so that the costly part runs in
 * parallel: {@link #prepare} turns a chunk of consecutive runs into something ready to write (for
 * runs.csv.gz: its CSV rows as bytes) on whichever worker thread made the chunk, possibly
 * concurrently; {@link #write} then takes the prepared chunks one at a time, in run order.
 *
 * @param <C> a prepared chunk
 */
public interface RunSink<C> {

    /**
     * Prepares a chunk of consecutive runs. Called concurrently from worker threads; must not
     * keep {@code runs}, which the caller reuses.
     */
    C prepare(List<RunResult> runs);

    /** Writes a prepared chunk. Calls never overlap and come in run order. */
    void write(C prepared) throws IOException;
}
