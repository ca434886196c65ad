package org.treatysim.cli;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.treatysim.montecarlo.RunRequest;

/**
 * A job that would run for minutes, in its own JVM, for {@link ForecastJobTest}'s Ctrl-C test:
 * prints {@link #RUNNING} once runs.csv.gz is being written, then waits to be stopped by a signal.
 */
public final class SlowJobMain {
    static final String RUNNING = "running";

    private SlowJobMain() { }

    public static void main(String[] args) throws Exception {
        AtomicBoolean told = new AtomicBoolean();
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            ForecastJob.run(ForecastJobTest.toy(2000), new ForecastJob.Options(new RunRequest.Fixed(50_000_000), 2,
                    Path.of(args[0]), false, true, false), (stage, done, total) -> {
                if (done >= 5000 && told.compareAndSet(false, true)) {
                    System.out.println(RUNNING);
                    System.out.flush();
                }
            });
        }
    }
}
