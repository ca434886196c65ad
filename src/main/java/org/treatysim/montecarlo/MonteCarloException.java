package org.treatysim.montecarlo;

/** A job failed: a run threw, or its sink could not write. Names the run when one is to blame. */
public final class MonteCarloException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The run index that failed, or -1 when no single run is to blame. */
    private final int run;

    /** A failure of run {@code run} (or -1), caused by {@code cause}. */
    public MonteCarloException(String message, int run, Throwable cause) {
        super(message, cause);
        this.run = run;
    }

    /** The run index that failed, or -1 when no single run is to blame (e.g. a full disk). */
    public int run() {
        return run;
    }
}
