package org.treatysim.report.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.report.brief.Assumption;
import org.treatysim.report.chart.ScenarioNames;

/**
 * {@code scenario.json} in a results folder: what the brief needs from the scenario file that
 * summary.json does not hold (the forecast window, the description, every value with its source
 * comment), so that {@code treatysim brief} can rebuild the charts and the brief without the
 * scenario file. Keys, in this order: {@code start, horizon, description, assumptions} (each
 * {@code path, value, source}), then {@code names} (the scenario's names for its parties, issues,
 * mediators, patrons, deadlines and events, for readable labels; a file written before treatysim
 * kept them has none, and its brief falls back to ids), the components of {@link BriefContext},
 * {@link Assumption} and {@link ScenarioNames}.
 */
public final class BriefContextJson {
    private BriefContextJson() { }

    /**
     * What the brief takes from the scenario.
     *
     * @param start       first simulated day
     * @param horizon     last simulated day
     * @param description the scenario's free text (may be empty)
     * @param assumptions every value with its source comment, in file order
     * @param names       what the scenario calls its parties, issues and other actors; {@link ScenarioNames#NONE}
     *                    for a file written without them
     */
    public record BriefContext(LocalDate start, LocalDate horizon, String description, List<Assumption> assumptions,
                               @JsonFiles.LeftOutWhenNull ScenarioNames names) {
        public BriefContext {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(horizon, "horizon");
            description = description == null ? "" : description;
            assumptions = List.copyOf(assumptions);
            names = names == null ? ScenarioNames.NONE : names;
        }
    }

    /** Writes the context as UTF-8 JSON in the {@link JsonFiles.Layout#INLINE_ARRAYS} layout; does not close {@code out}. */
    public static void write(BriefContext context, OutputStream out) throws IOException {
        JsonFiles.write(context, JsonFiles.Layout.INLINE_ARRAYS, out);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static BriefContext read(InputStream in) throws IOException {
        return JsonFiles.read(in, BriefContext.class, "scenario.json");
    }
}
