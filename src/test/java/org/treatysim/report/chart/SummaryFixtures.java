package org.treatysim.report.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ec.util.MersenneTwisterFast;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Histogram;
import org.treatysim.stats.Marker;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ReferendumOutcomes;
import org.treatysim.stats.StateShares;

/**
 * Realistic, internally consistent forecast summaries for report tests, made by a toy simulation
 * of the Armenia–Azerbaijan case (not the model): weekly steps from 2024-09-24 to 2026-12-31, a
 * weekly hazard of agreeing the text that is five times higher in the run-up to COP29 (from
 * 1 Oct to 22 Nov 2024) and scaled per run after the new US administration on 20 Jan 2025;
 * initialing 2–17 weeks after the text; in 65% of runs a constitutional referendum, held no
 * earlier than 1 Jul 2026 and 17–60 weeks after initialing, passing in 55% of runs (a failure
 * collapses the talks in 20% of cases and reopens them otherwise); signature 1–9 weeks after
 * initialing or after a passed referendum; and a 0.06% weekly risk of collapse by escalation.
 *
 * <p>The raw runs are kept, so tests can count the truth directly and compare it with what a
 * report derives from the summary. All milestones fall on step dates, as in the model.
 */
public final class SummaryFixtures {
    public static final LocalDate START = LocalDate.of(2024, 9, 24);
    public static final LocalDate HORIZON = LocalDate.of(2026, 12, 31);
    public static final LocalDate COP29_START = LocalDate.of(2024, 11, 11);
    public static final LocalDate COP29_END = LocalDate.of(2024, 11, 22);
    public static final LocalDate US_ADMINISTRATION = LocalDate.of(2025, 1, 20);
    public static final LocalDate ARMENIAN_ELECTION = LocalDate.of(2026, 6, 7);
    public static final LocalDate REFERENDUM_EARLIEST = LocalDate.of(2026, 7, 1);
    public static final String TITLE =
            "Armenia–Azerbaijan treaty (Azərbaycan–Hayastan), as seen at the UN General Assembly, September 2024";
    public static final Instant CREATED = Instant.parse("2024-09-25T08:30:00Z");
    public static final int STEP_DAYS = 7;

    /** Issue ids and titles, in scenario order. */
    public static final Map<String, String> ISSUES = orderedMap(
            "constitution", "Armenian constitution preamble",
            "transit", "Transit to Nakhchivan",
            "border", "Border delimitation process",
            "claims", "Withdrawal of legal claims",
            "minskGroup", "Dissolution of the OSCE Minsk Group",
            "forces", "No third-party forces on the border",
            "detainees", "Release of detainees",
            "recognition", "Mutual recognition of territorial integrity");

    /**
     * One toy run's history; dates are null when the milestone was not reached by the horizon.
     *
     * @param stateAtHorizon NEGOTIATING, TEXT_AGREED, AWAITING_REFERENDUM, SIGNED or COLLAPSED
     */
    public record ToyRun(LocalDate textAgreed, LocalDate initialed, LocalDate signed, LocalDate collapsed,
                         String stateAtHorizon, double[] agreed, double[] concessions) { }

    /** A summary with the window it covers and the runs it was made from. */
    public record Fixture(ForecastSummary summary, ForecastWindow window, List<ToyRun> runs) {
        /** Runs whose milestone date is on or before {@code date}. */
        public long count(java.util.function.Function<ToyRun, LocalDate> milestone, LocalDate date) {
            return runs.stream().map(milestone).filter(d -> d != null && !d.isAfter(date)).count();
        }
    }

    private SummaryFixtures() { }

    /** The baseline: 10,000 runs, seed 20240924. */
    public static Fixture baseline() {
        return simulate("baseline-2024-09", 20240924L, 10_000, 0.006, 5, true);
    }

    /** Nothing happens: no text is ever agreed, no markers, no deadlines; 200 runs. */
    public static Fixture nothingHappens() {
        return simulate("stalemate", 7L, 200, 0, 1, false);
    }

    /** The 95% Wilson score interval for k successes in n trials (z = 1.959963984540054). */
    public static Estimate wilson(long k, long n) {
        double z = 1.959963984540054;
        double p = k / (double) n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new Estimate(p, Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
    }

    private static Fixture simulate(String id, long seed, int runCount, double weeklyHazard, double deadlinePush,
                                    boolean markers) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int steps = (int) ((ChronoUnit.DAYS.between(START, HORIZON) + STEP_DAYS - 1) / STEP_DAYS);
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 1; k <= steps; k++) {
            LocalDate d = START.plusDays((long) STEP_DAYS * k);
            dates.add(d.isAfter(HORIZON) ? HORIZON : d);
        }
        long[][] states = new long[steps][5];
        List<ToyRun> runs = new ArrayList<>();
        for (int run = 0; run < runCount; run++) {
            double engagement = 0.3 + 1.3 * random.nextDouble();
            boolean needsReferendum = random.nextDouble() < 0.65;
            String state = "NEGOTIATING";
            LocalDate textAgreed = null;
            LocalDate initialed = null;
            LocalDate signed = null;
            LocalDate collapsed = null;
            LocalDate due = null;
            for (int k = 0; k < steps; k++) {
                LocalDate d = dates.get(k);
                boolean terminal = state.equals("SIGNED") || state.equals("COLLAPSED");
                if (!terminal && random.nextDouble() < 0.0006) {
                    state = "COLLAPSED";
                    collapsed = d;
                } else if (!terminal) {
                    switch (state) {
                        case "NEGOTIATING" -> {
                            double h = weeklyHazard;
                            if (!d.isBefore(LocalDate.of(2024, 10, 1)) && !d.isAfter(COP29_END)) h *= deadlinePush;
                            if (!d.isBefore(US_ADMINISTRATION)) h *= engagement;
                            if (!d.isBefore(ARMENIAN_ELECTION)) h *= 0.6;
                            if (random.nextDouble() < h) {
                                if (textAgreed == null) textAgreed = d;
                                state = "TEXT_AGREED";
                                due = d.plusWeeks(2 + random.nextInt(16));
                            }
                        }
                        case "TEXT_AGREED" -> {
                            if (!d.isBefore(due)) {
                                if (initialed == null) initialed = d;
                                if (needsReferendum) {
                                    state = "AWAITING_REFERENDUM";
                                    LocalDate earliest = d.plusWeeks(17 + random.nextInt(44));
                                    due = earliest.isBefore(REFERENDUM_EARLIEST) ? REFERENDUM_EARLIEST : earliest;
                                } else {
                                    state = "SIGNING";
                                    due = d.plusWeeks(1 + random.nextInt(9));
                                }
                            }
                        }
                        case "AWAITING_REFERENDUM" -> {
                            if (!d.isBefore(due)) {
                                if (random.nextDouble() < 0.55) {
                                    state = "SIGNING";
                                    due = d.plusWeeks(1 + random.nextInt(9));
                                } else if (random.nextDouble() < 0.2) {
                                    state = "COLLAPSED";
                                    collapsed = d;
                                } else {
                                    state = "NEGOTIATING";
                                }
                            }
                        }
                        case "SIGNING" -> {
                            if (!d.isBefore(due)) {
                                state = "SIGNED";
                                signed = d;
                            }
                        }
                        default -> throw new IllegalStateException(state);
                    }
                }
                states[k][switch (state) {
                    case "NEGOTIATING" -> 0;
                    case "TEXT_AGREED", "SIGNING" -> 1;
                    case "AWAITING_REFERENDUM" -> 2;
                    case "SIGNED" -> 3;
                    default -> 4;
                }]++;
            }
            double[] agreed = new double[ISSUES.size()];
            java.util.Arrays.fill(agreed, Double.NaN);
            if (textAgreed != null) {
                agreed[0] = 0.3 + 0.6 * random.nextDouble();
                agreed[1] = 0.25 + 0.25 * (random.nextDouble() + random.nextDouble());
                agreed[2] = 0.45 + 0.1 * random.nextDouble();
                agreed[3] = 0.6 + 0.35 * random.nextDouble();
                agreed[4] = 0.95 + 0.05 * random.nextDouble();
                agreed[5] = 0.4 + 0.5 * random.nextDouble();
                agreed[6] = 0.2 + 0.3 * random.nextDouble();
                agreed[7] = 0.5;
            }
            double bonus = textAgreed != null ? 1 : 0;
            double[] concessions = {0.15 + 0.35 * random.nextDouble() + 0.1 * bonus,
                    0.05 + 0.25 * random.nextDouble() + 0.05 * bonus};
            String endState = state.equals("SIGNING") ? "TEXT_AGREED" : state;
            runs.add(new ToyRun(textAgreed, initialed, signed, collapsed, endState, agreed, concessions));
        }
        return new Fixture(summarise(id, seed, runCount, dates, states, runs, markers),
                new ForecastWindow(START, HORIZON), List.copyOf(runs));
    }

    private static ForecastSummary summarise(String id, long seed, int n, List<LocalDate> dates, long[][] states,
                                             List<ToyRun> runs, boolean markers) {
        List<CurvePoint> curve = new ArrayList<>();
        List<StateShares> shares = new ArrayList<>();
        long[] signed = cumulative(runs, ToyRun::signed, dates);
        long[] text = cumulative(runs, ToyRun::textAgreed, dates);
        long[] initialed = cumulative(runs, ToyRun::initialed, dates);
        long[] collapsed = cumulative(runs, ToyRun::collapsed, dates);
        for (int k = 0; k < dates.size(); k++) {
            LocalDate d = dates.get(k);
            curve.add(new CurvePoint(d, wilson(signed[k], n), wilson(text[k], n), wilson(initialed[k], n),
                    wilson(collapsed[k], n)));
            long[] s = states[k];
            shares.add(new StateShares(d, s[0] / (double) n, s[1] / (double) n, s[2] / (double) n,
                    s[3] / (double) n, s[4] / (double) n));
        }
        Map<String, Estimate> outcomes = new LinkedHashMap<>();
        outcomes.put("signed", wilson(count(runs, ToyRun::signed, HORIZON), n));
        outcomes.put("textAgreed", wilson(count(runs, ToyRun::textAgreed, HORIZON), n));
        outcomes.put("initialed", wilson(count(runs, ToyRun::initialed, HORIZON), n));
        outcomes.put("collapsed", wilson(count(runs, ToyRun::collapsed, HORIZON), n));
        outcomes.put("stalled", wilson(runs.stream().filter(r -> r.signed() == null && r.collapsed() == null).count(), n));

        Map<String, Histogram> agreedValues = new LinkedHashMap<>();
        int issue = 0;
        for (Map.Entry<String, String> e : ISSUES.entrySet()) {
            long[] counts = new long[20];
            for (ToyRun r : runs) {
                double v = r.agreed()[issue];
                if (!Double.isNaN(v)) counts[Math.min(19, (int) (v * 20))]++;
            }
            agreedValues.put(e.getKey(), new Histogram(e.getValue(), 0, 1, counts));
            issue++;
        }
        Map<String, Histogram> concessions = new LinkedHashMap<>();
        String[][] parties = {{"ARM", "Armenia"}, {"AZE", "Azerbaijan"}};
        for (int p = 0; p < 2; p++) {
            long[] counts = new long[20];
            for (ToyRun r : runs) counts[Math.min(19, (int) (r.concessions()[p] * 20))]++;
            concessions.put(parties[p][0], new Histogram(parties[p][1], 0, 1, counts));
        }
        long[] signing = new long[30];
        for (ToyRun r : runs) {
            if (r.signed() != null) signing[(int) (ChronoUnit.DAYS.between(START, r.signed()) / 28)]++;
        }
        Histogram signingDates = new Histogram("Signature date (days after start)", 0, 840, signing);

        List<DeadlineOutcome> deadlines = markers
                ? List.of(new DeadlineOutcome("cop29", "COP29, Baku", COP29_END,
                        wilson(count(runs, ToyRun::signed, COP29_END), n),
                        wilson(count(runs, ToyRun::textAgreed, COP29_END), n)))
                : List.of();
        List<Marker> marks = markers
                ? List.of(new Marker(COP29_START, COP29_END, "COP29, Baku", Marker.Kind.DEADLINE),
                        new Marker(US_ADMINISTRATION, US_ADMINISTRATION, "New US administration", Marker.Kind.EVENT),
                        new Marker(ARMENIAN_ELECTION, ARMENIAN_ELECTION, "Armenian parliamentary election", Marker.Kind.EVENT),
                        new Marker(REFERENDUM_EARLIEST, HORIZON, "Constitutional referendum possible", Marker.Kind.REFERENDUM))
                : List.of();
        Provenance provenance = new Provenance(id, markers ? TITLE : "A stalemate", n, seed, sha256(id + seed),
                "0.1.0", "17.0.15", CREATED);
        double band = Math.sqrt(Math.log(2 / 0.05) / (2.0 * n));
        return new ForecastSummary(provenance, outcomes, deadlines, curve, band, shares, agreedValues, concessions,
                signingDates, marks, Optional.of(ReferendumOutcomes.of(n * 30 / 100, n * 3 / 100, n * 7 / 100, n)));
    }

    /** Runs whose milestone falls on or before each date (dates ascending; milestones fall on them). */
    private static long[] cumulative(List<ToyRun> runs, java.util.function.Function<ToyRun, LocalDate> milestone,
                                     List<LocalDate> dates) {
        Map<LocalDate, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < dates.size(); k++) index.put(dates.get(k), k);
        long[] counts = new long[dates.size()];
        for (ToyRun r : runs) {
            LocalDate d = milestone.apply(r);
            if (d != null) counts[index.get(d)]++;
        }
        for (int k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
        return counts;
    }

    private static long count(List<ToyRun> runs, java.util.function.Function<ToyRun, LocalDate> milestone, LocalDate d) {
        return runs.stream().map(milestone).filter(x -> x != null && !x.isAfter(d)).count();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}
