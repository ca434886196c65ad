package org.treatysim.montecarlo;

/**
 * Told how far a job has come. Called from worker threads, possibly concurrently, after every
 * chunk of runs: implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage what is running: "runs", or "pilot" for the first stage of a precision design
     * @param done  runs of this stage finished, in [0, total]
     * @param total runs in this stage
     */
    void progress(String stage, long done, long total);
}
