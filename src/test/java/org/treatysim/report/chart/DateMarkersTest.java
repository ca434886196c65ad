package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.Marker;

class DateMarkersTest {
    private static final LocalDate FROM = LocalDate.of(2024, 9, 24);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static Marker event(LocalDate date, String label) {
        return new Marker(date, date, label, Marker.Kind.EVENT);
    }

    @Test
    void labelsAFewWeeksApartTakeDifferentRows() {
        List<DateMarkers.Placed> placed = DateMarkers.layout(List.of(
                new Marker(LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 22), "COP29, Baku", Marker.Kind.DEADLINE),
                event(LocalDate.of(2025, 1, 20), "New US administration")), FROM, TO);
        assertThat(placed).extracting(DateMarkers.Placed::row).containsExactly(0, 1);
        assertThat(DateMarkers.rows(placed)).isEqualTo(2);
    }

    @Test
    void labelsFarApartShareTheTopRow() {
        List<DateMarkers.Placed> placed = DateMarkers.layout(List.of(
                event(LocalDate.of(2024, 10, 1), "A"), event(LocalDate.of(2025, 10, 1), "B")), FROM, TO);
        assertThat(placed).extracting(DateMarkers.Placed::row).containsExactly(0, 0);
    }

    @Test
    void aLabelThatWouldRunOffTheRightEdgeEndsAtItsMarker() {
        List<DateMarkers.Placed> placed = DateMarkers.layout(List.of(
                event(LocalDate.of(2024, 10, 1), "Early"), event(LocalDate.of(2026, 12, 1), "A long label near the end")),
                FROM, TO);
        assertThat(placed).extracting(DateMarkers.Placed::leftward).containsExactly(false, true);
    }

    @Test
    void markersOutsideTheWindowAreDroppedAndWindowsAreClipped() {
        List<DateMarkers.Placed> placed = DateMarkers.layout(List.of(
                event(LocalDate.of(2024, 1, 1), "Before"),
                event(LocalDate.of(2027, 6, 1), "After"),
                new Marker(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), "Referendum", Marker.Kind.REFERENDUM)),
                FROM, TO);
        assertThat(placed).hasSize(1);
        // a one-day referendum marker is its earliest date: the window runs on to the chart's end
        assertThat(placed.get(0).marker().end()).isEqualTo(TO);
        assertThat(placed.get(0).text()).isEqualTo("Referendum (from 1 Jul 2026)");
    }

    @Test
    void labelsSayWhenInShortDates() {
        assertThat(DateMarkers.text(new Marker(LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 22), "COP29",
                Marker.Kind.DEADLINE))).isEqualTo("COP29 (11–22 Nov 2024)");
        assertThat(DateMarkers.text(event(LocalDate.of(2025, 1, 20), "Inauguration"))).isEqualTo("Inauguration (20 Jan 2025)");
    }

    @Test
    void headroomGrowsWithRows() {
        List<DateMarkers.Placed> one = DateMarkers.layout(List.of(event(LocalDate.of(2025, 1, 1), "A")), FROM, TO);
        List<DateMarkers.Placed> three = DateMarkers.layout(List.of(event(LocalDate.of(2025, 1, 1), "A long label"),
                event(LocalDate.of(2025, 1, 8), "Another long label"), event(LocalDate.of(2025, 1, 15), "A third")), FROM, TO);
        assertThat(DateMarkers.rows(three)).isEqualTo(3);
        assertThat(DateMarkers.headroom(three, 300)).isGreaterThan(DateMarkers.headroom(one, 300));
        assertThat(DateMarkers.headroom(List.of(), 300)).isEqualTo(0.04);
    }
}
