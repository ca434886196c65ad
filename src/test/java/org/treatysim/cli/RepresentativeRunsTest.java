package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.Outcome;
import org.treatysim.report.brief.TraceLink;

class RepresentativeRunsTest {

    private static RepresentativeRuns.Ending signed(int run, String day) {
        return new RepresentativeRuns.Ending(run, Outcome.SIGNED, LocalDate.parse(day));
    }

    @Test
    void theMedianSigningIsTheFirstRunOnTheLowerMedianDayAndTheStallTheFirstStall() {
        RepresentativeRuns runs = new RepresentativeRuns();
        // Signing days sorted: 03-01, 03-01, 04-01, 05-01; the lower median is the second, 03-01,
        // first reached by run 1.
        runs.see(signed(0, "2025-05-01"));
        runs.see(signed(1, "2025-03-01"));
        runs.see(new RepresentativeRuns.Ending(2, Outcome.STALLED, null));
        runs.see(signed(3, "2025-04-01"));
        runs.see(signed(4, "2025-03-01"));
        runs.see(new RepresentativeRuns.Ending(5, Outcome.STALLED, null));
        assertThat(runs.chosen()).containsExactly(
                new RepresentativeRuns.Representative(RepresentativeRuns.Kind.MEDIAN_SIGNING, 1),
                new RepresentativeRuns.Representative(RepresentativeRuns.Kind.STALL, 2));
    }

    @Test
    void anOddNumberOfCollapsesHasItsMiddleOne() {
        RepresentativeRuns runs = new RepresentativeRuns();
        runs.see(new RepresentativeRuns.Ending(7, Outcome.COLLAPSED, LocalDate.parse("2025-06-01")));
        runs.see(new RepresentativeRuns.Ending(8, Outcome.COLLAPSED, LocalDate.parse("2025-01-01")));
        runs.see(new RepresentativeRuns.Ending(9, Outcome.COLLAPSED, LocalDate.parse("2025-02-01")));
        assertThat(runs.chosen()).containsExactly(
                new RepresentativeRuns.Representative(RepresentativeRuns.Kind.COLLAPSE, 9));
        assertThat(runs.chosen().get(0).fileName()).isEqualTo("collapse-run-9.html");
    }

    @Test
    void linksListThePagesFoundInKindOrderAndNothingElse(@TempDir Path folder) throws Exception {
        assertThat(RepresentativeRuns.links(folder)).isEmpty();
        Path traces = Files.createDirectory(folder.resolve("traces"));
        for (String name : List.of("stall-run-4.html", "collapse-run-12.html", "median-signing-run-30.html",
                "notes.txt", ".stall-run-5.html.partial-1-0")) {
            Files.writeString(traces.resolve(name), "x");
        }
        assertThat(RepresentativeRuns.links(folder)).containsExactly(
                new TraceLink("traces/median-signing-run-30.html", "The median signing: run 30"),
                new TraceLink("traces/collapse-run-12.html", "A collapse (the median one): run 12"),
                new TraceLink("traces/stall-run-4.html", "A stall (neither signed nor collapsed by the horizon): run 4"));
    }
}
