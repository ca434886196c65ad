package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.treatysim.montecarlo.BlockCounts;

/**
 * Block counts ({@link BlockCounts}) on disk: the file a shard folder holds, and the checkpoint a
 * long job keeps beside its folder ({@code .<folder>.checkpoint}). Written whole or not at all
 * (into a temporary file that is then renamed over the old one), read back with every problem
 * located in the file.
 */
final class BlockFiles {
    /** The counts file of a shard folder. */
    static final String SHARD_COUNTS = "block-counts.bin";
    private static final String CHECKPOINT_SUFFIX = ".checkpoint";

    private BlockFiles() { }

    /** The checkpoint of the job that writes {@code target}: {@code .<name>.checkpoint} beside it. */
    static Path checkpointOf(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + CHECKPOINT_SUFFIX);
    }

    /** Whether {@code name} is a checkpoint's name, or that of one being written. */
    static boolean isCheckpoint(String name) {
        return name.startsWith(".") && (name.endsWith(CHECKPOINT_SUFFIX) || name.contains(CHECKPOINT_SUFFIX + ".new-"));
    }

    /** Writes {@code counts} to {@code file}, replacing it in one step. */
    static void write(Path file, BlockCounts counts) throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
        try {
            Files.write(fresh, counts.encode());
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /**
     * Reads the counts in {@code file}.
     *
     * @throws CommandFailure (invalid input) naming the file and what is wrong with it
     */
    static BlockCounts read(Path file) throws CommandFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw CommandFailure.invalid(List.of(file + ": no such file (expected the block counts that --shard"
                    + " writes)"));
        } catch (IOException unreadable) {
            throw CommandFailure.invalid(List.of(file + ": " + CommandFailure.reason(unreadable)));
        }
        try {
            return BlockCounts.decode(bytes);
        } catch (BlockCounts.MalformedException malformed) {
            throw CommandFailure.invalid(List.of(file + ": " + malformed.getMessage()));
        }
    }
}
