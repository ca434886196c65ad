package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.NegotiationState;
import org.treatysim.model.Simulation;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ShockSpec;

class TraceFormatterTest {

    private static Scenario scenario() {
        Quantity zero = Quantity.of(0);
        List<IssueSpec> issues = List.of(new IssueSpec("border", "Border, delimitation", false, 0.5, OptionalDouble.empty()),
                new IssueSpec("claims", "Legal claims", false, 0.5, OptionalDouble.empty()));
        PartySpec first = new PartySpec("ARM", "Armenia", List.of(zero, zero), List.of(Quantity.of(1), Quantity.of(1)),
                List.of(Quantity.of(2), Quantity.of(1)), Quantity.of(200), Quantity.of(1), zero, zero, zero);
        PartySpec second = new PartySpec("AZE", "Azerbaijan", List.of(Quantity.of(1), Quantity.of(1)), List.of(zero, zero),
                List.of(Quantity.of(1), Quantity.of(2)), Quantity.of(300), Quantity.of(1), zero, zero, zero);
        MediatorSpec usa = new MediatorSpec("USA", "United States", Quantity.of(0.7),
                List.of(Quantity.of(0.2), Quantity.of(0.2)), zero, List.of(zero, zero), Optional.empty());
        DeadlineSpec summit = new DeadlineSpec("summit", "Summit", LocalDate.parse("2024-03-01"), null,
                List.of(zero, Quantity.of(1)), Quantity.of(30), zero, zero, Quantity.of(1));
        EventSpec election = new EventSpec(LocalDate.parse("2024-02-01"), "Election, new cabinet",
                List.of(new EventSpec.Effect(EventSpec.Operation.SET, "mediators.USA.engagement", Quantity.of(0.9))));
        return new Scenario("trace", "Trace test", "", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), 7, 3,
                10, issues, true, 0.02, Drafting.NASH, List.of(first, second), List.of(usa), zero, zero, List.of(),
                List.of(summit), List.of(election), ShockSpec.NONE, RatificationSpec.IMMEDIATE);
    }

    @Test
    void tableShowsEveryStepWithOffersPressuresDraftsAndEvents() {
        StringWriter text = new StringWriter();
        RunResult result = TraceFormatter.write(scenario(), 0, TraceFormatter.Format.TABLE, new PrintWriter(text));
        String out = text.toString();
        assertThat(result).isEqualTo(new Simulation(scenario()).run(0));
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED);
        assertThat(out).contains("Trace test — run 0").contains("ARM τ").contains("border").contains("claims");
        assertThat(out).contains("2024-01-01 NEGOTIATING").contains("0.00/1.00→");
        assertThat(out).contains("Election, new cabinet").contains("text agreed").contains("signed");
        assertThat(out).contains("Outcome: SIGNED").contains("Agreed values: border=");
        // One line per step up to the signature, plus the header lines and the summary.
        long stepLines = out.lines().filter(line -> line.startsWith("2024-")).count();
        long weeks = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2024-01-01"), result.signed()) / 7 + 1;
        assertThat(stepLines).isEqualTo(weeks);
    }

    @Test
    void csvHasOneRowPerStepAndAColumnPerNumber() {
        StringWriter text = new StringWriter();
        TraceFormatter.write(scenario(), 0, TraceFormatter.Format.CSV, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        String header = lines.get(0);
        assertThat(header).startsWith("step,date,state,paused,lead,ARM.clock,")
                .contains("AZE.pressure.deadline", "issue.border.ARM", "issue.claims.drafted")
                .endsWith("clashes,spoilers,events");
        int columns = header.split(",", -1).length;
        for (String line : lines.subList(1, lines.size())) {
            // A field with a comma is quoted; outside quotes every row has the header's columns.
            String unquoted = line.replaceAll("\"[^\"]*\"", "x");
            assertThat(unquoted.split(",", -1)).hasSize(columns);
        }
        assertThat(lines.get(1)).startsWith("0,2024-01-01,NEGOTIATING,false,USA,0.0000,");
        assertThat(lines).anyMatch(line -> line.endsWith(",\"Election, new cabinet\""));
    }

    @Test
    void aRefusedDraftIsExplainedByTheFloorItMissed() {
        StepRecord.PartyStep refuses = new StepRecord.PartyStep("AZE", 0.3, 0.4, 0.81, 0.2, 0, 0, 0, 0.4, 0.03, 0.64);
        StepRecord.PartyStep accepts = new StepRecord.PartyStep("ARM", 0.5, 0.6, 0.55, 0.3, 0, 0, 0, 0.2, 0.05, 0.52);
        StepRecord.PartyStep belowBatna = new StepRecord.PartyStep("ARM", 0.5, 0.6, 0.30, 0.3, 0, 0, 0, 0.6, 0, 0.5);
        StepRecord.PartyStep noDraft = new StepRecord.PartyStep("ARM", 0.5, 0.6, 0.55, 0.3, 0, 0, 0, 0.2, 0.05,
                Double.NaN);
        StepRecord step = new StepRecord(3, LocalDate.parse("2024-01-22"), NegotiationState.NEGOTIATING, false, "USA",
                List.of(accepts, refuses), List.of(), List.of(), 0, 0);
        assertThat(accepts.acceptsDraft()).isTrue();
        assertThat(TraceFormatter.refusals(step)).containsExactly("AZE refuses the draft: 0.64+0.03 < 0.81 (own offer)");
        StepRecord other = new StepRecord(3, LocalDate.parse("2024-01-22"), NegotiationState.NEGOTIATING, false, "USA",
                List.of(belowBatna, noDraft), List.of(), List.of(), 0, 0);
        assertThat(TraceFormatter.refusals(other)).containsExactly("ARM refuses the draft: 0.50+0.00 < 0.60 (batna)");
        assertThat(noDraft.acceptsDraft()).isFalse();
    }
}
