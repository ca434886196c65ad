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
        return fixed(estimate.p(), decimals(estimate));
    }

    /**
     * "0.22–0.24": an interval's ends, joined by an en dash; with three decimals where two would
     * print both ends alike ("0.017–0.022", not "0.02–0.02") or hide a small chance.
     */
    public static String interval(Estimate estimate) {
        int decimals = decimals(estimate);
        return fixed(estimate.lo(), decimals) + "–" + fixed(estimate.hi(), decimals);
    }

    /** 2, or 3 when the estimate is near 0 or 1 or its interval is narrower than two decimals show. */
    static int decimals(Estimate e) {
        boolean extreme = (e.p() > 0 && e.p() < 0.01) || (e.p() > 0.99 && e.p() < 1);
        boolean collapses = e.hi() > e.lo() && fixed(e.lo(), 2).equals(fixed(e.hi(), 2));
        return extreme || collapses ? 3 : 2;
    }

    /** Rounds the shortest decimal that names the double (0.235, not 0.23499999…), half up. */
    private static String fixed(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
