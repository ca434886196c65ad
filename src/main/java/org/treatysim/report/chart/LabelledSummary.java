package org.treatysim.report.chart;

import java.util.Objects;
import org.treatysim.stats.ForecastSummary;

/**
 * One scenario's forecast in a comparison, under the label its line carries.
 *
 * @param label   legend text, usually the scenario id
 * @param summary its forecast
 */
public record LabelledSummary(String label, ForecastSummary summary) {
    public LabelledSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(summary, "summary");
    }
}
