package org.treatysim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.treatysim.model.spec.Scenario;
import org.treatysim.report.chart.ScenarioNames;

/** The names a scenario gives its parties, issues, mediators, patrons, deadlines and events, for readable labels. */
final class ScenarioNaming {
    private ScenarioNaming() { }

    static ScenarioNames of(Scenario scenario) {
        return new ScenarioNames(
                byId(scenario.parties(), p -> p.id(), p -> p.name()),
                byId(scenario.issues(), i -> i.id(), i -> i.title()),
                byId(scenario.mediators(), m -> m.id(), m -> m.name()),
                byId(scenario.patrons(), p -> p.id(), p -> p.name()),
                byId(scenario.deadlines(), d -> d.id(), d -> d.label()),
                scenario.events().stream().map(e -> e.label() == null || e.label().isBlank()
                        ? "Event of " + org.treatysim.report.chart.ReportText.date(e.date()) : e.label()).toList());
    }

    /** Each id with its name, in scenario order; an empty name leaves the id. */
    private static <T> Map<String, String> byId(List<T> items, Function<T, String> id, Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        for (T item : items) {
            String given = name.apply(item);
            names.put(id.apply(item), given == null || given.isBlank() ? id.apply(item) : given);
        }
        return names;
    }
}
