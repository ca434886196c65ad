package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The PNG writer, checked by reading its files back with ImageIO's independent decoder. */
class PngEncoderTest {
    private static BufferedImage noise(int width, int height, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt() & 0xFFFFFF);
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void noiseSurvivesTheRoundTripPixelForPixel() throws IOException {
        // random colours exercise every byte value and the Sub filter's wrap-around
        BufferedImage image = noise(137, 61, 20240924L);
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, 300))));
    }

    @Test
    void aSinglePixelAndAWideStripAlsoRoundTrip() throws IOException {
        BufferedImage one = noise(1, 1, 1L);
        assertSamePixels(one, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(one, 72))));
        BufferedImage strip = noise(3000, 2, 2L);
        assertSamePixels(strip, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(strip, 72))));
    }

    @Test
    void theResolutionIsWrittenInDotsPerMetre() throws IOException {
        byte[] png = PngEncoder.encode(noise(4, 4, 3L), 300);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            Element root = (Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Element physical = (Element) root.getElementsByTagName("pHYs").item(0);
            // 300 / 0.0254 = 11,811.02 dots per metre
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
            assertThat(physical.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
        }
    }

    @Test
    void onlyOpaqueRgbImagesAreAccepted() {
        assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB), 300))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
