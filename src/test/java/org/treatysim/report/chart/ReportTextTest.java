package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.Estimate;

class ReportTextTest {
    @Test
    void datesAreShortAndEnglishWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ReportText.date(LocalDate.of(2025, 12, 31))).isEqualTo("31 Dec 2025");
            assertThat(ReportText.date(LocalDate.of(2024, 9, 24))).isEqualTo("24 Sep 2024");
            assertThat(ReportText.count(10_000)).isEqualTo("10,000");
            assertThat(ReportText.probability(0.5)).isEqualTo("0.50");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rangesDropWhatTheyShare() {
        assertThat(ReportText.dateRange(LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 22))).isEqualTo("11–22 Nov 2024");
        assertThat(ReportText.dateRange(LocalDate.of(2024, 10, 28), LocalDate.of(2024, 11, 3))).isEqualTo("28 Oct – 3 Nov 2024");
        assertThat(ReportText.dateRange(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 5))).isEqualTo("20 Dec 2024 – 5 Jan 2025");
        assertThat(ReportText.dateRange(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20))).isEqualTo("20 Jan 2025");
    }

    @Test
    void probabilitiesKeepSmallChancesVisible() {
        assertThat(ReportText.probability(0.2345)).isEqualTo("0.23");
        assertThat(ReportText.probability(0.235)).isEqualTo("0.24");
        assertThat(ReportText.probability(0.004)).isEqualTo("0.004");
        assertThat(ReportText.probability(0.0004)).isEqualTo("0.000");
        assertThat(ReportText.probability(0)).isEqualTo("0.00");
        assertThat(ReportText.probability(1)).isEqualTo("1.00");
        assertThat(ReportText.probability(0.995)).isEqualTo("0.995");
        assertThat(ReportText.interval(new Estimate(0.23, 0.2218, 0.2384))).isEqualTo("0.22–0.24");
    }

    @Test
    void estimatesAndIntervalsShareTheirDecimalsAtEveryMagnitude() {
        assertThat(valueAndInterval(0.23, 0.2218, 0.2384)).isEqualTo("0.23 (0.22–0.24)");
        assertThat(valueAndInterval(0.02, 0.017, 0.022)).isEqualTo("0.020 (0.017–0.022)");
        // The band edges: two decimals down to 0.01, a third below it, a fourth below 0.001.
        // At 0.01 two decimals would print the interval as 0.01–0.01, so it gets a third.
        assertThat(valueAndInterval(0.01, 0.008, 0.012)).isEqualTo("0.010 (0.008–0.012)");
        assertThat(valueAndInterval(0.05, 0.04, 0.062)).isEqualTo("0.05 (0.04–0.06)");
        assertThat(valueAndInterval(0.0099, 0.0081, 0.0121)).isEqualTo("0.010 (0.008–0.012)");
        assertThat(valueAndInterval(0.004, 0.0029, 0.0055)).isEqualTo("0.004 (0.003–0.006)");
        assertThat(valueAndInterval(0.000514, 0.00008, 0.0014)).isEqualTo("0.0005 (0.0001–0.0014)");
        assertThat(valueAndInterval(0.995, 0.9935, 0.9962)).isEqualTo("0.995 (0.994–0.996)");
        assertThat(valueAndInterval(0, 0, 0.0037)).isEqualTo("0.000 (0.000–0.004)");
        assertThat(valueAndInterval(1, 0.9963, 1)).isEqualTo("1.000 (0.996–1.000)");
    }

    private static String valueAndInterval(double p, double lo, double hi) {
        Estimate e = new Estimate(p, lo, hi);
        return ReportText.value(e) + " (" + ReportText.interval(e) + ")";
    }

    @Test
    void axisTicksAreRoundAndAtMostTen() {
        assertThat(ChartStyle.tickUnit(1).getSize()).isEqualTo(0.1);
        assertThat(ChartStyle.tickUnit(0.7).getSize()).isEqualTo(0.1);
        assertThat(ChartStyle.tickUnit(0.3).getSize()).isEqualTo(0.05);
        assertThat(ChartStyle.tickUnit(0.07).getSize()).isEqualTo(0.01);
        assertThat(ChartStyle.tickUnit(0.07).valueToString(0.03)).isEqualTo("0.03");
        assertThat(ForecastCharts.niceUpper(0.07 / 0.9)).isCloseTo(0.08, within(1e-12));
        assertThat(ForecastCharts.niceUpper(0.55)).isCloseTo(0.6, within(1e-12));
        assertThat(ForecastCharts.niceUpper(0.97)).isEqualTo(1);
        assertThat(ForecastCharts.niceUpper(0)).isEqualTo(0.05);
    }
}
