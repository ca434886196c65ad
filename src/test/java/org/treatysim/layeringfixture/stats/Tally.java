package org.treatysim.layeringfixture.stats;

import org.treatysim.layeringfixture.model.Engine;
import org.treatysim.layeringfixture.model.spec.SpecRecord;
import org.treatysim.layeringfixture.report.chart.Chart;

/** Stands for the statistics: reads the model's results. */
public final class Tally {
    public double add(SpecRecord spec) {
        return Engine.run(spec);
    }

    public int count() {
        return Engine.steps();
    }
}

/** Wrong: the statistics import the reports. */
final class WrongStatsUsesReport {
    private WrongStatsUsesReport() { }

    static String draw() {
        return Chart.title(new Tally());
    }
}
