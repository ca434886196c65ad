package org.treatysim.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.treatysim.stats.Estimate;

/**
 * How numbers and dates are written on charts and in briefs, in one place so that a figure
 * reads the same everywhere: dates as "31 Dec 2025", run counts as "10,000", probabilities with
 * two decimals (three near 0 and 1, where two would round a real chance to 0.00 or 1.00).
 * English, whatever the machine's locale.
 */
public final class ReportText {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
    /** Enough for a share of up to 2³¹ runs (4.7·10⁻¹⁰) to show a significant digit. */
    private static final int MOST_DECIMALS = 10;

    private ReportText() { }

    /** "31 Dec 2025". */
    public static String date(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /** "11–22 Nov 2024", "28 Oct – 3 Nov 2024", "20 Dec 2024 – 5 Jan 2025", or one date when equal. */
    public static String dateRange(LocalDate from, LocalDate to) {
        if (from.equals(to)) return date(from);
        if (from.getYear() != to.getYear()) return date(from) + " – " + date(to);
        if (from.getMonth() != to.getMonth()) return DAY_MONTH.format(from) + " – " + date(to);
        return DAY.format(from) + "–" + date(to);
    }

    /** A count with thousands separators: "10,000". */
    public static String count(long count) {
        return new DecimalFormat("#,##0", ENGLISH).format(count);
    }

    /**
     * A probability: two decimals ("0.23"), or three when strictly between 0 and 0.01 or between
     * 0.99 and 1 ("0.004"), so that a small but real chance is not shown as zero.
     */
    public static String probability(double p) {
        boolean extreme = (p > 0 && p < 0.01) || (p > 0.99 && p < 1);
        return fixed(p, extreme ? 3 : 2);
    }

    /** An estimate's probability, with as many decimals as {@link #interval} uses for its ends. */
    public static String value(Estimate estimate) {
        return value(estimate, 2);
    }

    /** An estimate's probability with at least {@code fewest} decimals, as many as {@link #interval(Estimate, int, String)} uses. */
    public static String value(Estimate estimate, int fewest) {
        return fixed(estimate.p(), decimals(estimate, fewest));
    }

    /**
     * "0.22–0.24": an interval's ends, joined by an en dash, with the decimals of
     * {@link #decimals(Estimate, int)} from two: "0.017–0.022", not "0.02–0.02", and
     * "0.0005 (0.0001–0.0014)", not "0.001 (0.000–0.001)".
     */
    public static String interval(Estimate estimate) {
        return interval(estimate, 2, "–");
    }

    /** An interval's ends with at least {@code fewest} decimals (see {@link #decimals(Estimate, int)}), joined by {@code dash}. */
    public static String interval(Estimate estimate, int fewest, String dash) {
        int decimals = decimals(estimate, fewest);
        return fixed(estimate.lo(), decimals) + dash + fixed(estimate.hi(), decimals);
    }

    /**
     * How many decimals an estimate and its interval get, the same for all three so that they
     * read together: at least {@code fewest}; enough to give the estimate's distance from the
     * nearer of 0 and 1 a significant digit (0.0005, 0.9995; for an estimate of exactly 0 or 1,
     * the far end of its interval: 0.0000–0.0004), so that a small chance does not read as 0 or as
     * twice its size; and then enough that the two ends of the interval differ.
     */
    public static int decimals(Estimate e, int fewest) {
        double distance = e.p() == 0 ? e.hi() : e.p() == 1 ? 1 - e.lo() : Math.min(e.p(), 1 - e.p());
        int decimals = fewest;
        if (distance > 0 && distance < 1) {
            BigDecimal exact = new BigDecimal(Double.toString(distance));
            decimals = Math.max(decimals, exact.scale() - exact.precision() + 1);
        }
        // An interval narrower than the decimals show gets more, up to the digits a share of runs can have.
        while (e.hi() > e.lo() && decimals < MOST_DECIMALS && fixed(e.lo(), decimals).equals(fixed(e.hi(), decimals))) {
            decimals++;
        }
        return decimals;
    }

    /**
     * An estimate as a percentage, "27.7%": one decimal, or as many as {@link #decimals(Estimate, int)}
     * gives it from three decimals of the probability, so that 0.0005 reads "0.05%", not "0.0%".
     */
    public static String percent(Estimate estimate) {
        return percentText(estimate.p(), percentDecimals(estimate)) + "%";
    }

    /** An estimate's interval as percentages with the decimals of {@link #percent}: "26.8–28.6%". */
    public static String percentInterval(Estimate estimate) {
        int decimals = percentDecimals(estimate);
        return percentText(estimate.lo(), decimals) + "–" + percentText(estimate.hi(), decimals) + "%";
    }

    /** An estimate as a percentage with its interval in brackets: "27.7% (26.8–28.6%)". */
    public static String percentWithInterval(Estimate estimate) {
        return percent(estimate) + " (" + percentInterval(estimate) + ")";
    }

    private static int percentDecimals(Estimate estimate) {
        return decimals(estimate, 3) - 2;
    }

    private static String percentText(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Rounds the shortest decimal that names the double (0.235, not 0.23499999…), half up. */
    private static String fixed(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
