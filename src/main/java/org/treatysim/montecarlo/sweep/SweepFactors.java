package org.treatysim.montecarlo.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.stats.sensitivity.Factor;

/**
 * Which parameters a sweep varies, and over what.
 *
 * <p>By default every parameter the scenario gives as a distribution is a factor, and its
 * distribution is the range swept. {@code --vary PATH=DIST} replaces a factor's distribution or
 * makes a fixed parameter a factor. With {@code onlyVaried}, the {@code --vary} parameters are the
 * only factors; the scenario's other distributions stay uncertain and are drawn afresh in every
 * run (the same draws at every design point, since run i draws each parameter from its own
 * uniform keyed by the run seed and the path), so each point's target averages over them.
 *
 * <p>Factors come in the scenario's canonical parameter order ({@link ScenarioParameters}),
 * whatever the order of the {@code --vary} options, so the same sweep always has the same columns.
 */
public final class SweepFactors {
    private SweepFactors() { }

    /**
     * The factors of a sweep.
     *
     * @param scenario   the scenario swept
     * @param varied     {@code --vary} replacements by dotted path, each a distribution
     * @param onlyVaried true to sweep the {@code varied} parameters only
     * @throws SweepInputException when a path names no parameter (the message names the closest
     *                             one), a replacement is a fixed number, or nothing would vary
     */
    public static List<Factor> resolve(Scenario scenario, Map<String, Quantity> varied, boolean onlyVaried)
            throws SweepInputException {
        Map<String, Quantity> parameters = ScenarioParameters.of(scenario);
        for (Map.Entry<String, Quantity> entry : varied.entrySet()) {
            String path = entry.getKey();
            if (!parameters.containsKey(path)) {
                throw new SweepInputException("--vary " + path + ": no such parameter in " + scenario.id()
                        + " (expected the dotted path of one of its parameters; the closest is "
                        + closest(path, parameters.keySet()) + ")");
            }
            if (entry.getValue().isFixed()) {
                throw new SweepInputException("--vary " + path + "=" + entry.getValue().describe()
                        + ": a sweep needs a range to vary over (expected a distribution such as { uniform: ["
                        + "low, high] }; to fix a parameter, change the scenario)");
            }
        }
        if (onlyVaried && varied.isEmpty()) {
            throw new SweepInputException("--vary-only needs at least one --vary PATH=DIST");
        }
        List<Factor> factors = new ArrayList<>();
        for (Map.Entry<String, Quantity> parameter : parameters.entrySet()) {
            String path = parameter.getKey();
            Quantity replacement = varied.get(path);
            if (replacement != null) {
                factors.add(new Factor(path, replacement));
            } else if (!onlyVaried && !parameter.getValue().isFixed()) {
                factors.add(new Factor(path, parameter.getValue()));
            }
        }
        if (factors.isEmpty()) {
            throw new SweepInputException(scenario.id() + " has no uncertain parameters to sweep (expected"
                    + " --vary PATH=DIST, e.g. --vary 'parties." + scenario.parties().get(1).id()
                    + ".patienceDays={ uniform: [300, 900] }')");
        }
        return List.copyOf(factors);
    }

    /**
     * The known path nearest to {@code path} by edit distance (insertions, deletions,
     * substitutions, ignoring case); the first in canonical order among equals.
     */
    static String closest(String path, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = path.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
