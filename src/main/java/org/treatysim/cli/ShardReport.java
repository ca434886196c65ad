package org.treatysim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;

/** What {@code run --shard} and {@code sweep --shard} say on stdout once a shard folder is written. */
final class ShardReport {
    private ShardReport() { }

    /** Which blocks and runs the shard counted, where, and how to merge the shards. */
    static List<String> lines(BlockCounts counts, Path folder) {
        BlockPlan plan = counts.job().plan();
        String name = folder.getFileName().toString();
        String pattern = name.substring(0, name.lastIndexOf("-shard-")) + "-shard-*-of-" + counts.shards();
        return List.of(String.format(Locale.ROOT, "Shard %d/%d: blocks %d-%d of %d (%,d of %,d runs) counted in %s",
                        counts.shard(), counts.shards(), counts.range().first() + 1, counts.range().end(), plan.blocks(),
                        plan.indicesIn(counts.range()), plan.indices(), folder),
                "When all " + counts.shards() + " shards are done: treatysim merge " + folder.resolveSibling(pattern));
    }
}
