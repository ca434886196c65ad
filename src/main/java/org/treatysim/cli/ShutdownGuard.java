package org.treatysim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) or SIGTERM into an interrupt of the thread that runs a job, and holds the
 * JVM's shutdown until that job has cleaned up (deleted its temporary folder) and said so, so a
 * stopped run leaves nothing half-written. Install it around a job; close it after the job's own
 * cleanup and after the line on stderr that says the job stopped. The JVM then exits with the
 * signal's status, 128 + its number: 130 for SIGINT, 143 for SIGTERM.
 */
final class ShutdownGuard implements AutoCloseable {
    /** How long shutdown waits for the job to clean up. */
    static final long CLEANUP_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGuard(Thread job) {
        hook = new Thread(() -> {
            job.interrupt();
            try {
                finished.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "treatysim-shutdown");
    }

    /** Guards the calling thread's job until {@link #close}. */
    static ShutdownGuard install() {
        ShutdownGuard guard = new ShutdownGuard(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** The job has finished, normally or not, and cleaned up: shutdown may proceed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and now returns: nothing to remove.
        }
    }
}
