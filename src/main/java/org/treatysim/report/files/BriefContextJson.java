package org.treatysim.report.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.treatysim.report.brief.Assumption;

/**
 * {@code scenario.json} in a results folder: what the brief needs from the scenario file that
 * summary.json does not hold (the forecast window, the description, every value with its source
 * comment), so that {@code treatysim brief} can rebuild the charts and the brief without the
 * scenario file.
 */
public final class BriefContextJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BriefContextJson() { }

    /**
     * What the brief takes from the scenario.
     *
     * @param start       first simulated day
     * @param horizon     last simulated day
     * @param description the scenario's free text (may be empty)
     * @param assumptions every value with its source comment, in file order
     */
    public record BriefContext(LocalDate start, LocalDate horizon, String description, List<Assumption> assumptions) {
        public BriefContext {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(horizon, "horizon");
            description = description == null ? "" : description;
            assumptions = List.copyOf(assumptions);
        }
    }

    /** Writes the context as UTF-8 JSON. */
    public static void write(BriefContext context, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("start", context.start().toString());
            json.writeStringField("horizon", context.horizon().toString());
            json.writeStringField("description", context.description());
            json.writeArrayFieldStart("assumptions");
            for (Assumption a : context.assumptions()) {
                json.writeStartObject();
                json.writeStringField("path", a.path());
                json.writeStringField("value", a.value());
                json.writeStringField("source", a.source());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Reads what {@link #write} wrote; a missing key throws an IOException naming it. */
    public static BriefContext read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) throw new IOException("scenario.json: not a JSON object");
        List<Assumption> assumptions = new ArrayList<>();
        for (JsonNode a : field(root, "assumptions")) {
            assumptions.add(new Assumption(field(a, "path").asText(), field(a, "value").asText(),
                    field(a, "source").asText()));
        }
        try {
            return new BriefContext(LocalDate.parse(field(root, "start").asText()),
                    LocalDate.parse(field(root, "horizon").asText()), field(root, "description").asText(), assumptions);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("scenario.json: " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String key) throws IOException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) throw new IOException("scenario.json: missing key '" + key + "'");
        return value;
    }
}
