package org.treatysim.stats.sensitivity;

/**
 * The outputs of a design do not vary (or never reach a threshold), so the asked-for index or
 * box is undefined: there is no variance to apportion and no case to describe. A sweep should
 * report this plainly (for example "P(signed by 2024-12-31) is 0 at every design point")
 * instead of writing NaN.
 */
public class ConstantOutputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was constant, in the analyst's words */
    public ConstantOutputException(String message) {
        super(message);
    }
}
