package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ProbabilityWords;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.chart.SummaryFixtures;
import org.treatysim.report.chart.SummaryFixtures.ToyRun;
import org.treatysim.stats.Estimate;

class KeyJudgmentsTest {
    /** "is unlikely (27.7%, 26.8–28.6%, 10,000 runs)": the word, the number, its interval and the runs. */
    private static final Pattern JUDGMENT = Pattern.compile(
            "(has almost no chance|is very unlikely|is unlikely|has a roughly even chance|is likely|is very likely"
                    + "|is almost certain) \\((\\d+(?:\\.\\d+)?)%, (\\d+(?:\\.\\d+)?)–(\\d+(?:\\.\\d+)?)%, ([\\d,]+) runs\\)");

    @Test
    void atEveryBandEdgeTheSentenceCarriesTheWordOfItsNumber() {
        LocalDate date = LocalDate.of(2025, 12, 31);
        for (double edge : ProbabilityWords.EDGES) {
            for (double p : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                long k = Math.round(p * 10_000);
                Estimate estimate = new Estimate(p, Proportion.wilson(k, 10_000).lo(), Proportion.wilson(k, 10_000).hi());
                String sentence = Sentences.render("judgment-signed", KeyJudgments.scope(date, estimate, "10,000"));
                assertThat(sentence).startsWith("A signature by 31 Dec 2025 " + ProbabilityWords.of(p).predicate() + " (")
                        .contains(ReportText.percent(estimate) + ", " + ReportText.percentInterval(estimate) + ", 10,000 runs")
                        .endsWith(").");
            }
        }
    }

    @Test
    void theBaselineGetsFiveJudgmentsEachWithTheWordOfItsOwnNumber() {
        SummaryFixtures.Fixture f = SummaryFixtures.baseline();
        BriefFigures figures = new BriefFigures(f.summary(), f.window());
        List<String> judgments = KeyJudgments.of(figures, f.window());

        assertThat(judgments).hasSize(5);
        for (String judgment : judgments) {
            Matcher m = JUDGMENT.matcher(judgment);
            assertThat(m.find()).as(judgment).isTrue();
            double percent = Double.parseDouble(m.group(2));
            assertThat(m.group(1)).as(judgment).contains(ProbabilityWords.of(percent / 100).term());
            assertThat(Double.parseDouble(m.group(3))).isLessThanOrEqualTo(percent);
            assertThat(Double.parseDouble(m.group(4))).isGreaterThanOrEqualTo(percent);
            assertThat(m.group(5)).isEqualTo("10,000");
        }
        Estimate signed2025 = SummaryFixtures.wilson(f.count(ToyRun::signed, LocalDate.of(2025, 12, 31)), 10_000);
        assertThat(judgments.get(0)).startsWith("A signature by 31 Dec 2025 " + ProbabilityWords.of(signed2025).predicate()
                + " (" + KeyJudgments.numbers(signed2025, "10,000") + ")");
        assertThat(judgments.get(1)).startsWith("A signature by 31 Dec 2026 ")
                .contains(KeyJudgments.numbers(figures.byHorizon(Milestone.SIGNED), "10,000"));
        assertThat(judgments.get(2)).startsWith("Agreement on the whole text by 31 Dec 2026 ");
        assertThat(judgments.get(3)).startsWith("A collapse of the talks by 31 Dec 2026 ");
        assertThat(judgments.get(4)).startsWith("Agreement on the text by the end of COP29");
        assertThat(String.join(" ", judgments)).doesNotContain("P(").doesNotContain("= 0.");
    }

    @Test
    void aWindowEndingAtTheHeadlineDateStatesTheSignatureOnce() {
        SummaryFixtures.Fixture f = SummaryFixtures.nothingHappens();
        BriefFigures figures = new BriefFigures(f.summary(), f.window());
        List<String> judgments = KeyJudgments.of(figures, new org.treatysim.report.chart.ForecastWindow(
                f.window().start(), BriefFigures.headlineDate(f.window())));
        assertThat(judgments).hasSizeBetween(3, 5);
        assertThat(judgments.stream().filter(j -> j.startsWith("A signature"))).hasSize(1);
        assertThat(judgments.get(0)).contains("has almost no chance (0.0%");
    }

    @Test
    void aReferendumThatMayComeBeforeTheDateIsNotGivenAsItsReasonButTheRunsStillWaitingForItAre() {
        SummaryFixtures.Fixture f = SummaryFixtures.baseline();
        BriefFigures figures = new BriefFigures(f.summary(), f.window());
        // Starting in September 2025, the headline date is the horizon, after the referendum's earliest day.
        org.treatysim.report.chart.ForecastWindow later = new org.treatysim.report.chart.ForecastWindow(
                LocalDate.of(2025, 9, 1), f.window().horizon());
        LocalDate headline = BriefFigures.headlineDate(later);
        assertThat(SummaryFixtures.REFERENDUM_EARLIEST).isBefore(headline);
        Estimate awaiting = figures.awaitingReferendumAt(headline);
        assertThat(awaiting.p()).as("the fixture has runs waiting for the vote").isGreaterThan(0.05);
        assertThat(figures.at(Milestone.SIGNED, headline).p()).isLessThan(BriefFigures.EVEN_FROM);

        String first = KeyJudgments.of(figures, later).get(0);

        assertThat(first).doesNotContain("cannot be held")
                .endsWith(": in a further " + ReportText.percent(awaiting) + " (" + ReportText.percentInterval(awaiting)
                        + ") of runs the initialed text still awaits the referendum.");
    }

    @Test
    void aReferendumThatCannotComeBeforeTheDateIsItsReason() {
        SummaryFixtures.Fixture f = SummaryFixtures.baseline();
        BriefFigures figures = new BriefFigures(f.summary(), f.window());
        assertThat(SummaryFixtures.REFERENDUM_EARLIEST).isAfter(BriefFigures.headlineDate(f.window()));

        assertThat(KeyJudgments.of(figures, f.window()).get(0)).endsWith(
                ": the treaty needs a constitutional referendum, which cannot be held before "
                        + ReportText.date(SummaryFixtures.REFERENDUM_EARLIEST) + ".");
    }
}
