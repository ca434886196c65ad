package org.treatysim.model.spec;

/**
 * The one check that the value records of every package share: that the components which must be
 * present are. Lives here, in the package that every other may import, so that a record in the
 * scenario loader, the statistics, the engine or the reports checks its components the same way.
 */
public final class Components {
    private Components() { }

    /**
     * Checks that none of {@code values} is null, as {@link java.util.Objects#requireNonNull(Object,
     * String)} on each in turn would.
     *
     * @param names  the components' names, in the order of {@code values}, separated by ", "
     * @param values the components
     * @throws NullPointerException whose message is the name of the first null component
     */
    public static void requireNonNull(String names, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) throw new NullPointerException(name(names, i, values.length));
        }
    }

    /** The {@code index}th of {@code count} names; split only once a component is missing. */
    private static String name(String names, int index, int count) {
        String[] split = names.split(", ");
        if (split.length != count) {
            throw new IllegalArgumentException(count + " components but " + split.length + " names: " + names);
        }
        return split[index];
    }
}
