package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the tests that look at a page as a reader would (brief.html, the trace
 * page): finds it on the PATH, skips the test without it on a workstation and fails it when the
 * environment variable CI is set (CI installs the Debian package {@code chromium}), and runs it
 * with a fresh profile, no network services of its own, and the page's console messages logged.
 */
public final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 120;
    /** How Chromium logs a page's console message on stderr with {@code --enable-logging=stderr}. */
    private static final String CONSOLE = ":CONSOLE";

    private final Path browser;
    private final Path work;

    private HeadlessChromium(Path browser, Path work) {
        this.browser = browser;
        this.work = work;
    }

    /** What one run of Chromium printed. */
    public record Output(String out, String err) {
        /** The page's console messages (errors, warnings, logs, content-security-policy violations). */
        public List<String> console() {
            return err.lines().filter(line -> line.contains(CONSOLE)).toList();
        }
    }

    /** Chromium on the PATH, keeping its profiles and output under {@code work}; empty without one. */
    public static Optional<HeadlessChromium> find(Path work) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return Optional.of(new HeadlessChromium(candidate, work));
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test when {@code chromium} is empty on a workstation; fails it when CI is set. */
    public static HeadlessChromium require(Optional<HeadlessChromium> chromium, String page) {
        if (chromium.isPresent()) return chromium.get();
        if (System.getenv("CI") != null) {
            fail("headless Chromium is needed to check " + page + " but was not found on the PATH (looked for "
                    + "chromium, chromium-browser, google-chrome); install the Debian package 'chromium', as .ci/run does");
        }
        Assumptions.abort("headless Chromium is not installed (Debian package 'chromium'), so " + page + " was not "
                + "checked in a browser; set CI=1 to make its absence a failure");
        throw new IllegalStateException("unreachable");
    }

    /** Runs Chromium with {@code arguments} after the common ones; fails the test when it fails or hangs. */
    public Output run(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; its errors:\n" + tail(err));
        }
        assertThat(process.exitValue()).as("Chromium's exit status; its errors:\n" + tail(err)).isZero();
        return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }
}
