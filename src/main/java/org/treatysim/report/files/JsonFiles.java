package org.treatysim.report.files;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one Jackson set-up behind every JSON file treatysim writes and reads: summary.json (the
 * conditional one of {@code update} too), scenario.json, sweep.json and compare.json. A file's
 * content is a record, written key by key in the order of its components; a record component that
 * is a record, a list or a map is written as a JSON object, array or object in turn.
 *
 * <p>Writing: UTF-8; numbers as Java spells them ({@link Double#toString}, e.g. {@code 0.0},
 * {@code 1.0E-4}, which read back to the very double written; {@code int} and {@code long}
 * without a decimal point); NaN and the infinities as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"}; {@link LocalDate} and {@link Instant} in ISO-8601
 * ({@code 2024-09-24}, {@code 2026-12-04T21:12:30Z}); {@code null} as null, except in a component
 * marked {@link LeftOutWhenNull}; the layout is the file's {@link Layout}. The caller's stream is
 * flushed, not closed.
 *
 * <p>Reading: every component's key must be there and not null, unless the component is marked
 * {@link MayBeNull} or {@link LeftOutWhenNull}; keys the record lacks are skipped (so a conditional
 * summary.json reads as a plain one). Strings are not read from numbers, numbers not from strings
 * (but for NaN and the infinities), whole numbers not from fractions. A file that is valid JSON
 * but not what the record expects throws an IOException naming the file, the key's path, what was
 * expected and the line and column; malformed JSON throws Jackson's
 * {@link com.fasterxml.jackson.core.JsonParseException}, which carries its line and column. The
 * caller's stream is not closed.
 */
public final class JsonFiles {
    /** How a file is laid out. The first two indent by two spaces, put " : " after a key and end lines with "\n". */
    public enum Layout {
        /** Every value on its own line, array elements too; the file ends with a line end. */
        RESULTS(onNewLines(), true),
        /**
         * Jackson's default pretty printing: an array's elements follow its bracket and each other
         * on the same line ({@code "assumptions" : [ {}, {} ]}, each object spread over lines as
         * usual), and the file ends without a line end. scenario.json has always been written so.
         */
        INLINE_ARRAYS(DefaultPrettyPrinter.FixedSpaceIndenter.instance, false),
        /** No spaces and no line ends at all: for data embedded in a page, where size matters. */
        COMPACT(false);

        private final ObjectWriter writer;
        private final boolean endsWithLineEnd;

        Layout(boolean endsWithLineEnd) {
            this.writer = MAPPER.writer();
            this.endsWithLineEnd = endsWithLineEnd;
        }

        Layout(DefaultPrettyPrinter.Indenter arrays, boolean endsWithLineEnd) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(onNewLines());
            pretty.indentArraysWith(arrays);
            this.writer = MAPPER.writer(pretty);
            this.endsWithLineEnd = endsWithLineEnd;
        }

        /** Each element on a new line, two spaces deeper than its parent. */
        private static DefaultIndenter onNewLines() {
            return new DefaultIndenter("  ", "\n");
        }
    }

    /**
     * On a record component: the value may be null, written as null; null or an absent key reads
     * as null. For values that do not apply, such as a fixed design's target half-width.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonSetter(nulls = Nulls.SET)
    public @interface MayBeNull { }

    /**
     * On a record component: when null, the key is left out of the file; an absent key (or null)
     * reads as null. For keys added to a file after it was first written, such as summary.json's
     * {@code referendums}, and for keys only some files of a kind have.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSetter(nulls = Nulls.SET)
    public @interface LeftOutWhenNull { }

    private static final ObjectMapper MAPPER = mapper();

    /** Jackson's list of the names it knows, in an unknown-type-id message. */
    private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

    private JsonFiles() { }

    private static ObjectMapper mapper() {
        SimpleModule isoDates = new SimpleModule("iso-dates");
        isoDates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        isoDates.addSerializer(Instant.class, ToStringSerializer.instance);
        isoDates.addDeserializer(LocalDate.class, new Parsed<>(LocalDate.class, LocalDate::parse));
        isoDates.addDeserializer(Instant.class, new Parsed<>(Instant.class, Instant::parse));
        ObjectMapper mapper = JsonMapper.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                // Java's own Double.toString, as every file was written before: the fast (Schubfach)
                // writer spells some doubles differently from Java 17.
                .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
                .addModule(isoDates)
                .build();
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Writes {@code value} as UTF-8 JSON in {@code layout}; flushes {@code out} and does not close it. */
    public static void write(Object value, Layout layout, OutputStream out) throws IOException {
        layout.writer.writeValue(out, value);
        if (layout.endsWithLineEnd) out.write('\n');
        out.flush();
    }

    /**
     * Reads a {@code type} from {@code in}.
     *
     * @param file the file's name for messages, e.g. {@code summary.json}
     * @throws IOException a {@link com.fasterxml.jackson.core.JsonParseException} for malformed
     *                     JSON; otherwise one whose message is {@code file: what (line L, column C)}
     */
    public static <T> T read(InputStream in, Class<T> type, String file) throws IOException {
        byte[] json = in.readAllBytes();
        checkSyntax(json);
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException wrong) {
            throw new IOException(file + ": " + problem(wrong), wrong);
        }
    }

    /**
     * Reads a {@code type} from {@code in} and makes it into what the caller needs; an
     * IllegalArgumentException from {@code convert} (a value the file's own record accepts but the
     * result does not) becomes an IOException {@code file: message}.
     */
    public static <T, R> R read(InputStream in, Class<T> type, String file, Function<T, R> convert)
            throws IOException {
        T read = read(in, type, file);
        try {
            return convert.apply(read);
        } catch (IllegalArgumentException bad) {
            throw new IOException(file + ": " + bad.getMessage(), bad);
        }
    }

    /**
     * Reads every token first, so that a file cut short is reported as such rather than as the
     * first value the cut happens to leave of the wrong kind; more after the one value is malformed too.
     */
    private static void checkSyntax(byte[] json) throws IOException {
        try (JsonParser tokens = MAPPER.createParser(json)) {
            if (tokens.nextToken() == null) return;
            tokens.skipChildren();
            if (tokens.nextToken() != null) {
                throw new JsonParseException(tokens, "Unexpected content after the end of the JSON value");
            }
        }
    }

    /** What is wrong, where: e.g. {@code missing key design.runs (line 24, column 3)}. */
    private static String problem(JsonMappingException wrong) {
        String key = wrong.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
        String at = key.isEmpty() ? "" : key + ": ";
        String what;
        if (wrong instanceof InvalidNullException) {
            // Absent and null alike: the record has nothing to put there.
            what = "missing key " + key;
        } else if (wrong instanceof ValueInstantiationException made && made.getCause() != null) {
            what = at + made.getCause().getMessage();
        } else if (wrong instanceof InvalidTypeIdException kind) {
            JsonTypeInfo info = kind.getBaseType() == null ? null
                    : kind.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            String property = key + (info == null ? "" : "." + info.property());
            Matcher known = KNOWN_IDS.matcher(kind.getOriginalMessage());
            what = kind.getTypeId() == null ? "missing key " + property : property + ": expected "
                    + (known.find() ? known.group(1).replace(", ", " or ") : "a known kind") + ", not "
                    + found(kind.getTypeId());
        } else if (wrong instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            what = at + "expected " + expected(mismatch.getTargetType())
                    + (wrong instanceof InvalidFormatException format ? ", not " + found(format.getValue()) : "");
        } else {
            what = at + wrong.getOriginalMessage();
        }
        JsonLocation where = wrong.getLocation();
        if (where == null || where.getLineNr() < 1) return what;
        // Column 0: the end of an empty file.
        return what + " (line " + where.getLineNr() + (where.getColumnNr() < 1 ? "" : ", column "
                + where.getColumnNr()) + ")";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) return "a string";
        if (type == double.class || type == Double.class) return "a number";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == LocalDate.class) return "a date such as 2024-09-24";
        if (type == Instant.class) return "a time such as 2024-09-24T12:00:00Z";
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object";
        return "a " + type.getSimpleName();
    }

    private static String found(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    /** A value written as its ISO-8601 string, read back with {@code parse}. */
    private static final class Parsed<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        Parsed(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) return (T) context.handleUnexpectedToken(handledType(), json);
            try {
                return parse.apply(json.getText());
            } catch (DateTimeParseException bad) {
                return (T) context.handleWeirdStringValue(handledType(), json.getText(), bad.getMessage());
            }
        }
    }
}
