package org.treatysim.report.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.model.IssueStatus;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.Scenario;

/**
 * What happened in one step, in plain language with the scenario's names: the model's own labels
 * (events, clashes, state changes; an issue's label under its title), talks pausing and resuming,
 * a change of lead mediator, and each party's answer to the draft with its numbers, e.g.
 * "Azerbaijan refused the draft: 0.67 against its floor of 0.72 (its own offer)".
 */
final class TraceLog {
    private final Scenario scenario;

    TraceLog(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The sentences for {@code step}, given the step before it (null for the first). */
    List<String> sentences(StepRecord previous, StepRecord step) {
        List<String> lines = new ArrayList<>();
        for (String label : step.events()) {
            lines.add(capitalised(withIssueTitle(label)) + ".");
        }
        if (step.paused() && (previous == null || !previous.paused())) lines.add("Talks paused.");
        if (!step.paused() && previous != null && previous.paused()) lines.add("Talks resumed.");
        if (!step.leadMediator().isEmpty()
                && (previous == null || !step.leadMediator().equals(previous.leadMediator()))) {
            lines.add(mediatorName(step.leadMediator()) + " leads the mediation.");
        }
        StepRecord.PartyStep first = step.parties().get(0);
        StepRecord.PartyStep second = step.parties().get(1);
        if (first.floorMiss() > 0 || second.floorMiss() > 0) {
            lines.add(String.format(Locale.ROOT, "No package met both floors: %s short by %.3f, %s by %.3f.",
                    partyName(0), first.floorMiss(), partyName(1), second.floorMiss()));
        }
        for (int p = 0; p < 2; p++) {
            StepRecord.PartyStep party = step.parties().get(p);
            if (Double.isNaN(party.draftUtility())) continue;
            double worth = party.draftUtility() + party.sidePayments();
            String floor = party.offerUtility() >= party.effectiveBatna() ? "its own offer" : "its batna";
            String value = party.sidePayments() > 0
                    ? String.format(Locale.ROOT, "%.2f (%.2f plus %.2f in side payments)", worth,
                            party.draftUtility(), party.sidePayments())
                    : String.format(Locale.ROOT, "%.2f", worth);
            lines.add(String.format(Locale.ROOT, "%s %s the draft: %s against its floor of %.2f (%s).",
                    partyName(p), party.acceptsDraft() ? "accepted" : "refused", value, party.acceptanceFloor(),
                    floor));
        }
        for (int i = 0; i < step.issues().size(); i++) {
            IssueStatus before = previous == null ? null : previous.issues().get(i).status();
            IssueStatus now = step.issues().get(i).status();
            if (before != null && before != IssueStatus.OPEN && now == IssueStatus.OPEN) {
                lines.add(scenario.issues().get(i).title() + " reopened.");
            }
        }
        return lines;
    }

    private String withIssueTitle(String label) {
        for (IssueSpec issue : scenario.issues()) {
            if (label.startsWith(issue.id() + " ")) return issue.title() + label.substring(issue.id().length());
        }
        return label;
    }

    private String partyName(int party) {
        return scenario.parties().get(party).name();
    }

    private String mediatorName(String id) {
        return scenario.mediators().stream().filter(m -> m.id().equals(id)).map(m -> m.name()).findFirst().orElse(id);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
