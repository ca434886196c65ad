package org.treatysim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.treatysim.model.IssueStatus;
import org.treatysim.model.RunResult;
import org.treatysim.model.Simulation;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.Scenario;

/**
 * Prints one run of a scenario step by step (the body of {@code treatysim trace}): offers per
 * issue, clocks and pressures by source, the drafted package, events and state changes, so an
 * analyst can see why the run ended as it did. Writes to the given writer only.
 */
public final class TraceFormatter {

    /** Output layouts. */
    public enum Format {
        /** A fixed-width table for reading, one line per step. */
        TABLE,
        /** One CSV row per step with every number, for spreadsheets. */
        CSV
    }

    private TraceFormatter() { }

    /**
     * Runs replication {@code run} of {@code scenario} with a listener and writes its trace.
     *
     * @return the run's result (the same as an untraced run of that index)
     */
    public static RunResult write(Scenario scenario, int run, Format format, PrintWriter out) {
        Objects.requireNonNull(out, "out");
        List<StepRecord> steps = new ArrayList<>();
        RunResult result = new Simulation(scenario).run(run, steps::add);
        if (format == Format.CSV) {
            csv(scenario, steps, out);
        } else {
            table(scenario, run, result, steps, out);
        }
        out.flush();
        return result;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void csv(Scenario scenario, List<StepRecord> steps, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("step", "date", "state", "paused", "lead"));
        String firstId = scenario.parties().get(0).id();
        String secondId = scenario.parties().get(1).id();
        for (var party : scenario.parties()) {
            String p = party.id();
            header.addAll(List.of(p + ".clock", p + ".share", p + ".offerUtility", p + ".pressure.mediator",
                    p + ".pressure.deadline", p + ".pressure.reciprocity", p + ".pressure.patron", p + ".batna",
                    p + ".sidePayments", p + ".draftUtility", p + ".acceptanceFloor", p + ".acceptsDraft",
                    p + ".acceptableLow", p + ".acceptableHigh", p + ".floorMiss"));
        }
        for (var issue : scenario.issues()) {
            String i = "issue." + issue.id();
            header.addAll(List.of(i + ".status", i + "." + firstId, i + "." + secondId, i + ".drafted", i + ".value"));
        }
        header.addAll(List.of("clashes", "spoilers", "events"));
        out.println(String.join(",", header));
        for (StepRecord step : steps) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(step.step()), step.date().toString(),
                    step.state().name(), Boolean.toString(step.paused()), step.leadMediator()));
            for (StepRecord.PartyStep party : step.parties()) {
                row.addAll(List.of(number(party.clock()), number(party.concessionShare()), number(party.offerUtility()),
                        number(party.mediatorPressure()), number(party.deadlinePressure()),
                        number(party.reciprocityPressure()), number(party.patronPressure()),
                        number(party.effectiveBatna()), number(party.sidePayments()), number(party.draftUtility()),
                        number(party.acceptanceFloor()),
                        Double.isNaN(party.draftUtility()) ? "" : Boolean.toString(party.acceptsDraft()),
                        number(party.acceptableLow()), number(party.acceptableHigh()), number(party.floorMiss())));
            }
            for (StepRecord.IssueStep issue : step.issues()) {
                row.addAll(List.of(issue.status().name(), number(issue.firstOffer()), number(issue.secondOffer()),
                        number(issue.drafted()), number(issue.value())));
            }
            row.addAll(List.of(Integer.toString(step.clashes()), Integer.toString(step.spoilers()),
                    quote(String.join("; ", step.events()))));
            out.println(String.join(",", row));
        }
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static void table(Scenario scenario, int run, RunResult result, List<StepRecord> steps, PrintWriter out) {
        out.printf(Locale.ROOT, "%s — run %d (seed %d)%n", scenario.title(), run, result.seed());
        out.println("Clock τ and pressure P = mediator + deadline + reciprocity − patron per party; per issue the two");
        out.println("offers (first/second party) and the mediator's draft (→), ~value when tentatively settled,");
        out.println("=value when agreed. A '‖' marks a step paused by a clash or spoiler incident. When a party");
        out.println("refuses the draft, the events say why: its utility of the draft plus side payments, against the");
        out.println("larger of its effective batna and its utility of its own offer.");
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-10s %-19s", "date", "state"));
        for (var party : scenario.parties()) {
            header.append(String.format(Locale.ROOT, " %-22s", party.id() + " τ  P(m+d+r-p)"));
        }
        for (var issue : scenario.issues()) {
            header.append(String.format(Locale.ROOT, " %-19s", truncate(issue.id(), 19)));
        }
        header.append(" lead  events");
        out.println(header);
        for (StepRecord step : steps) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %-19s", step.date(),
                    (step.paused() ? "‖ " : "") + step.state().name()));
            for (StepRecord.PartyStep party : step.parties()) {
                line.append(String.format(Locale.ROOT, " %5.3f %4.2f(%s)", party.clock(), party.totalPressure(),
                        pressures(party)));
            }
            for (StepRecord.IssueStep issue : step.issues()) {
                line.append(' ').append(String.format(Locale.ROOT, "%-19s", issueCell(issue)));
            }
            line.append(String.format(Locale.ROOT, " %-5s", step.leadMediator()));
            List<String> events = new ArrayList<>(step.events());
            events.addAll(refusals(step));
            if (!events.isEmpty()) line.append(' ').append(String.join("; ", events));
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.printf(Locale.ROOT, "Outcome: %s. Text agreed %s, initialed %s, referendum %s%s, signed %s, collapsed %s.%n",
                result.outcome(), orDash(result.textAgreed()), orDash(result.initialed()), orDash(result.referendum()),
                result.referendumPassed() == null ? "" : (result.referendumPassed() ? " (passed)" : " (failed)"),
                orDash(result.signed()), orDash(result.collapsed()));
        out.printf(Locale.ROOT, "Clashes %d, spoiler incidents %d. Concessions: %s %.3f, %s %.3f.%n", result.clashes(),
                result.spoilers(), scenario.parties().get(0).id(), result.concessions()[0],
                scenario.parties().get(1).id(), result.concessions()[1]);
        StringBuilder agreed = new StringBuilder("Agreed values:");
        for (int i = 0; i < scenario.issues().size(); i++) {
            double value = result.agreedValues()[i];
            agreed.append(' ').append(scenario.issues().get(i).id()).append('=')
                    .append(Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value));
        }
        out.println(agreed);
    }

    /**
     * Why each party that refused this step's draft refused it, e.g. "AZE refuses the draft: 0.58+0.03 <
     * 0.71 (own offer)", preceded, when no package of the frontier met both floors, by how far apart
     * they were: "no acceptable package (ARM short by 0.040, AZE by 0.100)".
     */
    static List<String> refusals(StepRecord step) {
        List<String> refusals = new ArrayList<>();
        StepRecord.PartyStep firstParty = step.parties().get(0);
        StepRecord.PartyStep secondParty = step.parties().get(1);
        if (firstParty.floorMiss() > 0 || secondParty.floorMiss() > 0) {
            refusals.add(String.format(Locale.ROOT, "no acceptable package (%s short by %.3f, %s by %.3f)",
                    firstParty.id(), firstParty.floorMiss(), secondParty.id(), secondParty.floorMiss()));
        }
        for (StepRecord.PartyStep party : step.parties()) {
            if (Double.isNaN(party.draftUtility()) || party.acceptsDraft()) continue;
            String floor = party.offerUtility() >= party.effectiveBatna() ? "own offer" : "batna";
            refusals.add(String.format(Locale.ROOT, "%s refuses the draft: %.2f+%.2f < %.2f (%s)", party.id(),
                    party.draftUtility(), party.sidePayments(), party.acceptanceFloor(), floor));
        }
        return refusals;
    }

    private static String pressures(StepRecord.PartyStep party) {
        return String.format(Locale.ROOT, "%.2f+%.2f+%.2f-%.2f", party.mediatorPressure(), party.deadlinePressure(),
                party.reciprocityPressure(), party.patronPressure());
    }

    private static String issueCell(StepRecord.IssueStep issue) {
        if (issue.status() == IssueStatus.AGREED) {
            return String.format(Locale.ROOT, "=%.3f", issue.value());
        }
        String cell = issue.status() == IssueStatus.TENTATIVE
                ? String.format(Locale.ROOT, "~%.3f", issue.value())
                : String.format(Locale.ROOT, "%.2f/%.2f", issue.firstOffer(), issue.secondOffer());
        if (!Double.isNaN(issue.drafted())) {
            cell += String.format(Locale.ROOT, "→%.2f", issue.drafted());
        }
        return cell;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
