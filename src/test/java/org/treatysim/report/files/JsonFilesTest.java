package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;
import org.treatysim.report.files.JsonFiles.MayBeNull;
import org.treatysim.stats.Estimate;

class JsonFilesTest {
    /** Every kind of value the files hold. */
    record Sample(String name, int count, long big, double share, LocalDate date, Instant at, Estimate estimate,
                  List<Double> values, Map<String, Long> tally, @MayBeNull Double notApplicable,
                  @LeftOutWhenNull String added) { }

    static final Sample SAMPLE = new Sample("ünïcode \"quoted\"\n", 7, Long.MAX_VALUE, 0.1 + 0.2,
            LocalDate.of(2024, 9, 24), Instant.parse("2026-12-04T21:12:30Z"), new Estimate(1e-4, 0, 3.8e-4),
            List.of(0.0, -1.5, 1e21, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
            new LinkedHashMap<>(Map.of("b", 2L)), null, null);

    static String write(Object value, JsonFiles.Layout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonFiles.write(value, layout, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T> T read(String json, Class<T> type) throws IOException {
        return JsonFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type, "sample.json");
    }

    @Test
    void numbersAreJavasSpellingWholeNumbersHaveNoPointAndNanIsAString() throws IOException {
        assertThat(write(SAMPLE, JsonFiles.Layout.RESULTS)).isEqualTo("""
                {
                  "name" : "ünïcode \\"quoted\\"\\n",
                  "count" : 7,
                  "big" : 9223372036854775807,
                  "share" : 0.30000000000000004,
                  "date" : "2024-09-24",
                  "at" : "2026-12-04T21:12:30Z",
                  "estimate" : {
                    "p" : 1.0E-4,
                    "lo" : 0.0,
                    "hi" : 3.8E-4
                  },
                  "values" : [
                    0.0,
                    -1.5,
                    1.0E21,
                    "NaN",
                    "Infinity",
                    "-Infinity"
                  ],
                  "tally" : {
                    "b" : 2
                  },
                  "notApplicable" : null
                }
                """);
    }

    @Test
    void theInlineArraysLayoutIsJacksonsDefaultWithUnixLineEndsAndNoFinalOne() throws IOException {
        record Context(String start, List<Map<String, String>> assumptions, List<String> none) { }
        assertThat(write(new Context("2024-09-24", List.of(Map.of("path", "a"), Map.of("path", "b")), List.of()),
                JsonFiles.Layout.INLINE_ARRAYS)).isEqualTo("""
                {
                  "start" : "2024-09-24",
                  "assumptions" : [ {
                    "path" : "a"
                  }, {
                    "path" : "b"
                  } ],
                  "none" : [ ]
                }""");
        assertThat(write(List.of(), JsonFiles.Layout.RESULTS)).isEqualTo("[ ]\n");
    }

    @Test
    void whatIsWrittenReadsBackToTheSameValuesNanAndInfinitiesIncluded() throws IOException {
        Sample back = read(write(SAMPLE, JsonFiles.Layout.RESULTS), Sample.class);
        assertThat(back).isEqualTo(SAMPLE);
        Sample added = new Sample("x", 1, 2, 0.5, SAMPLE.date(), SAMPLE.at(), SAMPLE.estimate(), List.of(), Map.of(),
                0.25, "now there");
        String text = write(added, JsonFiles.Layout.RESULTS);
        assertThat(text).contains("\"notApplicable\" : 0.25,\n  \"added\" : \"now there\"\n}");
        assertThat(read(text, Sample.class)).isEqualTo(added);
    }

    @Test
    void neitherWritingNorReadingClosesTheCallersStream() throws IOException {
        class Watched extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched out = new Watched();
        JsonFiles.write(SAMPLE, JsonFiles.Layout.RESULTS, out);
        assertThat(out.closed).isFalse();
        boolean[] inClosed = {false};
        InputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                inClosed[0] = true;
            }
        };
        JsonFiles.read(in, Sample.class, "sample.json");
        assertThat(inClosed[0]).isFalse();
    }

    /** A valid sample with {@code from} replaced by {@code to}, exactly once. */
    static String broken(String from, String to) throws IOException {
        String text = write(SAMPLE, JsonFiles.Layout.RESULTS);
        assertThat(text.indexOf(from)).as(from).isEqualTo(text.lastIndexOf(from)).isNotNegative();
        return text.replace(from, to);
    }

    @Test
    void aMissingOrNullKeyIsNamedWithItsPathLineAndColumn() throws IOException {
        assertThatThrownBy(() -> read(broken("    \"lo\" : 0.0,\n", ""), Sample.class))
                .isInstanceOf(IOException.class).isNotInstanceOf(JsonParseException.class)
                .hasMessage("sample.json: missing key estimate.lo (line 11, column 3)");
        assertThatThrownBy(() -> read(broken("\"count\" : 7", "\"count\" : null"), Sample.class))
                .hasMessage("sample.json: missing key count (line 3, column 13)");
        assertThatThrownBy(() -> read("{ }", Sample.class))
                .hasMessage("sample.json: missing key name (line 1, column 3)");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpectedAndWhatWasFound() throws IOException {
        assertThatThrownBy(() -> read(broken("\"count\" : 7", "\"count\" : 7.5"), Sample.class))
                .hasMessage("sample.json: count: expected a whole number, not 7.5 (line 3, column 13)");
        assertThatThrownBy(() -> read(broken("\"count\" : 7", "\"count\" : \"7\""), Sample.class))
                .hasMessage("sample.json: count: expected a whole number (line 3, column 13)");
        assertThatThrownBy(() -> read(broken("\"name\" : \"ünïcode \\\"quoted\\\"\\n\"", "\"name\" : 3"),
                Sample.class)).hasMessage("sample.json: name: expected a string, not 3 (line 2, column 12)");
        assertThatThrownBy(() -> read(broken("\"2024-09-24\"", "\"2024-09-31\""), Sample.class))
                .hasMessage("sample.json: date: expected a date such as 2024-09-24, not \"2024-09-31\""
                        + " (line 6, column 12)");
        assertThatThrownBy(() -> read(broken("    -1.5,\n", "    [ ],\n"), Sample.class))
                .hasMessage("sample.json: values[1]: expected a number (line 15, column 5)");
        assertThatThrownBy(() -> read("[ ]", Sample.class))
                .hasMessage("sample.json: expected an object (line 1, column 1)");
    }

    @Test
    void aValueTheRecordRefusesIsNamedWithTheRecordsReason() throws IOException {
        assertThatThrownBy(() -> read(broken("\"p\" : 1.0E-4", "\"p\" : 0.5"), Sample.class))
                .hasMessage("sample.json: estimate: interval [0.0, 3.8E-4] does not hold 0.5 (line 12, column 3)");
        // A conversion after reading names the file too.
        assertThatThrownBy(() -> JsonFiles.read(new ByteArrayInputStream(write(SAMPLE, JsonFiles.Layout.RESULTS)
                .getBytes(StandardCharsets.UTF_8)), Sample.class, "sample.json", s -> {
                    throw new IllegalArgumentException("design.method: expected fixed");
                })).isInstanceOf(IOException.class).hasMessage("sample.json: design.method: expected fixed");
    }

    @Test
    void malformedJsonIsJacksonsLocatedErrorEvenWhereAnEarlierValueIsOfTheWrongKind() throws IOException {
        // The first key's value is an array where a string belongs, but the file is cut short: the cut is the news.
        assertThatThrownBy(() -> read("{\"name\": [1,2\n", Sample.class)).isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Unexpected end-of-input").hasMessageContaining("line: 2, column: 1");
        assertThatThrownBy(() -> read(write(SAMPLE, JsonFiles.Layout.RESULTS) + "{ }", Sample.class))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Unexpected content after the end of"
                        + " the JSON value").hasMessageContaining("line: 26, column: 2");
        assertThatThrownBy(() -> read("", Sample.class)).hasMessage("sample.json: expected an object (line 1)");
    }

    @Test
    void keysTheRecordLacksAreSkipped() throws IOException {
        assertThat(read(broken("\"count\" : 7,", "\"count\" : 7, \"extra\" : { \"any\" : [ 1 ] },"), Sample.class))
                .isEqualTo(SAMPLE);
    }
}
