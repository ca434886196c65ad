package org.treatysim.stats;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frozen result of a Monte Carlo job: what summary.json, curve.csv and the charts show.
 * Memory does not depend on the number of runs.
 *
 * @param provenance     where it comes from
 * @param outcomes       by the horizon: signed, textAgreed, initialed, collapsed, stalled (Wilson 95%)
 * @param deadlines      per deadline id, in scenario order
 * @param curve          one point per model step, cumulative, pointwise Wilson 95%
 * @param bandHalfWidth  half-width of the simultaneous 95% band for each whole curve
 *                       (Dvoretzky–Kiefer–Wolfowitz: sqrt(ln(2/0.05) / (2N)))
 * @param states         one row per model step: shares of runs in each state
 * @param agreedValues   per issue id: histogram of agreed values on [0, 1] over runs that agreed it
 * @param concessions    per party id: histogram of its concession on [0, 1]
 * @param signingDates   histogram of signature dates, in days after the scenario start
 * @param markers        dated labels for the charts
 * @param referendums    what the runs' referendums did by the horizon; empty when read from a
 *                       summary.json written before treatysim counted them
 */
public record ForecastSummary(Provenance provenance, Map<String, Estimate> outcomes,
                              List<DeadlineOutcome> deadlines, List<CurvePoint> curve, double bandHalfWidth,
                              List<StateShares> states, Map<String, Histogram> agreedValues,
                              Map<String, Histogram> concessions, Histogram signingDates, List<Marker> markers,
                              Optional<ReferendumOutcomes> referendums) {
    public ForecastSummary {
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        deadlines = List.copyOf(deadlines);
        curve = List.copyOf(curve);
        states = List.copyOf(states);
        agreedValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agreedValues));
        concessions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(concessions));
        markers = List.copyOf(markers);
        java.util.Objects.requireNonNull(referendums, "referendums");
    }
}
