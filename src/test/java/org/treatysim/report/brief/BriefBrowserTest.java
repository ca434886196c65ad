package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.HeadlessChromium;

/**
 * brief.html checked as a reader would see it: rendered by headless Chromium to a screenshot and
 * to its DOM. Without Chromium the test is skipped on a workstation, and fails when the
 * environment variable CI is set (CI installs the Debian package {@code chromium}). The page and
 * screenshot are kept in {@code target/brief-check/} for a person to look at.
 */
class BriefBrowserTest {
    @TempDir
    static Path temp;

    private static Optional<HeadlessChromium> chromium;
    private static Path page;
    private static String headline;

    @BeforeAll
    static void writeThePage() throws IOException {
        chromium = HeadlessChromium.find(temp);
        if (chromium.isEmpty()) return;
        BriefInput input = BriefFixtures.baseline();
        headline = BriefView.of(input).headline();
        page = temp.resolve("brief.html");
        Files.write(page, Brief.render(input).html());
    }

    @Test
    void theScreenshotShowsTextAndCharts() throws Exception {
        HeadlessChromium browser = HeadlessChromium.require(chromium, "brief.html");
        Path shot = temp.resolve("screenshot.png");
        browser.run("--screenshot=" + shot, "--window-size=1200,3000", page.toUri().toString());
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
        String dom = HeadlessChromium.require(chromium, "brief.html").run("--dump-dom", page.toUri().toString()).out();
        assertThat(dom).contains(headline).contains("Probabilities at key dates").contains("Azərbaycan");
        assertThat(dom.split("<svg", -1).length - 1).as("inline charts in the DOM").isEqualTo(5);
        assertThat(dom).contains("</html>");
    }

    /**
     * At 1280×800, the size of a small laptop's window, the key judgments are on screen without
     * scrolling: a copy of the page with a line of script (the brief itself has none) measures
     * where the last judgment ends, and Chromium's DOM dump reports it.
     */
    @Test
    void theKeyJudgmentsAreVisibleWithoutScrollingAt1280By800() throws Exception {
        HeadlessChromium browser = HeadlessChromium.require(chromium, "brief.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String probe = "<script>var items = document.querySelectorAll('#key-judgments li');"
                + "var last = items[items.length - 1].getBoundingClientRect();"
                + "document.body.setAttribute('data-judgments', items.length + ' ' + Math.ceil(last.bottom) + ' '"
                + " + window.innerHeight + ' ' + window.innerWidth);</script></body>";
        Path probed = temp.resolve("brief-probed.html");
        Files.writeString(probed, html.replace("</body>", probe), StandardCharsets.UTF_8);
        String dom = browser.run("--window-size=1280,800", "--dump-dom", probed.toUri().toString()).out();
        Matcher measured = Pattern.compile("data-judgments=\"(\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(dom);
        assertThat(measured.find()).as("the probe ran").isTrue();
        int judgments = Integer.parseInt(measured.group(1));
        int bottom = Integer.parseInt(measured.group(2));
        int viewport = Integer.parseInt(measured.group(3));
        assertThat(Integer.parseInt(measured.group(4))).isEqualTo(1280);
        assertThat(judgments).isBetween(3, 5);
        assertThat(bottom).as("the last key judgment ends within the first screen of %s px", viewport)
                .isLessThanOrEqualTo(viewport);
        Path shot = temp.resolve("first-screen.png");
        browser.run("--screenshot=" + shot, "--window-size=1280,800", page.toUri().toString());
        keep(shot, "first-screen-1280x800.png");
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
