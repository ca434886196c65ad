package org.treatysim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads the bytes of one input file (a scenario, an observations or a calibration file) with the
 * same limits and messages for every kind: at most 1 MiB + 1 byte, so that a huge file or a device
 * never fills memory, and never a folder, pipe, device or socket.
 */
final class FileBytes {
    private FileBytes() { }

    /**
     * What a kind of file is called in messages.
     *
     * @param expected what the file should have been, e.g. "a scenario file"
     * @param size     why 1 MiB is enough, e.g. "a scenario is a few kilobytes of text"
     */
    record Kind(String expected, String size) { }

    /**
     * The bytes of a file, or why they could not be read.
     *
     * @param bytes    the file's bytes, or null
     * @param problems empty when read
     */
    record Read(byte[] bytes, List<Problem> problems) { }

    /**
     * Reads {@code path}.
     *
     * @param name    the file as named in problems
     * @param at      where a problem is reported: the start of the file, or the key that names it
     * @param atPath  the key path of a problem ("" for the file as a whole)
     * @param missing what was expected when the file does not exist
     */
    static Read read(Path path, String name, Kind kind, Origin at, String atPath, String missing) {
        try {
            if (Files.isDirectory(path)) {
                return failed(at.problem(atPath, name + " is a folder (expected " + kind.expected() + ")"));
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // Opening a named pipe blocks until something writes to it, and a device may never end.
                return failed(at.problem(atPath, name + " is not a regular file: a pipe, device or socket (expected "
                        + kind.expected() + ")"));
            }
            if (Files.isRegularFile(path) && Files.size(path) > YamlReader.MAX_BYTES) {
                return failed(Origin.startOf(name).problem("", String.format(Locale.ROOT,
                        "file is %.1f MiB, too large to read (expected at most 1 MiB; %s)",
                        Files.size(path) / (double) YamlReader.MAX_BYTES, kind.size())));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new Read(in.readNBytes(YamlReader.MAX_BYTES + 1), List.of());
            }
        } catch (NoSuchFileException e) {
            return failed(at.problem(atPath, "no such file " + name + " (expected " + missing + ")"));
        } catch (AccessDeniedException e) {
            return failed(at.problem(atPath, "cannot read " + name + ": permission denied (expected a readable file)"));
        } catch (IOException e) {
            return failed(at.problem(atPath, "cannot read " + name + ": " + e.getMessage()
                    + " (expected a readable file)"));
        }
    }

    /** Lower-case hex SHA-256 over the given byte arrays, in order. */
    static String sha256(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static Read failed(Problem problem) {
        return new Read(null, List.of(problem));
    }
}
