package org.treatysim.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.report.chart.ProbabilityWords;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;

/**
 * The brief's key judgments: three to five plain sentences at its top, each with a word of
 * {@link ProbabilityWords} and the number behind it, "A signature by 31 Dec 2025 is unlikely
 * (27.7%, 26.8–28.6%, 10,000 runs)". In this order: a signature by the headline date, a signature
 * by the horizon (when that is a later date), agreement on the text by the horizon, a collapse of
 * the talks by the horizon, and agreement on the text by the end of the first deadline. When the
 * scenario has a referendum, a signature's sentence gives its part: the vote's earliest day as the
 * reason when that comes after the date and the chance is below even, else the share of runs whose
 * initialed text still waits for the vote then (when it is at least 5%).
 */
final class KeyJudgments {
    private KeyJudgments() { }

    static List<String> of(BriefFigures figures, ForecastWindow window) {
        String runs = ReportText.count(figures.runs());
        LocalDate headlineDate = BriefFigures.headlineDate(window);
        Optional<BriefFigures.ReferendumRole> referendum = figures.referendum();
        List<String> judgments = new ArrayList<>();

        judgments.add(signedBy(headlineDate, figures, referendum, runs));
        if (headlineDate.isBefore(window.horizon())) {
            judgments.add(signedBy(window.horizon(), figures, referendum, runs));
        }
        judgments.add(Sentences.render("judgment-text",
                scope(window.horizon(), figures.byHorizon(Milestone.TEXT_AGREED), runs)));
        judgments.add(Sentences.render("judgment-collapsed",
                scope(window.horizon(), figures.byHorizon(Milestone.COLLAPSED), runs)));
        if (!figures.deadlineOutcomes().isEmpty()) {
            DeadlineOutcome deadline = figures.deadlineOutcomes().get(0);
            Map<String, Object> scope = scope(deadline.end(), deadline.textAgreed(), runs);
            scope.put("label", deadline.label());
            scope.put("end", ReportText.date(deadline.end()));
            judgments.add(Sentences.render("judgment-deadline", scope));
        }
        return List.copyOf(judgments);
    }

    /**
     * "A signature by {@code date} …", with the referendum's part when the scenario has one: the
     * vote's earliest day as the reason when it comes after {@code date} and the chance is below
     * even; else the share of runs whose initialed text still waits for the vote then.
     */
    private static String signedBy(LocalDate date, BriefFigures figures,
                                   Optional<BriefFigures.ReferendumRole> referendum, String runs) {
        Estimate signed = figures.at(Milestone.SIGNED, date);
        Map<String, Object> scope = scope(date, signed, runs);
        Optional<LocalDate> later = referendum.flatMap(BriefFigures.ReferendumRole::earliest)
                .filter(earliest -> earliest.isAfter(date));
        if (later.isPresent()) {
            scope.put("earliest", later.filter(earliest -> signed.p() < BriefFigures.EVEN_FROM).map(ReportText::date));
        } else {
            scope.put("awaiting", referendum.map(r -> figures.awaitingReferendumAt(date)).flatMap(KeyJudgments::material));
        }
        return Sentences.render("judgment-signed", scope);
    }

    /**
     * The share as a percentage with its interval, "47.2% (46.2–48.2%)", when it is worth a clause:
     * at least the scale's first edge (5%).
     */
    private static Optional<String> material(Estimate share) {
        return Optional.of(share).filter(s -> s.p() >= ProbabilityWords.EDGES.get(0))
                .map(ReportText::percentWithInterval);
    }

    /** "27.7%, 26.8–28.6%, 10,000 runs": the number, its 95% interval and the runs behind it. */
    static String numbers(Estimate estimate, String runs) {
        return ReportText.percent(estimate) + ", " + ReportText.percentInterval(estimate) + ", " + runs + " runs";
    }

    static Map<String, Object> scope(LocalDate date, Estimate estimate, String runs) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", ReportText.date(date));
        scope.put("predicate", ProbabilityWords.of(estimate).predicate());
        scope.put("numbers", numbers(estimate, runs));
        return scope;
    }
}
