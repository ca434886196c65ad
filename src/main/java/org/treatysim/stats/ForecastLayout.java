package org.treatysim.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Scenario;

/**
 * What a forecast counts and on which calendar: the dates of the curve's rows, the issues and
 * parties, the deadlines and the chart markers. Built from a scenario; fixed for a whole job so
 * that every thread's accumulator has the same shape.
 *
 * <p>The curve has one row per model step k = 1..steps, dated start + k·stepDays, the last row
 * clamped to the horizon. A milestone dated d counts in every row dated on or after d.
 *
 * @param scenarioId  the scenario id
 * @param title       the scenario title
 * @param start       first simulated day
 * @param horizon     last simulated day
 * @param stepDays    days per model step, &ge; 1
 * @param rowDates    the curve's dates, ascending, the last one the horizon
 * @param issueIds    issue ids in scenario order
 * @param partyIds    party ids in scenario order (first, second)
 * @param deadlines   deadlines to report, in scenario order
 * @param markers     dated labels for charts
 * @param valueBins   bins of the agreed-value and concession histograms on [0, 1], &ge; 1
 * @param signingBins bins of the signing-date histogram on [0, horizon − start] days, &ge; 1
 * @param referendumThresholds per issue, the value beyond which a package needs the first party's
 *                    referendum before signature; NaN for issues that never need one (and for
 *                    every issue when the second party does not require the referendum)
 */
public record ForecastLayout(String scenarioId, String title, LocalDate start, LocalDate horizon, int stepDays,
                             List<LocalDate> rowDates, List<String> issueIds, List<String> partyIds,
                             List<Deadline> deadlines, List<Marker> markers, int valueBins, int signingBins,
                             List<Double> referendumThresholds) {

    /**
     * Bins of the agreed-value and concession histograms: steps of 0.01 on [0, 1], so that the
     * quantiles the charts read from them are within 0.01 of the runs' own.
     */
    public static final int VALUE_BINS = 100;

    public ForecastLayout {
        Components.requireNonNull("scenarioId, start, horizon", scenarioId, start, horizon);
        rowDates = List.copyOf(rowDates);
        issueIds = List.copyOf(issueIds);
        partyIds = List.copyOf(partyIds);
        deadlines = List.copyOf(deadlines);
        markers = List.copyOf(markers);
        referendumThresholds = List.copyOf(referendumThresholds);
        if (referendumThresholds.size() != issueIds.size()) {
            throw new IllegalArgumentException("one referendum threshold (or NaN) per issue");
        }
        if (!horizon.isAfter(start) || stepDays < 1 || rowDates.isEmpty() || valueBins < 1 || signingBins < 1) {
            throw new IllegalArgumentException("a layout needs start < horizon, stepDays >= 1, rows and bins");
        }
        if (!rowDates.get(rowDates.size() - 1).equals(horizon)) {
            throw new IllegalArgumentException("the last row must be the horizon");
        }
    }

    /**
     * A deadline as reported: probabilities by its (fixed) last day.
     *
     * @param id    deadline id
     * @param label its label
     * @param end   its last day
     */
    public record Deadline(String id, String label, LocalDate end) {
        public Deadline {
            Components.requireNonNull("id, label, end", id, label, end);
        }
    }

    /** The layout of a scenario's forecast. */
    public static ForecastLayout of(Scenario scenario) {
        int steps = scenario.steps();
        List<LocalDate> rows = new ArrayList<>(steps);
        for (int k = 1; k <= steps; k++) {
            LocalDate date = scenario.start().plusDays((long) k * scenario.stepDays());
            rows.add(date.isAfter(scenario.horizon()) ? scenario.horizon() : date);
        }
        List<Deadline> deadlines = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (DeadlineSpec d : scenario.deadlines()) {
            deadlines.add(new Deadline(d.id(), d.label(), d.end()));
            markers.add(new Marker(d.date(), d.end(), d.label(), Marker.Kind.DEADLINE));
        }
        for (EventSpec e : scenario.events()) {
            markers.add(new Marker(e.date(), e.date(), e.label(), Marker.Kind.EVENT));
        }
        scenario.ratification().referendum().ifPresent(r ->
                markers.add(new Marker(r.earliest(), r.earliest(), "Earliest referendum", Marker.Kind.REFERENDUM)));
        boolean voteBeforeSigning = scenario.ratification().referendum().map(r -> r.precondition()).orElse(false);
        List<Double> thresholds = scenario.issues().stream()
                .map(i -> voteBeforeSigning && i.referendum() ? i.referendumThreshold() : Double.NaN).toList();
        long horizonDays = ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
        // About one bin per month: fine enough to see clustering before a deadline.
        int signingBins = (int) Math.max(1, Math.ceil(horizonDays / 30.0));
        return new ForecastLayout(scenario.id(), scenario.title(), scenario.start(), scenario.horizon(),
                scenario.stepDays(), rows, scenario.issues().stream().map(IssueSpec::id).toList(),
                scenario.parties().stream().map(PartySpec::id).toList(), deadlines, markers, VALUE_BINS,
                signingBins, thresholds);
    }

    /** True when a package with these agreed values (per issue) needs the referendum before signature. */
    public boolean needsReferendum(double[] agreedValues) {
        for (int i = 0; i < agreedValues.length; i++) {
            double threshold = referendumThresholds.get(i);
            if (!Double.isNaN(threshold) && agreedValues[i] > threshold) return true;
        }
        return false;
    }

    /** Days from start to horizon. */
    public long horizonDays() {
        return ChronoUnit.DAYS.between(start, horizon);
    }
}
