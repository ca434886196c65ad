package org.treatysim.scenario;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes (FIFOs) for tests of files that must be refused unopened; made with mkfifo. */
public final class NamedPipes {
    private NamedPipes() { }

    /**
     * Makes a named pipe at {@code path}; skips the calling test (reported as skipped, with the
     * reason) where mkfifo is not available, e.g. on Windows.
     */
    public static Path create(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here (" + e.getMessage() + "), so no named pipe to test with");
            throw e;
        }
        mkfifo.getInputStream().readAllBytes();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(path) && !Files.isRegularFile(path),
                "mkfifo did not make a named pipe at " + path);
        return path;
    }
}
