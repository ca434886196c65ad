package org.treatysim.montecarlo.sweep;

/**
 * A sweep that cannot run as asked: an unknown parameter, a factor that does not vary, a design
 * that is too big or of the wrong size, a target outside the scenario's window. The message says
 * what is wrong and what was expected, in the analyst's words; the command line prints it and
 * exits with status 2 before anything runs.
 */
public final class SweepInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, and what was expected */
    public SweepInputException(String message) {
        super(message);
    }
}
