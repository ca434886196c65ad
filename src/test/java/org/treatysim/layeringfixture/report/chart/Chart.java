package org.treatysim.layeringfixture.report.chart;

import org.treatysim.layeringfixture.cli.Command;
import org.treatysim.layeringfixture.model.Engine;
import org.treatysim.layeringfixture.model.spec.SpecRecord;
import org.treatysim.layeringfixture.stats.Tally;

/** Stands for the report's charts: draw from the statistics, never from the model. */
public final class Chart {
    private Chart() { }

    public static String title(Tally tally) {
        return "chart of " + tally;
    }
}

/** Wrong: a report imports the command line. */
final class WrongReportUsesCli {
    private WrongReportUsesCli() { }

    static int exit() {
        return Command.main();
    }
}

/** Wrong: a chart runs the model (the reports may read the model's records, but not this package). */
final class WrongChartUsesModel {
    private WrongChartUsesModel() { }

    static double value() {
        return Engine.run(new SpecRecord(1));
    }
}
