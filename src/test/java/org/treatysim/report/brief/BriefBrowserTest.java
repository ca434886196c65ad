package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brief.html checked as a reader would see it: rendered by headless Chromium to a screenshot and
 * to its DOM. Without Chromium the test is skipped on a workstation, and fails when the
 * environment variable CI is set (CI installs the Debian package {@code chromium}). The page and
 * screenshot are kept in {@code target/brief-check/} for a person to look at.
 */
class BriefBrowserTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path temp;

    private static Path browser;
    private static Path page;
    private static String headline;

    @BeforeAll
    static void writeThePage() throws IOException {
        Optional<Path> found = chromium();
        if (found.isEmpty()) return;
        browser = found.get();
        BriefInput input = BriefFixtures.baseline();
        headline = BriefView.of(input).headline();
        page = temp.resolve("brief.html");
        Files.write(page, Brief.render(input).html());
    }

    /** Skips the test without Chromium on a workstation; fails it when CI is set. */
    private static void requireChromium() {
        if (browser != null) return;
        if (System.getenv("CI") != null) {
            fail("headless Chromium is needed to check brief.html but was not found on the PATH (looked for chromium, "
                    + "chromium-browser, google-chrome); install the Debian package 'chromium', as .ci/run does");
        }
        Assumptions.abort("headless Chromium is not installed (Debian package 'chromium'), so brief.html was not "
                + "checked in a browser; set CI=1 to make its absence a failure");
    }

    @Test
    void theScreenshotShowsTextAndCharts() throws Exception {
        requireChromium();
        Path shot = temp.resolve("screenshot.png");
        run("--screenshot=" + shot, "--window-size=1200,3000", page.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("a screenshot was written").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(3000);
        // A blank page has variance 0; text and charts on white give hundreds or more.
        assertThat(lumaVariance(image)).isGreaterThan(300);
        // The first chart's Okabe–Ito blue curve is on screen, so the inline SVG was drawn.
        assertThat(pixelsNear(image, 0x0072B2)).isGreaterThan(300);
        keep(page, "brief.html");
        keep(shot, "screenshot.png");
    }

    @Test
    void theRenderedPageHoldsTheHeadlineAndEveryChart() throws Exception {
        requireChromium();
        String dom = run("--dump-dom", page.toUri().toString());
        assertThat(dom).contains(headline).contains("Probabilities at key dates").contains("Azərbaycan");
        assertThat(dom.split("<svg", -1).length - 1).as("inline charts in the DOM").isEqualTo(5);
        assertThat(dom).contains("</html>");
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "chromium", ".out");
        Path err = Files.createTempFile(temp, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; its errors:\n" + tail(err));
        }
        assertThat(process.exitValue()).as("Chromium's exit status; its errors:\n" + tail(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }

    private static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void keep(Path file, String name) throws IOException {
        Path dir = Path.of("target", "brief-check");
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static double lumaVariance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    private static long pixelsNear(BufferedImage image, int target) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int distance = Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF))
                        + Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF)) + Math.abs((rgb & 0xFF) - (target & 0xFF));
                if (distance < 20) count++;
            }
        }
        return count;
    }
}
