package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.Charts;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.chart.SummaryFixtures;
import org.treatysim.report.chart.SummaryFixtures.ToyRun;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;

/** What the brief says about the toy baseline, against counts of its runs. */
class BriefViewTest {
    private static SummaryFixtures.Fixture baseline;
    private static BriefView view;

    @BeforeAll
    static void build() {
        baseline = SummaryFixtures.baseline();
        view = BriefView.of(BriefInput.of(baseline.summary(), baseline.window(), BriefFixtures.ASSUMPTIONS)
                .withDescription(BriefFixtures.DESCRIPTION));
    }

    private static String cell(Estimate e) {
        return ReportText.value(e) + " (" + ReportText.interval(e) + ")";
    }

    private static Estimate truth(java.util.function.Function<ToyRun, LocalDate> milestone, String date) {
        return SummaryFixtures.wilson(baseline.count(milestone, LocalDate.parse(date)), 10_000);
    }

    @Test
    void theHeadlineGivesPSignedByTheEndOf2025WithItsIntervalAndRuns() {
        Estimate signed = truth(ToyRun::signed, "2025-12-31");
        assertThat(view.headline()).isEqualTo("P(treaty signed by 31 Dec 2025) = " + ReportText.value(signed)
                + " (95% interval " + ReportText.interval(signed) + ", 10,000 runs)");
    }

    @Test
    void keyDatesAreEachYearsEndAndTheHorizonWithIntervals() {
        assertThat(view.keyDates()).extracting(BriefView.KeyDateRow::date)
                .containsExactly("31 Dec 2024", "31 Dec 2025", "31 Dec 2026 (horizon)");
        assertThat(view.keyDates()).extracting(BriefView.KeyDateRow::headline).containsExactly(false, true, false);
        BriefView.KeyDateRow first = view.keyDates().get(0);
        assertThat(first.textAgreed()).isEqualTo(cell(truth(ToyRun::textAgreed, "2024-12-31")));
        assertThat(first.initialed()).isEqualTo(cell(truth(ToyRun::initialed, "2024-12-31")));
        assertThat(first.signed()).isEqualTo(cell(truth(ToyRun::signed, "2024-12-31")));
        assertThat(view.keyDates().get(2).signed()).isEqualTo(cell(truth(ToyRun::signed, "2026-12-31")));
        assertThat(view.keyDatesNote()).contains("10,000 runs").contains("steps of 7 days");
    }

    @Test
    void cop29IsSummedUpBeforeAndAfterItsEnd() {
        assertThat(view.deadlines()).hasSize(1);
        BriefView.DeadlineView cop29 = view.deadlines().get(0);
        assertThat(cop29.heading()).isEqualTo("COP29, Baku (11–22 Nov 2024)");
        assertThat(cop29.byEndHeader()).isEqualTo("By 22 Nov 2024");
        assertThat(cop29.afterHeader()).isEqualTo("After it, by 31 Dec 2026");
        Estimate textByEnd = truth(ToyRun::textAgreed, "2024-11-22");
        assertThat(cop29.rows().get(0).byEnd()).isEqualTo(cell(textByEnd));
        long textAfter = baseline.count(ToyRun::textAgreed, SummaryFixtures.HORIZON)
                - baseline.count(ToyRun::textAgreed, SummaryFixtures.COP29_END);
        assertThat(cop29.rows().get(0).after()).isEqualTo(cell(SummaryFixtures.wilson(textAfter, 10_000)));
        assertThat(cop29.sentences().get(0)).startsWith("By the end of COP29, Baku (22 Nov 2024), P(text agreed) = "
                + ReportText.value(textByEnd) + " (95% interval " + ReportText.interval(textByEnd) + ")");
        assertThat(cop29.sentences().get(1)).startsWith("Of the 10,000 runs still without an agreed text on 27 Sep 2024")
                .containsPattern("(a pace \\d+\\.\\d times the later one|a pace \\d+% of the later one)\\.$");
    }

    @Test
    void theReferendumSectionCountsTheSignaturesItDelays() {
        List<String> sentences = view.referendum().orElseThrow().sentences();
        long waiting = baseline.runs().stream().filter(r -> r.stateAtHorizon().equals("AWAITING_REFERENDUM")).count();
        Estimate share = SummaryFixtures.wilson(waiting, 10_000);
        assertThat(sentences.get(0)).startsWith("The constitutional referendum cannot be held before 1 Jul 2026.");
        assertThat(sentences.get(1)).startsWith("At the horizon, P(initialed text waiting for the referendum) = "
                + ReportText.value(share) + " (95% interval " + ReportText.interval(share) + ", 10,000 runs)")
                .contains("They are " + ReportText.count(waiting) + " of the ");
        // The fixture's last votes: 30% passed, 3% failed and ended the talks, 7% failed and reopened them.
        Estimate held = SummaryFixtures.wilson(4_000, 10_000);
        assertThat(sentences.get(sentences.size() - 1)).startsWith("By 31 Dec 2026, P(a referendum held) = "
                + ReportText.value(held) + " (95% interval " + ReportText.interval(held) + ", 10,000 runs).")
                .contains("The last vote passed in 0.30 of all runs (").contains("failed and ended the talks in 0.03")
                .contains("the constitution reopened, in 0.07").contains("counts its last vote only");
    }

    @Test
    void aSummaryWrittenBeforeReferendumCountsSaysSo() {
        BriefInput input = BriefFixtures.baseline();
        ForecastSummary s = input.summary();
        ForecastSummary older = new ForecastSummary(s.provenance(), s.outcomes(), s.deadlines(), s.curve(),
                s.bandHalfWidth(), s.states(), s.agreedValues(), s.concessions(), s.signingDates(), s.markers(),
                java.util.Optional.empty());
        List<String> sentences = BriefView.of(new BriefInput(older, input.window(), input.description(),
                input.assumptions(), input.sweepSentence(), input.extraCharts(), input.names(), input.findings(),
                input.driverCharts(), input.update(), input.whatIfs(), input.whatIfFolder(), input.traces(), input.whatIfCharts()))
                .referendum().orElseThrow().sentences();
        assertThat(sentences.get(sentences.size() - 1)).contains("written before treatysim counted referendums")
                .contains("runs.csv.gz");
    }

    @Test
    void everyProbabilityInASentenceComesWithAnInterval() {
        List<String> sentences = new ArrayList<>(List.of(view.headline(), view.lead()));
        view.deadlines().forEach(d -> sentences.addAll(d.sentences()));
        sentences.addAll(view.referendum().orElseThrow().sentences());
        view.figures().forEach(f -> sentences.add(f.caption()));
        // a probability is "= 0.xx" or "0.xx of runs": each is followed, before the next one, by an interval "a–b"
        Pattern probability = Pattern.compile("(= |a further |and )([01]\\.\\d{2,3})(?! times)");
        for (String sentence : sentences) {
            Matcher m = probability.matcher(sentence);
            while (m.find()) {
                String rest = sentence.substring(m.end());
                assertThat(rest).as("interval after %s in: %s", m.group(2), sentence)
                        .containsPattern("^[^=]*?\\(?(95% interval )?[01]\\.\\d{2,3}–[01]\\.\\d{2,3}");
            }
            assertThat(sentence).doesNotContain("{{").doesNotContain("Optional").doesNotContain("null").doesNotContain("NaN");
        }
    }

    @Test
    void theMainChartComesFirstThenTheBodysChartsThenTheAnnexs() {
        assertThat(view.figures()).extracting(BriefView.FigureView::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(view.figures()).extracting(BriefView.FigureView::id).containsExactly("fig-signed-by-date",
                "fig-state-shares", "fig-signing-dates", "fig-agreed-terms", "fig-concessions");
        assertThat(view.figures()).allSatisfy(f -> assertThat(f.caption()).endsWith("."));
        Estimate signed = baseline.summary().outcomes().get("signed");
        assertThat(view.figures().get(0).caption()).startsWith("P(signed by date) reaches " + ReportText.value(signed)
                + " by 31 Dec 2026 (95% interval " + ReportText.interval(signed) + ", 10,000 runs)");
        assertThat(view.figures().get(3).caption()).contains("from 0 (ARM's ideal) to 1 (AZE's ideal)");
        assertThat(view.mainFigure().id()).isEqualTo("fig-signed-by-date");
        assertThat(view.bodyFigures()).isEmpty();
        assertThat(view.annexFigures()).hasSize(4);

        BriefInput withSweep = BriefInput.of(baseline.summary(), baseline.window(), List.of()).withSweep(
                "P(signed by end-2025) ≥ 0.5 in 83% of cases where parties.AZE.patienceDays < 500",
                List.of(new CaptionedChart(Charts.build(baseline.summary(), baseline.window()).get(4), "A stand-in tornado chart.")));
        BriefView swept = BriefView.of(withSweep);
        assertThat(swept.drivers()).containsExactly("P(signed by end-2025) ≥ 0.5 in 83% of cases where parties.AZE.patienceDays < 500");
        assertThat(swept.driversNote()).isEmpty();
        assertThat(swept.figures()).hasSize(6);
        // The sweep's chart goes with the finding in the body: it is Figure 2, the annex's charts follow.
        assertThat(swept.figures().get(1).caption()).isEqualTo("A stand-in tornado chart.");
        assertThat(swept.bodyFigures()).extracting(BriefView.FigureView::number).containsExactly(2);
        assertThat(swept.annexFigures()).extracting(BriefView.FigureView::number).containsExactly(3, 4, 5, 6);
        assertThat(view.drivers()).isEmpty();
        assertThat(view.driversNote()).contains("runs.csv.gz");
    }

    @Test
    void aSweepsFindingReplacesTheRunsDriversWhicheverComesFirst() {
        RunFindings findings = new RunFindings(LocalDate.of(2026, 12, 31), 10_000, 2_769,
                List.of(new RunFindings.Signpost("textAgreed", LocalDate.of(2025, 3, 31), 1_272, 579, 8_728, 2_190)),
                List.of(new RunFindings.Driver("parties.AZE.patienceDays", -0.28, -0.30, -0.26),
                        new RunFindings.Driver("shocks.escalation", 0.01, -0.01, 0.03)), 32);
        CaptionedChart driversChart = new CaptionedChart(Charts.build(baseline.summary(), baseline.window()).get(4),
                "The drivers.");
        CaptionedChart tornado = new CaptionedChart(Charts.build(baseline.summary(), baseline.window()).get(3), "The sweep.");
        BriefInput plain = BriefFixtures.baseline().withFindings(findings, List.of(driversChart));

        BriefView runs = BriefView.of(plain);
        assertThat(runs.drivers()).containsExactly(
                "Azerbaijan's patience (days): the higher it is, the less likely a signature by 31 Dec 2026 (partial rank"
                        + " correlation −0.28, 95% interval −0.30 to −0.26).",
                "Chance that a clash escalates: no association the runs can tell from noise (partial rank correlation"
                        + " +0.01, 95% interval −0.01 to +0.03).");
        assertThat(runs.driversNote()).contains("Of the 32 uncertain parameters");
        assertThat(runs.bodyFigures()).extracting(BriefView.FigureView::caption).containsExactly("The drivers.");
        Estimate ifAgreed = Proportion.wilson(579, 1_272);
        assertThat(runs.signposts()).containsExactly("If the text is agreed by 31 Mar 2025, a signature by 31 Dec 2026 has"
                + " a roughly even chance (" + ReportText.percent(ifAgreed) + ", " + ReportText.percentInterval(ifAgreed)
                + ", 1,272 runs); if not, it is unlikely ("
                + KeyJudgments.numbers(Proportion.wilson(2_190, 8_728), "8,728") + ").");
        // The share over all runs that the signposts split is said once, with its interval.
        Estimate overall = Proportion.wilson(2_769, 10_000);
        assertThat(runs.signpostsNote()).startsWith("Over all 10,000 runs, P(signed by 31 Dec 2026) = "
                + ReportText.percent(overall) + " (" + ReportText.percentInterval(overall) + "); each signpost splits");

        for (BriefInput swept : List.of(plain.withSweep("The sweep's finding.", List.of(tornado)),
                BriefFixtures.baseline().withSweep("The sweep's finding.", List.of(tornado))
                        .withFindings(findings, List.of(driversChart)))) {
            BriefView view = BriefView.of(swept);
            assertThat(view.drivers()).containsExactly("The sweep's finding.");
            assertThat(view.driversNote()).isEmpty();
            assertThat(view.bodyFigures()).extracting(BriefView.FigureView::caption).containsExactly("The sweep.");
            assertThat(view.signposts()).hasSize(1);
        }
    }

    /** The baseline's COP29 pace once read "a pace 0.0 times the later one". */
    @Test
    void aDeadlinesPaceIsComparedInWordsThatReadAtAnyRatio() {
        assertThat(BriefView.paceComparison(2.345)).isEqualTo("a pace 2.3 times the later one");
        assertThat(BriefView.paceComparison(1.0)).isEqualTo("a pace 1.0 times the later one");
        assertThat(BriefView.paceComparison(0.04)).isEqualTo("a pace 4% of the later one");
        assertThat(BriefView.paceComparison(0.002)).isEqualTo("a pace under 1% of the later one");
        assertThat(BriefView.paceComparison(0)).isEqualTo("no text was agreed in those weeks, against the later pace");
    }

    @Test
    void provenanceNamesHashSeedRunsVersionJavaAndTime() {
        assertThat(view.provenance()).extracting(BriefView.Entry::name).containsExactly("Scenario", "Title",
                "Forecast window", "Scenario SHA-256", "Seed", "Runs", "treatysim version", "Java", "Created");
        assertThat(view.provenance()).extracting(BriefView.Entry::value).contains("baseline-2024-09", "20240924", "10,000",
                "0.1.0", "17.0.15", "2024-09-25T08:30:00Z", baseline.summary().provenance().scenarioSha256());
        assertThat(view.created()).isEqualTo("25 Sep 2024, 08:30 UTC");
    }

    @Test
    void aForecastWhereNothingHappensStillMakesABrief() {
        SummaryFixtures.Fixture nothing = SummaryFixtures.nothingHappens();
        BriefView empty = BriefView.of(BriefInput.of(nothing.summary(), nothing.window(), List.of()));
        // 0 of 200 runs: the upper end is z² / (200 + z²) = 3.8415 / 203.8415 = 0.0188
        assertThat(empty.headline()).isEqualTo("P(treaty signed by 31 Dec 2025) = 0.00 (95% interval 0.00–0.02, 200 runs)");
        assertThat(empty.deadlines()).isEmpty();
        assertThat(empty.referendum()).isEmpty();
        assertThat(empty.hasAssumptions()).isFalse();
    }
}
