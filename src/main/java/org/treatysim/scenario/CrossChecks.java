package org.treatysim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/** Checks that need more than one section: what events target, and issues that need a referendum. */
final class CrossChecks {
    private final ValueReader values;

    CrossChecks(ValueReader values) {
        this.values = values;
    }

    /** Reports an issue that needs a referendum when the scenario defines none. */
    void referendumIssues(YamlNode.Mapping root, RatificationSpec ratification) {
        if (ratification.referendum().isPresent()) return;
        List<YamlNode> items = ValueReader.get(root, "issues").map(e -> e.value() instanceof YamlNode.Sequence s
                ? s.items() : List.<YamlNode>of()).orElse(List.of());
        for (YamlNode node : items) {
            if (node instanceof YamlNode.Mapping item) {
                Optional<YamlNode.Entry> flag = ValueReader.get(item, "referendum");
                if (flag.isPresent() && flag.get().value() instanceof YamlNode.Scalar s && s.plain()
                        && s.text().equalsIgnoreCase("true")) {
                    values.problem(flag.get().value().origin(), "ratification.referendum",
                            "an issue needs a referendum but the scenario defines none"
                                    + " (expected a ratification: referendum: section with support and turnout)");
                }
            }
        }
    }

    /**
     * Reports event targets that name no parameter of {@code scenario}, {@code set} values outside
     * their target's range and negative factors of parameters that are never negative.
     */
    void eventTargets(List<EventsBinder.PendingEvent> events, Scenario scenario, Map<String, String> actors) {
        List<String> targets = ScenarioParameters.eventTargets(scenario);
        Set<String> known = new HashSet<>(targets);
        for (int i = 0; i < events.size(); i++) {
            EventsBinder.PendingEvent event = events.get(i);
            List<EventSpec.Effect> effects = event.spec().effects();
            for (int k = 0; k < effects.size(); k++) {
                EventSpec.Effect effect = effects.get(k);
                String path = "events." + i + "." + effect.operation().key() + "." + effect.target();
                if (!known.contains(effect.target())) {
                    values.problem(event.targetOrigins().get(k), path, unknownTarget(effect.target(), targets,
                            actors, scenario));
                } else {
                    checkOperand(effect, event.valueOrigins().get(k), path);
                }
            }
        }
    }

    private void checkOperand(EventSpec.Effect effect, Origin at, String path) {
        Range range = Keys.rangeOf(effect.target());
        if (effect.operation() == EventSpec.Operation.SET) {
            String wrong = range.check(effect.value());
            if (wrong != null) {
                values.problem(at, path, "sets " + effect.target() + " to "
                        + wrong.replaceFirst("\\(expected ", "(expected for " + effect.target() + " "));
            }
        } else if (effect.operation() == EventSpec.Operation.MULTIPLY && range.low() >= 0
                && effect.value().lowerBound() < 0) {
            values.problem(at, path, "multiplies " + effect.target() + ", which is never negative, by "
                    + effect.value().describe() + " (expected a factor >= 0)");
        }
    }

    private static String unknownTarget(String target, List<String> targets, Map<String, String> actors,
                                        Scenario scenario) {
        String[] at = target.split("\\.");
        String expected = " (expected the dotted path of one of the scenario's parameters, e.g. "
                + (targets.isEmpty() ? "biasPenalty" : targets.get(0))
                + Suggestions.closest(target, targets).map(s -> "; did you mean " + s + "?").orElse("") + ")";
        if (at.length >= 2) {
            List<String> partyIds = scenario.parties().stream().map(p -> p.id()).toList();
            List<String> ids = switch (at[0]) {
                case "parties" -> partyIds;
                case "mediators" -> scenario.mediators().stream().map(MediatorSpec::id).toList();
                case "patrons" -> scenario.patrons().stream().map(PatronSpec::id).toList();
                case "deadlines" -> scenario.deadlines().stream().map(DeadlineSpec::id).toList();
                default -> null;
            };
            if (ids != null && !ids.contains(at[1])) {
                String role = at[0].substring(0, at[0].length() - (at[0].equals("parties") ? 3 : 1))
                        + (at[0].equals("parties") ? "y" : "");
                String elsewhere = actors.containsKey(at[1]) ? "; " + at[1] + " is " + actors.get(at[1]) : "";
                return "unknown " + role + " '" + Excerpt.of(at[1]) + "' in event target " + Excerpt.of(target)
                        + elsewhere + expected;
            }
            List<String> issueIds = scenario.issues().stream().map(i -> i.id()).toList();
            if (at.length == 4 && at[0].equals("parties") && !issueIds.contains(at[3])) {
                return "unknown issue '" + Excerpt.of(at[3]) + "' in event target " + Excerpt.of(target) + expected;
            }
            if (at.length == 4 && !at[0].equals("parties") && !partyIds.contains(at[3])) {
                return "unknown party '" + Excerpt.of(at[3]) + "' in event target " + Excerpt.of(target) + expected;
            }
        }
        return "unknown event target " + Excerpt.of(target) + ": no such parameter in this scenario" + expected;
    }
}
