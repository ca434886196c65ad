package org.treatysim.report.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatysim.report.chart.ReportText;

/**
 * A scenario value as the annex of assumptions says it: a distribution in words ("uniform
 * between 120 and 720 days"), yes or no for a switch, or the value as written.
 */
final class ValueWords {
    /** "{ triangular: [120, 300, 720] }", "{ choice: [[0.8, 3], [1.6, 1]] }". */
    private static final Pattern DISTRIBUTION = Pattern.compile("\\{\\s*([a-z]+)\\s*:\\s*\\[(.*)\\]\\s*\\}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

    private ValueWords() { }

    /**
     * The value in words.
     *
     * @param value as written in the scenario
     * @param unit  the unit to put after numbers ("days"), or empty
     */
    static String of(String value, String unit) {
        String v = value.strip();
        if (v.equals("true")) return "yes";
        if (v.equals("false")) return "no";
        if (ISO_DATE.matcher(v).matches()) return ReportText.date(LocalDate.parse(v));
        String u = unit.isEmpty() ? "" : " " + unit;
        Matcher m = DISTRIBUTION.matcher(v);
        if (!m.matches()) return NUMBER.matcher(v).matches() ? v + u : v;
        List<String> n = numbers(m.group(2));
        String kind = m.group(1);
        switch (kind) {
            case "uniform":
                if (n.size() == 2) return "uniform between " + n.get(0) + " and " + n.get(1) + u;
                break;
            case "triangular":
                if (n.size() == 3) {
                    return "between " + n.get(0) + " and " + n.get(2) + u + ", most likely " + n.get(1) + " (triangular)";
                }
                break;
            case "normal":
                if (n.size() == 2) return "normal with mean " + n.get(0) + u + " and standard deviation " + n.get(1);
                break;
            case "truncnormal":
                if (n.size() == 4) {
                    return "normal with mean " + n.get(0) + " and standard deviation " + n.get(1) + ", kept between "
                            + n.get(2) + " and " + n.get(3) + u;
                }
                break;
            case "beta":
                if (n.size() == 2) {
                    double a = Double.parseDouble(n.get(0));
                    double b = Double.parseDouble(n.get(1));
                    return "beta(" + n.get(0) + ", " + n.get(1) + "), between 0 and 1 with mean " + round(a / (a + b));
                }
                break;
            case "lognormal":
                if (n.size() == 2) {
                    return "log-normal with median " + round(StrictMath.exp(Double.parseDouble(n.get(0)))) + u
                            + " (μ " + n.get(0) + ", σ " + n.get(1) + ")";
                }
                break;
            case "choice":
                if (n.size() >= 2 && n.size() % 2 == 0) return choice(n, u);
                break;
            default:
                break;
        }
        return v;
    }

    /** "0.8 with chance 75% or 1.6 with chance 25%". */
    private static String choice(List<String> n, String unit) {
        double total = 0;
        for (int i = 1; i < n.size(); i += 2) total += Double.parseDouble(n.get(i));
        if (!(total > 0)) return String.join(", ", n);
        List<String> options = new ArrayList<>();
        for (int i = 0; i < n.size(); i += 2) {
            double share = Double.parseDouble(n.get(i + 1)) / total;
            options.add(n.get(i) + unit + " with chance " + new BigDecimal(Double.toString(share * 100))
                    .setScale(0, RoundingMode.HALF_UP).toPlainString() + "%");
        }
        return String.join(" or ", options);
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }

    private static String round(double x) {
        return new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }

    /** The unit a parameter's numbers are in, from its path: "days" for a {@code …Days} parameter, "weeks" for {@code …Weeks}. */
    static String unit(String path) {
        if (path.contains(".multiply.")) return "";
        if (path.endsWith("Days")) return "days";
        if (path.endsWith("Weeks")) return "weeks";
        return "";
    }
}
