package org.treatysim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} and {@code sweep} for jobs larger than one sitting: {@code --shard
 * K/N} runs only the K-th of N sets of blocks and writes their counts for {@code treatysim merge};
 * {@code --resume} goes on from the checkpoint a stopped job kept; {@code --checkpoint-every}
 * says how often a long job keeps one (docs/scale-out.md).
 */
final class ScaleOptions {

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = {"Run only the K-th of N shards of the job's blocks of runs and write their counts to"
                    + " OUT/<scenario>.<command>-shard-K-of-N/ (no charts, no brief, no runs.csv.gz);"
                    + " `treatysim merge` joins the N shard folders into the results folder."})
    Shard shard;

    @Option(names = "--resume",
            description = "Go on from the checkpoint a stopped job of the same scenario, seed and options kept"
                    + " beside its folder (a fresh start when there is none).")
    boolean resume;

    @Option(names = "--checkpoint-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Keep the merged counts of the finished blocks every SECONDS seconds at most"
                    + " (default ${DEFAULT-VALUE}; run only with --no-runs-file).")
    double checkpointSeconds;

    /**
     * K/N.
     *
     * @param index K, in [1, count]
     * @param count N, &ge; 1
     */
    record Shard(int index, int count) {
        /** The shard folder's name: {@code <scenario>.<command>-shard-K-of-N}. */
        String folderName(String scenario, String command) {
            return scenario + "." + command + "-shard-" + index + "-of-" + count;
        }
    }

    /** {@code K/N} with 1 &le; K &le; N. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            String[] parts = value.split("/", -1);
            try {
                if (parts.length == 2) {
                    int index = Integer.parseInt(parts[0].trim());
                    int count = Integer.parseInt(parts[1].trim());
                    if (count >= 1 && index >= 1 && index <= count) return new Shard(index, count);
                }
            } catch (NumberFormatException notANumber) {
                // Said below.
            }
            throw new CommandLine.TypeConversionException("'" + value + "' (expected K/N with 1 <= K <= N, e.g. 2/8)");
        }
    }

    /**
     * How the job keeps its checkpoints: {@code --resume}, {@code --checkpoint-every}, and where it
     * goes on from said on {@code notes} unless {@code quiet}.
     *
     * @throws CommandLine.ParameterException when {@code --checkpoint-every} is not a number of seconds &gt; 0
     */
    CheckpointFile.Settings checkpoints(CommandLine commandLine, boolean quiet, PrintWriter notes) {
        return new CheckpointFile.Settings(resume, checkpointInterval(commandLine), note -> {
            if (!quiet) {
                notes.println(note);
                notes.flush();
            }
        });
    }

    /**
     * The time between checkpoints.
     *
     * @throws CommandLine.ParameterException when it is not a number of seconds &gt; 0
     */
    Duration checkpointInterval(CommandLine commandLine) {
        if (!(checkpointSeconds > 0 && checkpointSeconds <= 86_400)) {
            throw new CommandLine.ParameterException(commandLine, "--checkpoint-every must be more than 0 and at most"
                    + " 86400 seconds, not " + checkpointSeconds);
        }
        return Duration.ofNanos((long) (checkpointSeconds * 1e9));
    }
}
