package org.treatysim.montecarlo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.stats.RunAccumulator;

/**
 * Runs replications on a fixed pool of threads.
 *
 * <p>Workers pull chunks of consecutive run indices from a shared counter (the only shared
 * mutable state besides the sink's reorder buffer), run each with their own
 * {@link RunSimulator} (reused across runs) and count it into their own accumulator. At the end
 * the accumulators are merged in worker order. A run's result depends only on the scenario, its
 * seed and the run index, and the accumulators hold exact counts, so the merged result is
 * bit-identical for any thread count and any scheduling.
 *
 * <p>With a sink, finished chunks wait in a reorder buffer until every earlier chunk has been
 * written; a worker may start a chunk only while fewer than {@code maxChunksAhead} chunks are
 * started but not yet written, so the buffer holds at most that many chunks whatever the run
 * count.
 *
 * <p>Interrupting the calling thread stops the workers (each checks between runs), waits for
 * them and throws {@link InterruptedException}; nothing is merged.
 */
public final class MonteCarloEngine {
    /** Runs per chunk by default: large enough to amortise the counter, small enough to balance. */
    public static final int DEFAULT_CHUNK = 256;

    private final int threads;
    private final int chunkSize;
    private final int maxChunksAhead;

    /** An engine on {@code threads} threads with the default chunk size. */
    public MonteCarloEngine(int threads) {
        this(threads, DEFAULT_CHUNK, 4 * threads);
    }

    /**
     * @param threads        worker threads, &ge; 1
     * @param chunkSize      runs per chunk, &ge; 1
     * @param maxChunksAhead with a sink, most chunks started but not yet written, &ge; threads
     */
    public MonteCarloEngine(int threads, int chunkSize, int maxChunksAhead) {
        if (threads < 1 || chunkSize < 1 || maxChunksAhead < threads) {
            throw new IllegalArgumentException("need threads >= 1, chunkSize >= 1, maxChunksAhead >= threads");
        }
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.maxChunksAhead = maxChunksAhead;
    }

    /** One thread per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs indices {@code first .. first + count − 1}.
     *
     * @param simulators   makes one simulator per worker thread
     * @param first        first run index, &ge; 0
     * @param count        runs, &ge; 0, with first + count − 1 ≤ Integer.MAX_VALUE
     * @param accumulators makes one empty accumulator per worker, plus one for the merged result
     * @param sink         receives the runs in order, or null
     * @param stage        the stage name passed to {@code progress}
     * @param progress     told after every chunk
     * @return the merged counts of all runs
     * @throws InterruptedException when the calling thread is interrupted; the workers are stopped
     * @throws MonteCarloException  when a run throws or the sink fails
     */
    public <A extends RunAccumulator<A>> A run(Supplier<? extends RunSimulator> simulators, int first, int count,
                                               Supplier<A> accumulators, RunSink<?> sink, String stage,
                                               ProgressListener progress) throws InterruptedException {
        Objects.requireNonNull(simulators, "simulators");
        Objects.requireNonNull(accumulators, "accumulators");
        Objects.requireNonNull(progress, "progress");
        if (first < 0 || count < 0 || (long) first + count - 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("runs " + first + " + " + count + " out of range");
        }
        Job<A, Object> job = new Job<>(simulators, first, count, accumulators, sink, stage, progress);
        return job.execute();
    }

    /** One call of {@link #run}: the state its workers share. */
    private final class Job<A extends RunAccumulator<A>, C> {
        private final Supplier<? extends RunSimulator> simulators;
        private final int first;
        private final int count;
        private final int chunks;
        private final Supplier<A> accumulators;
        private final RunSink<C> sink;
        private final String stage;
        private final ProgressListener progress;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final AtomicLong done = new AtomicLong();
        private final Semaphore ahead = new Semaphore(maxChunksAhead);
        private final Map<Integer, C> reorder = new HashMap<>();
        private int nextToWrite;
        private boolean writing;

        @SuppressWarnings("unchecked")
        Job(Supplier<? extends RunSimulator> simulators, int first, int count, Supplier<A> accumulators,
            RunSink<?> sink, String stage, ProgressListener progress) {
            this.simulators = simulators;
            this.first = first;
            this.count = count;
            this.chunks = (int) ((count + (long) chunkSize - 1) / chunkSize);
            this.accumulators = accumulators;
            this.sink = (RunSink<C>) sink;
            this.stage = stage;
            this.progress = progress;
        }

        A execute() throws InterruptedException {
            int workers = Math.max(1, Math.min(threads, chunks));
            ExecutorService pool = Executors.newFixedThreadPool(workers, new WorkerThreads());
            CompletionService<Indexed<A>> completion = new ExecutorCompletionService<>(pool);
            List<A> results = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                int index = w;
                completion.submit(() -> new Indexed<>(index, work()));
                results.add(null);
            }
            try {
                for (int w = 0; w < workers; w++) {
                    Future<Indexed<A>> finished = completion.take();
                    Indexed<A> result = finished.get();
                    results.set(result.index(), result.value());
                }
            } catch (ExecutionException failure) {
                stop(pool);
                Throwable cause = failure.getCause();
                if (cause instanceof MonteCarloException e) throw e;
                if (cause instanceof InterruptedException) throw new InterruptedException("a worker was interrupted");
                throw new MonteCarloException("a worker failed: " + cause, -1, cause);
            } catch (InterruptedException interrupted) {
                stop(pool);
                throw interrupted;
            }
            pool.shutdown();
            // Merge in worker order: exact for counts, and fixed even for accumulators that are not.
            A merged = accumulators.get();
            for (A part : results) {
                merged.merge(part);
            }
            return merged;
        }

        private void stop(ExecutorService pool) throws InterruptedException {
            pool.shutdownNow();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new MonteCarloException("workers did not stop within a minute", -1, null);
            }
        }

        private A work() throws InterruptedException, IOException {
            RunSimulator simulator = simulators.get();
            A accumulator = accumulators.get();
            List<RunResult> chunk = sink == null ? null : new ArrayList<>(chunkSize);
            Thread self = Thread.currentThread();
            while (true) {
                if (sink != null) ahead.acquire();
                int c = nextChunk.getAndIncrement();
                if (c >= chunks) {
                    if (sink != null) ahead.release();
                    return accumulator;
                }
                // In longs: a block may end at Integer.MAX_VALUE, so its end (exclusive) is 2³¹.
                long from = first + (long) c * chunkSize;
                long to = Math.min(first + (long) count, from + chunkSize);
                for (long i = from; i < to; i++) {
                    if (self.isInterrupted()) throw new InterruptedException("stopped before run " + i);
                    RunResult result = runOne(simulator, (int) i);
                    accumulator.add(result);
                    if (chunk != null) chunk.add(result);
                }
                if (sink != null) {
                    C prepared = sink.prepare(chunk);
                    chunk.clear();
                    offer(c, prepared);
                }
                progress.progress(stage, done.addAndGet(to - from), count);
            }
        }

        private RunResult runOne(RunSimulator simulator, int index) {
            RunResult result;
            try {
                result = simulator.run(index);
            } catch (RuntimeException e) {
                throw new MonteCarloException("run " + index + " failed: " + e, index, e);
            }
            if (result == null || result.run() != index) {
                throw new MonteCarloException("run " + index + " returned the result of "
                        + (result == null ? "nothing" : "run " + result.run()), index, null);
            }
            return result;
        }

        /**
         * Puts a prepared chunk in the reorder buffer; the first worker to find the next chunk
         * due writes every consecutive chunk that is ready. The check and the hand-over happen
         * under one lock, so a chunk is never left unwritten.
         */
        private void offer(int chunkIndex, C prepared) throws IOException {
            synchronized (reorder) {
                reorder.put(chunkIndex, prepared);
                if (writing) return;
                writing = true;
            }
            boolean handedOver = false;
            try {
                while (true) {
                    C next;
                    synchronized (reorder) {
                        next = reorder.remove(nextToWrite);
                        if (next == null) {
                            writing = false;
                            handedOver = true;
                            return;
                        }
                        nextToWrite++;
                    }
                    sink.write(next);
                    ahead.release();
                }
            } finally {
                if (!handedOver) {
                    synchronized (reorder) {
                        writing = false;
                    }
                }
            }
        }
    }

    private record Indexed<T>(int index, T value) { }

    /** Daemon threads, so a worker stuck in a model bug can never keep the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "treatysim-worker-" + made.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
