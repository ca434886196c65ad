package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Results must be bit-identical on every processor. {@code java.lang.Math}'s transcendental
 * functions are specified only to within an ulp or two and the JVM replaces them with
 * processor-specific intrinsics, so the same seed gave different runs on different x86-64
 * machines; {@code StrictMath} (fdlibm) and Commons Math's {@code FastMath} are pure Java and give
 * the same bits everywhere. {@code Math.sqrt}, {@code abs}, {@code min}, {@code max}, {@code floor}
 * and the like are exact by specification and stay allowed.
 */
class ReproducibleMathTest {

    private static final Pattern PLATFORM_DEPENDENT = Pattern.compile(
            "(?<![A-Za-z_.])Math\\.(pow|exp|expm1|log|log10|log1p|sin|cos|tan|asin|acos|atan|atan2"
                    + "|sinh|cosh|tanh|cbrt|hypot)\\s*\\(");

    @Test
    void mainSourcesUseNoPlatformDependentMath() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(f, offences));
        }
        assertThat(offences).as("use StrictMath or FastMath").isEmpty();
    }

    @Test
    void theCheckRecognisesAnOffence() {
        assertThat(PLATFORM_DEPENDENT.matcher("double y = Math.pow(x, 2);").find()).isTrue();
        assertThat(PLATFORM_DEPENDENT.matcher("double y = StrictMath.pow(x, 2);").find()).isFalse();
        assertThat(PLATFORM_DEPENDENT.matcher("double y = FastMath.exp(x);").find()).isFalse();
        assertThat(PLATFORM_DEPENDENT.matcher("double y = Math.sqrt(x);").find()).isFalse();
    }

    private static void collect(Path file, List<String> offences) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).replaceFirst("//.*$", "");
                String trimmed = code.trim();
                if (trimmed.startsWith("*") || trimmed.startsWith("/*")) continue;
                if (PLATFORM_DEPENDENT.matcher(code).find()) offences.add(file + ":" + (i + 1) + ": " + trimmed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
