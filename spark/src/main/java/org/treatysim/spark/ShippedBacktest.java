package org.treatysim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatysim.cli.BlockTasks;

/**
 * A backtest as the driver ships it: per case, its folder's name and YAML files (scenario and
 * outcomes), its runs and blocks, and the {@code --seed}; {@link #count} is the task of one block of
 * one case. The case folder keeps its name on the executor, since the name is the case's id.
 *
 * @param names  the case folders' names, in the backtest's order
 * @param files  per case, its folder's YAML files by relative path
 * @param runs   per case, its runs
 * @param blocks per case, its number of blocks
 * @param seed   the seed of every case, or null for each case's own
 */
record ShippedBacktest(List<String> names, List<Map<String, byte[]>> files, List<Integer> runs,
                       List<Integer> blocks, Long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    ShippedBacktest {
        names = List.copyOf(names);
        files = files.stream().map(Map::copyOf).toList();
        runs = List.copyOf(runs);
        blocks = List.copyOf(blocks);
    }

    /** The backtest of these cases, their folders read. */
    static ShippedBacktest of(List<BlockTasks.BacktestCase> cases) throws IOException {
        List<String> names = new ArrayList<>();
        List<Map<String, byte[]>> files = new ArrayList<>();
        for (BlockTasks.BacktestCase c : cases) {
            names.add(c.folder().toAbsolutePath().normalize().getFileName().toString());
            files.add(ShippedJob.yamlFiles(c.folder()));
        }
        return new ShippedBacktest(names, files, cases.stream().map(BlockTasks.BacktestCase::runs).toList(),
                cases.stream().map(BlockTasks.BacktestCase::blocks).toList(), cases.get(0).seed());
    }

    /** Every task, as (case, block) pairs in case order, then block order. */
    List<int[]> tasks() {
        List<int[]> tasks = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            for (int b = 0; b < blocks.get(c); b++) tasks.add(new int[] {c, b});
        }
        return tasks;
    }

    /** Counts block {@code block} of case {@code index} on this executor. */
    long[] count(int index, int block) throws Exception {
        return BlockTasks.countBacktestBlock(ShippedJob.written(names.get(index), files.get(index)), seed,
                runs.get(index), block);
    }
}
