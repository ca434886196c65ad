package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    static final long SECOND = 1_000_000_000L;

    @Test
    void plainLinesOnlyAfterTheFirstSecondAndAtMostEveryFiveSeconds() {
        AtomicLong now = new AtomicLong(0);
        StringWriter text = new StringWriter();
        try (ProgressReporter progress = new ProgressReporter(false, System.err, new PrintWriter(text), now::get)) {
            progress.progress("runs", 100, 1000);            // t = 0: quiet
            now.set(SECOND / 2);
            progress.progress("runs", 200, 1000);            // t = 0.5 s: still quiet
            now.set(5 * SECOND);
            progress.progress("runs", 300, 1000);            // t = 5 s: a line
            now.set(7 * SECOND);
            progress.progress("runs", 400, 1000);            // 2 s later: no line
            now.set(8 * SECOND);
            progress.progress("runs", 1000, 1000);           // done: a line
        }
        assertThat(text.toString().lines()).containsExactly("treatysim: runs 300/1000 (30%)",
                "treatysim: runs 1000/1000 (100%)");
    }

    @Test
    void aShortJobShowsNothing() {
        StringWriter text = new StringWriter();
        try (ProgressReporter progress = new ProgressReporter(false, System.err, new PrintWriter(text), () -> 0L)) {
            progress.progress("runs", 1000, 1000);
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aTerminalGetsABar() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = new ProgressReporter(true, new PrintStream(bar, true, StandardCharsets.UTF_8),
                new PrintWriter(lines), now::get)) {
            now.set(2 * SECOND);
            progress.progress("pilot", 500, 1000);
            progress.progress("pilot", 1000, 1000);
        }
        assertThat(lines.toString()).isEmpty();
        assertThat(bar.toString(StandardCharsets.UTF_8)).contains("pilot").contains("1000/1000");
    }
}
