package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatysim.model.spec.Quantity;

/**
 * Reads numbers and distributions ({@code 0.3}, {@code { uniform: [0.2, 0.4] }}) whose every draw
 * must lie in a {@link Range}, alone or as one value per issue or per party. Checks each
 * distribution's own rules before making its {@link Quantity}, so that a wrong one is reported
 * where the file writes it.
 */
final class QuantityReader {
    /** The stand-in for a value that is missing or wrong, so that later checks still run. */
    static final Quantity ZERO = Quantity.of(0);

    private final ValueReader values;

    QuantityReader(ValueReader values) {
        this.values = values;
    }

    /** The entry's value as a quantity, recording its source under {@code path}; ZERO when invalid. */
    Quantity quantityOf(YamlNode.Entry entry, String path, Range range) {
        return quantityOf(entry, path, path, range);
    }

    /** As {@link #quantityOf(YamlNode.Entry, String, Range)}, recording no source when {@code sourcePath} is null. */
    private Quantity quantityOf(YamlNode.Entry entry, String sourcePath, String path, Range range) {
        Quantity q = quantity(entry.value(), path, range);
        if (q == null) {
            return ZERO;
        }
        if (sourcePath != null) {
            values.source(sourcePath, entry);
        }
        return q;
    }

    /** A number or distribution whose every draw lies in {@code range}; null (with a problem) when not. */
    Quantity quantity(YamlNode node, String path, Range range) {
        Quantity q;
        if (node instanceof YamlNode.Mapping map) {
            q = distribution(map, path);
        } else if (ValueReader.isNumber(node)) {
            OptionalDouble v = values.number(node, path, "a number or a distribution such as { uniform: [0.2, 0.4] }");
            q = v.isPresent() ? Quantity.of(v.getAsDouble()) : null;
        } else {
            values.problem(node.origin(), path, ValueReader.found(node)
                    + " (expected a number or a distribution such as { uniform: [0.2, 0.4] })");
            q = null;
        }
        if (q == null) {
            return null;
        }
        String wrong = range.check(q);
        if (wrong != null) {
            values.problem(node.origin(), path, wrong);
            return null;
        }
        return q;
    }

    /** True for a map that spells a distribution, e.g. {@code { uniform: [a, b] }}, rather than a map by id. */
    static boolean isDistribution(YamlNode.Mapping map) {
        return map.entries().size() == 1 && Distribution.byKey(map.entries().get(0).key()).isPresent();
    }

    private Quantity distribution(YamlNode.Mapping map, String path) {
        if (map.entries().size() != 1) {
            values.problem(map.origin(), path, "a map with " + map.entries().size() + " keys where a value"
                    + " belongs (expected a number or a distribution with exactly one key: "
                    + String.join(", ", Distribution.KEYS) + ")");
            return null;
        }
        YamlNode.Entry entry = map.entries().get(0);
        Optional<Distribution> kind = Distribution.byKey(entry.key());
        if (kind.isEmpty()) {
            values.problem(entry.keyOrigin(), path, "unknown distribution '" + Excerpt.of(entry.key()) + "'"
                    + ValueReader.didYouMean(entry.key(), Distribution.KEYS) + " (expected one of "
                    + String.join(", ", Distribution.KEYS) + ")");
            return null;
        }
        Distribution d = kind.get();
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            values.problem(entry.value().origin(), path, d.key() + ": " + ValueReader.found(entry.value())
                    + " (expected a list of parameters, e.g. " + d.key() + ": " + d.usage() + ")");
            return null;
        }
        if (d == Distribution.CHOICE) {
            return choice(list, path);
        }
        double[] p = parameters(d, list, path);
        if (p == null) {
            return null;
        }
        String wrong = problemWith(d, p);
        if (wrong != null) {
            values.problem(list.origin(), path, wrong);
            return null;
        }
        return make(d, p);
    }

    /** The distribution's numbers; null (with a problem) when there are too many, too few or not numbers. */
    private double[] parameters(Distribution d, YamlNode.Sequence list, String path) {
        if (list.items().size() != d.arity()) {
            values.problem(list.origin(), path, d.key() + " takes " + d.arity() + " numbers, found "
                    + list.items().size() + " (expected " + d.key() + ": " + d.usage() + ")");
            return null;
        }
        double[] p = new double[d.arity()];
        boolean ok = true;
        for (int i = 0; i < p.length; i++) {
            OptionalDouble v = values.number(list.items().get(i), path, "a number (" + d.key() + ": " + d.usage() + ")");
            ok &= v.isPresent();
            p[i] = v.orElse(0);
        }
        return ok ? p : null;
    }

    /**
     * What is wrong with the parameters {@code p} of {@code d}, worded for a message located in the
     * file; null when the {@link Quantity} record accepts them.
     */
    private static String problemWith(Distribution d, double[] p) {
        return switch (d) {
            case UNIFORM -> p[0] < p[1] ? null
                    : "empty uniform range [" + n(p[0]) + ", " + n(p[1]) + "] (expected low < high)";
            case NORMAL -> p[1] > 0 ? null : "normal standard deviation " + n(p[1]) + " (expected sd > 0)";
            case TRUNCNORMAL -> !(p[1] > 0) ? "truncnormal standard deviation " + n(p[1]) + " (expected sd > 0)"
                    : !(p[2] < p[3]) ? "empty truncnormal window [" + n(p[2]) + ", " + n(p[3]) + "] (expected low < high)"
                    : Double.isFinite(Quantity.TruncatedNormal.mean(p[0], p[1], p[2], p[3])) ? null
                    : "truncnormal window [" + n(p[2]) + ", " + n(p[3]) + "] lies so far from the mean " + n(p[0])
                            + " that it has no probability (expected a window within a few sd of the mean)";
            case BETA -> p[0] > 0 && p[1] > 0 ? null
                    : "beta parameters [" + n(p[0]) + ", " + n(p[1]) + "] (expected both shape parameters > 0)";
            case TRIANGULAR -> p[0] <= p[1] && p[1] <= p[2] && p[0] < p[2] ? null
                    : "triangular [" + n(p[0]) + ", " + n(p[1]) + ", " + n(p[2])
                            + "] is out of order (expected low <= mode <= high, low < high)";
            case LOGNORMAL -> !(p[1] > 0) ? "lognormal sigma " + n(p[1]) + " (expected sigma > 0)"
                    : Double.isFinite(Quantity.LogNormal.mean(p[0], p[1])) ? null
                    : "lognormal [" + n(p[0]) + ", " + n(p[1]) + "] overflows (expected mu + sigma^2/2 below 700)";
            case CHOICE -> throw new IllegalArgumentException("a choice has no fixed parameters");
        };
    }

    private static Quantity make(Distribution d, double[] p) {
        return switch (d) {
            case UNIFORM -> new Quantity.Uniform(p[0], p[1]);
            case NORMAL -> new Quantity.Normal(p[0], p[1]);
            case TRUNCNORMAL -> new Quantity.TruncatedNormal(p[0], p[1], p[2], p[3]);
            case BETA -> new Quantity.Beta(p[0], p[1]);
            case TRIANGULAR -> new Quantity.Triangular(p[0], p[1], p[2]);
            case LOGNORMAL -> new Quantity.LogNormal(p[0], p[1]);
            case CHOICE -> throw new IllegalArgumentException("a choice has no fixed parameters");
        };
    }

    private Quantity choice(YamlNode.Sequence list, String path) {
        String usage = Distribution.CHOICE.usage();
        if (list.items().isEmpty()) {
            values.problem(list.origin(), path, "choice with no options (expected choice: " + usage + ")");
            return null;
        }
        List<Quantity.Choice.Option> options = new ArrayList<>();
        double total = 0;
        boolean ok = true;
        for (YamlNode item : list.items()) {
            Quantity.Choice.Option option = option(item, path);
            if (option == null) {
                ok = false;
                continue;
            }
            total += option.weight();
            options.add(option);
        }
        if (ok && !(total > 0)) {
            values.problem(list.origin(), path, "every choice weight is 0 (expected at least one weight > 0)");
            return null;
        }
        return ok ? new Quantity.Choice(options) : null;
    }

    /** One [value, weight] pair of a choice; null (with a problem) when it is not one. */
    private Quantity.Choice.Option option(YamlNode item, String path) {
        if (!(item instanceof YamlNode.Sequence pair) || pair.items().size() != 2) {
            values.problem(item.origin(), path, "choice option " + item.render()
                    + " is not a [value, weight] pair (expected choice: " + Distribution.CHOICE.usage() + ")");
            return null;
        }
        OptionalDouble value = values.number(pair.items().get(0), path, "a number as the option's value");
        OptionalDouble weight = values.number(pair.items().get(1), path, "a number as the option's weight");
        if (value.isEmpty() || weight.isEmpty()) {
            return null;
        }
        if (weight.getAsDouble() < 0) {
            values.problem(pair.items().get(1).origin(), path, "choice weight " + n(weight.getAsDouble())
                    + " is negative (expected weights >= 0)");
            return null;
        }
        return new Quantity.Choice.Option(value.getAsDouble(), weight.getAsDouble());
    }

    private static String n(double value) {
        return Quantity.of(value).describe();
    }

    // ---------------------------------------------------------------- per-issue and per-party values

    /**
     * A value for every issue: one value for all, or a map naming every issue. ZERO stands in for
     * what is missing or wrong.
     */
    List<Quantity> perIssue(YamlNode.Entry entry, String path, Range range, List<String> issueIds) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Mapping map && !isDistribution(map)) {
            Map<String, Quantity> byIssue = byId(map, path, range, issueIds, "issue");
            List<String> missing = issueIds.stream().filter(id -> !byIssue.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                values.problem(map.origin(), path, "no value for issue" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + " (expected a value for every issue, or one value for all)");
            }
            return issueIds.stream().map(id -> byIssue.getOrDefault(id, ZERO)).toList();
        }
        return single(entry, path, range, issueIds, "issues, or a map by issue id");
    }

    /** A value per party: one value for both, or a map by party id; parties not named get 0. */
    List<Quantity> perParty(YamlNode.Entry entry, String path, Range range, List<String> partyIds) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Mapping map && !isDistribution(map)) {
            Map<String, Quantity> byParty = byId(map, path, range, partyIds, "party");
            return partyIds.stream().map(id -> byParty.getOrDefault(id, ZERO)).toList();
        }
        return single(entry, path, range, partyIds, "parties, or a map by party id");
    }

    /** The values of a map by issue or party id; unknown ids are reported. */
    private Map<String, Quantity> byId(YamlNode.Mapping map, String path, Range range, List<String> ids, String what) {
        Map<String, Quantity> byId = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.entries()) {
            if (!ids.contains(e.key())) {
                if (ids.isEmpty()) continue; // the missing or broken list of ids is reported already
                values.problem(e.keyOrigin(), path + "." + e.key(), "unknown " + what + " '" + Excerpt.of(e.key())
                        + "'" + ValueReader.didYouMean(e.key(), ids) + " (expected one of the " + what + " ids: "
                        + String.join(", ", ids) + ")");
                continue;
            }
            byId.put(e.key(), quantityOf(e, path + "." + e.key(), range));
        }
        return byId;
    }

    /** One value for every id, with a source per id; a list is refused. */
    private List<Quantity> single(YamlNode.Entry entry, String path, Range range, List<String> ids, String forAll) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Sequence) {
            values.problem(node.origin(), path, ValueReader.found(node) + " (expected one number or distribution for"
                    + (forAll.startsWith("issues") ? " all " : " both ") + forAll + " such as { "
                    + String.join(": 0.5, ", ids) + (ids.isEmpty() ? "" : ": 0.5") + " })");
            return zeros(ids.size());
        }
        Quantity value = quantityOf(entry, null, path, range);
        for (String id : ids) {
            values.source(path + "." + id, entry);
        }
        return ids.stream().map(id -> value).toList();
    }

    /** ZERO for each of {@code n} issues or parties. */
    static List<Quantity> zeros(int n) {
        return new ArrayList<>(Collections.nCopies(n, ZERO));
    }
}
