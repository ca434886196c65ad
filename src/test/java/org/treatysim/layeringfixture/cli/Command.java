package org.treatysim.layeringfixture.cli;

import org.treatysim.layeringfixture.montecarlo.Runner;
import org.treatysim.layeringfixture.report.chart.Chart;
import org.treatysim.layeringfixture.scenario.Loader;
import org.treatysim.layeringfixture.stats.Tally;

/** Stands for the command line: may import every other package. */
public final class Command {
    private Command() { }

    public static int main() {
        double result = Runner.run(Loader.load("scenario").value());
        return Chart.title(new Tally()).length() + (int) result;
    }
}
