package org.treatysim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.treatysim.montecarlo.ProgressListener;

/**
 * Shows a job's progress on stderr once it has run for more than a second: a progress bar
 * (me.tongfei:progressbar) on a terminal, otherwise a plain line every few seconds so that logs
 * stay short. Thread-safe: the engine's workers call it.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    static {
        // The progress bar's library logs through SLF4J; with no binding, SLF4J would warn on stderr
        // at the first bar. The warning means nothing to a user, so only SLF4J errors are shown.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Nothing is shown before this much time has passed. */
    static final long QUIET_NANOS = 1_000_000_000L;
    /** Plain lines come at most this often. */
    static final long LINE_NANOS = 5_000_000_000L;

    private final boolean terminal;
    private final PrintStream barStream;
    private final PrintWriter lines;
    private final LongSupplier clock;
    private final long started;
    private ProgressBar bar;
    private String barStage;
    private long lastLine;

    /**
     * @param terminal  true to draw a bar on {@code barStream}, false for plain lines on {@code lines}
     * @param barStream where the bar goes (stderr)
     * @param lines     where plain lines go (stderr)
     * @param clock     nanosecond clock ({@link System#nanoTime} outside tests)
     */
    ProgressReporter(boolean terminal, PrintStream barStream, PrintWriter lines, LongSupplier clock) {
        this.terminal = terminal;
        this.barStream = barStream;
        this.lines = lines;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        long now = clock.getAsLong();
        if (now - started < QUIET_NANOS) return;
        if (terminal) {
            if (bar == null || !stage.equals(barStage)) {
                if (bar != null) bar.close();
                bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(barStream))
                        .setUpdateIntervalMillis(250).showSpeed().build();
                barStage = stage;
            }
            bar.stepTo(done);
        } else if (now - lastLine >= LINE_NANOS || done == total) {
            lastLine = now;
            lines.printf(Locale.ROOT, "treatysim: %s %d/%d (%.0f%%)%n", stage, done, total, 100.0 * done / total);
            lines.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
