package org.treatysim.report.files;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Streams runs.csv.gz: the header, then chunks of rows prepared by {@link RunsCsv#rows} in run
 * order, compressed at deflate level 1. The gzip header carries no timestamp or file name, and the bytes depend only on the
 * rows and the chunk boundaries (fixed by the engine's chunk size, not its thread count), so the
 * file is byte-identical however many threads made it.
 */
public final class RunsCsvWriter implements Closeable {
    private final GZIPOutputStream gzip;

    /** Writes the header of {@code columns} to a gzip stream over {@code out}, which {@link #close} closes. */
    public RunsCsvWriter(OutputStream out, RunsCsv columns) throws IOException {
        gzip = new FastGzip(new BufferedOutputStream(out, 1 << 16));
        gzip.write(columns.header().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends rows made by {@link RunsCsv#rows}. */
    public void write(byte[] rows) throws IOException {
        gzip.write(rows);
    }

    /**
     * Deflate level 1: the file is compressed on one thread while the workers run, and at tens of
     * thousands of rows a second the default level would hold them up; level 1 is several times
     * faster for a somewhat larger file.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Finishes the gzip stream and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        gzip.close();
    }
}
