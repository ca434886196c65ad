package org.treatysim.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The right to write one results folder, held by one job at a time: an operating-system lock on a
 * hidden file beside the folder ({@code .<name>.lock}), so that a second job for the same folder
 * fails at once instead of after all its work, and the lock ends with its process even after
 * {@code kill -9}. The file holds the holder's process id, for the message of a job turned away,
 * and is deleted on release.
 *
 * <p>Deleting the file on release means a waiting job may lock a file that is no longer there:
 * after locking, a job writes a token unique to it and reads the file back by its name; if the
 * name now holds something else, it tries again on the new file.
 */
final class FolderLock implements AutoCloseable {
    private static final String SUFFIX = ".lock";
    private static final int ATTEMPTS = 100;
    /** What a holder writes into the file: its process id, the time it locked and a thread's hash. */
    private static final Pattern TOKEN = Pattern.compile("(\\d+) -?\\d+ -?\\d+\n");
    /**
     * The lock files this process holds. On POSIX systems closing any channel to a file drops every
     * lock the process holds on it, so no second channel may be opened to a file held here.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Another job holds the folder. */
    static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(Path target, OptionalLong holder) {
            super(target + " is being written by another treatysim job" + (holder.isPresent() ? " (process "
                    + holder.getAsLong() + ")" : "") + ": wait for it to finish, or write elsewhere with --out");
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    /** @param file the lock file, absolute and normalised (its key in {@link #HELD}) */
    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target}: {@code .<name>.lock} in the same parent folder. */
    static Path fileOf(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + SUFFIX);
    }

    /** Whether {@code name} is a lock file's name. */
    static boolean isLockFile(String name) {
        return name.startsWith(".") && name.endsWith(SUFFIX) && name.length() > 1 + SUFFIX.length();
    }

    /**
     * Takes the lock of {@code target}, whose parent folder must exist.
     *
     * @throws BusyException when another job holds it
     */
    static FolderLock acquire(Path target) throws IOException {
        return acquireFile(fileOf(target), target);
    }

    /**
     * Takes the lock held in {@code file} (a lock file found in a folder), naming {@code target} if
     * it is held.
     *
     * @throws BusyException when another job holds it
     */
    static FolderLock acquireFile(Path file, Path target) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) throw new BusyException(target, OptionalLong.of(ProcessHandle.current().pid()));
        boolean acquired = false;
        // A pending interrupt would close the channel under a lock operation: keep it for later.
        boolean interrupted = Thread.interrupted();
        try {
            byte[] token = (ProcessHandle.current().pid() + " " + System.nanoTime() + " "
                    + System.identityHashCode(Thread.currentThread()) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisProcess) {
                    lock = null;
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    channel.close();
                    throw new BusyException(target, holder(key));
                }
                try {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(token), 0);
                    if (holds(key, token)) {
                        acquired = true;
                        return new FolderLock(key, channel, lock);
                    }
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                // The previous holder deleted the file between our opening and our locking it.
                channel.close();
            }
            throw new IOException(file + ": could not be locked after " + ATTEMPTS + " attempts");
        } finally {
            if (!acquired) HELD.remove(key);
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Whether the file named {@code file} is the one we wrote {@code token} into. */
    private static boolean holds(Path file, byte[] token) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(file), token);
        } catch (NoSuchFileException deleted) {
            return false;
        }
    }

    /**
     * The process id in a lock file written by {@link #acquire}, if it is one: files of other
     * programs that happen to end in {@code .lock} hold something else.
     */
    static OptionalLong holder(Path file) {
        try {
            if (Files.size(file) > 64) return OptionalLong.empty();
            Matcher token = TOKEN.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            return token.matches() ? OptionalLong.of(Long.parseLong(token.group(1))) : OptionalLong.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** Deletes the lock file and releases the lock; a job waiting for it then takes a new file. */
    @Override
    public void close() throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
            HELD.remove(file);
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
