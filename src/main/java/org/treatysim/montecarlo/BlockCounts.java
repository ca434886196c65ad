package org.treatysim.montecarlo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * The merged counts of a range of a job's blocks, with the job they belong to: what a shard
 * writes, a checkpoint keeps and a cluster task returns. {@link #encode} and {@link #decode} are
 * its versioned binary form: a magic line, the format version, the identity, the shard, the blocks,
 * the command's arguments and scenario file (so that a merge can write the results folder), the
 * counts, and a CRC-32 of everything before it, so that a cut or altered file is refused rather
 * than merged.
 *
 * @param job          the job
 * @param shard        K of K/N, 1 for a job that is not sharded
 * @param shards       N of K/N, 1 for a job that is not sharded
 * @param range        the blocks counted
 * @param scenarioFile the scenario file as the command was given it
 * @param arguments    the command's options that shape its results (the scenario file aside), to
 *                     redo its planning at the merge
 * @param counts       the accumulator's counts (e.g. {@code ForecastAccumulator.toCounts()})
 */
public record BlockCounts(JobIdentity job, int shard, int shards, BlockPlan.Range range, String scenarioFile,
                          List<String> arguments, long[] counts) {
    /** Format of {@link #encode}; a reader refuses any other. */
    public static final int FORMAT = 1;
    private static final byte[] MAGIC = "treatysim block counts\n".getBytes(StandardCharsets.US_ASCII);

    /** A file or message that is not block counts of this format. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    public BlockCounts {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        arguments = List.copyOf(arguments);
        counts = counts.clone();
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards);
        }
        if (range.end() > job.plan().blocks()) {
            throw new IllegalArgumentException("blocks " + range + " of a job of " + job.plan().blocks());
        }
    }

    /** The counts; a copy. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** The binary form. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * counts.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(job.command());
            out.writeUTF(job.scenarioSha256());
            out.writeLong(job.seed());
            out.writeLong(job.plan().indices());
            out.writeInt(job.plan().blockSize());
            out.writeUTF(job.design());
            out.writeUTF(job.version());
            out.writeInt(shard);
            out.writeInt(shards);
            out.writeInt(range.first());
            out.writeInt(range.end());
            out.writeUTF(scenarioFile);
            out.writeInt(arguments.size());
            for (String argument : arguments) out.writeUTF(argument);
            out.writeInt(counts.length);
            for (long count : counts) out.writeLong(count);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the binary form.
     *
     * @throws MalformedException when {@code bytes} are not block counts of this format, or cut or altered
     */
    public static BlockCounts decode(byte[] bytes) throws MalformedException {
        if (bytes.length < MAGIC.length + 12 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new MalformedException("not treatysim block counts (expected a file written by --shard or a"
                    + " checkpoint)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) stored = stored << 8 | (bytes[i] & 0xff);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length,
                bytes.length - MAGIC.length - 8))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new MalformedException("block counts of format " + format + " (expected " + FORMAT
                        + "): written by another version of treatysim");
            }
            if (stored != crc.getValue()) {
                throw new MalformedException("its checksum does not match its contents (cut short or altered)");
            }
            String command = in.readUTF();
            String sha256 = in.readUTF();
            long seed = in.readLong();
            long indices = in.readLong();
            int blockSize = in.readInt();
            String design = in.readUTF();
            String version = in.readUTF();
            int shard = in.readInt();
            int shards = in.readInt();
            int first = in.readInt();
            int end = in.readInt();
            String scenarioFile = in.readUTF();
            int argumentCount = in.readInt();
            if (argumentCount < 0 || argumentCount > bytes.length) throw new MalformedException("a bad argument count");
            List<String> arguments = new ArrayList<>(argumentCount);
            for (int i = 0; i < argumentCount; i++) arguments.add(in.readUTF());
            int countLength = in.readInt();
            if (countLength < 0 || countLength > bytes.length / 8) throw new MalformedException("a bad count length");
            long[] counts = new long[countLength];
            for (int i = 0; i < countLength; i++) counts[i] = in.readLong();
            if (in.available() != 0) throw new MalformedException("bytes after the counts");
            JobIdentity job = new JobIdentity(command, sha256, seed, new BlockPlan(indices, blockSize), design, version);
            return new BlockCounts(job, shard, shards, new BlockPlan.Range(first, end), scenarioFile, arguments, counts);
        } catch (EOFException cut) {
            throw new MalformedException("cut short");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (IllegalArgumentException inconsistent) {
            throw new MalformedException("inconsistent: " + inconsistent.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlockCounts b && job.equals(b.job) && shard == b.shard && shards == b.shards
                && range.equals(b.range) && scenarioFile.equals(b.scenarioFile) && arguments.equals(b.arguments)
                && Arrays.equals(counts, b.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(job, shard, shards, range, scenarioFile, arguments) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "BlockCounts[" + job.command() + " shard " + shard + "/" + shards + ", blocks " + range.first() + ".."
                + range.end() + " of " + job.plan().blocks() + ", " + counts.length + " counts]";
    }
}
