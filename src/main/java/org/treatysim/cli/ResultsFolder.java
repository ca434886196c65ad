package org.treatysim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A results folder that appears whole or not at all. Files are written into a hidden temporary
 * folder beside the target ({@code .<name>.partial-<pid>-<n>}, on the same file system) and the
 * folder is renamed onto the target by {@link #publish}; {@link #close} without a publish deletes
 * the temporary folder, and the parent folder too when this object created it and it is empty.
 * An existing target is kept unless {@code replace} is set.
 *
 * <p>One job at a time writes a target: {@link #open} takes its {@link FolderLock} and fails at
 * once when another job holds it. It also deletes what jobs killed outright ({@code kill -9}, a
 * power cut) left beside the target and inside it: work folders and lock files whose process has
 * ended (see {@link #abandoned}). Another job's work is left alone while its process runs.
 *
 * <p>A forecast's folder also holds the analyses made of it by other commands ({@code sweep/},
 * {@code update/}, {@code score/}). Opened with those names as {@code kept}, the folder counts as
 * existing only when it holds something else, and publishing carries the kept subfolders over into
 * the new folder, so that rerunning the forecast does not delete a sweep that took an hour.
 */
final class ResultsFolder implements AutoCloseable {

    /** The target exists and may not be replaced. */
    static final class TargetExistsException extends IOException {
        private static final long serialVersionUID = 1L;

        TargetExistsException(Path target) {
            super(target + " already exists: pass --force to replace it");
        }
    }

    /** A job's work folder: {@code .<target>.partial-<pid>-<n>} or a brief's {@code .brief-<pid>-<n>}. */
    private static final Pattern WORK = Pattern.compile("\\.(?:.+\\.partial|brief)-(\\d+)-\\d+");
    /** A replaced folder set aside while its successor is put in place: {@code .<target>.old-<pid>-<n>}. */
    private static final Pattern SET_ASIDE = Pattern.compile("\\.(.+)\\.old-(\\d+)-\\d+");
    /** The prefix of the staging folder in which {@code treatysim brief} draws a folder's brief. */
    static final String BRIEF_STAGING = ".brief-";

    private final Path target;
    private final boolean replace;
    private final Path temporary;
    private final Path createdParent;
    private final Set<String> kept;
    private final FolderLock lock;
    private boolean published;

    private ResultsFolder(Path target, boolean replace, Path temporary, Path createdParent, Set<String> kept,
                          FolderLock lock) {
        this.target = target;
        this.replace = replace;
        this.temporary = temporary;
        this.createdParent = createdParent;
        this.kept = Set.copyOf(kept);
        this.lock = lock;
    }

    /**
     * Prepares to write {@code target}.
     *
     * @throws TargetExistsException when the target exists and {@code replace} is false
     */
    static ResultsFolder open(Path target, boolean replace) throws IOException {
        return open(target, replace, Set.of());
    }

    /**
     * Prepares to write {@code target}, keeping its subfolders named in {@code kept}.
     *
     * @param kept names of subfolders that other commands write into the target and that
     *             publishing carries over; the target counts as existing only with other contents
     * @throws TargetExistsException when the target holds more than the kept subfolders and
     *                               {@code replace} is false
     * @throws FolderLock.BusyException when another job is writing the target
     */
    static ResultsFolder open(Path target, boolean replace, Set<String> kept) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!replace && occupied(absolute, kept)) {
            throw new TargetExistsException(target);
        }
        Path parent = absolute.getParent();
        Path createdParent = null;
        if (!Files.isDirectory(parent)) {
            createdParent = outermostMissing(parent);
            Files.createDirectories(parent);
        }
        FolderLock lock = null;
        try {
            lock = FolderLock.acquireFile(FolderLock.fileOf(absolute), target);
            removeAbandoned(parent);
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) removeAbandoned(absolute);
            // Again under the lock: a job that held it may have published the target meanwhile.
            if (!replace && occupied(absolute, kept)) throw new TargetExistsException(target);
            Path temporary = freshFolder(parent, "." + absolute.getFileName() + ".partial-");
            return new ResultsFolder(absolute, replace, temporary, createdParent, kept, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            removeCreatedParents(createdParent, parent);
            throw e;
        }
    }

    /**
     * Whether {@code folder} exists with contents other than the kept subfolders. What killed jobs
     * left in it (see {@link #abandoned}) and a sweep's checkpoint ({@link BlockFiles#checkpointOf})
     * are not contents.
     */
    static boolean occupied(Path folder, Set<String> kept) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return false;
        if (kept.isEmpty() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> !abandoned(child) && !BlockFiles.isCheckpoint(child.getFileName().toString())
                    && (!kept.contains(child.getFileName().toString())
                    || !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)));
        }
    }

    /**
     * Whether {@code entry} is what a job left when it was killed outright: a work folder
     * ({@code .<target>.partial-<pid>-<n>}, {@code .brief-<pid>-<n>}) or a lock file
     * ({@code .<target>.lock}, holding its process id) whose process has ended, or a replaced
     * folder ({@code .<target>.old-<pid>-<n>}) whose process has ended after putting its successor
     * in place.
     */
    static boolean abandoned(Path entry) {
        String name = entry.getFileName().toString();
        try {
            Matcher work = WORK.matcher(name);
            if (work.matches()) {
                return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && ended(Long.parseLong(work.group(1)), Files.getLastModifiedTime(entry,
                        LinkOption.NOFOLLOW_LINKS).toInstant());
            }
            Matcher aside = SET_ASIDE.matcher(name);
            if (aside.matches()) {
                // The folder's time is its predecessor's, not the job's: only a process that is gone counts.
                return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(aside.group(2))).isEmpty()
                        && Files.exists(entry.resolveSibling(aside.group(1)), LinkOption.NOFOLLOW_LINKS);
            }
            if (FolderLock.isLockFile(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                OptionalLong holder = FolderLock.holder(entry);
                return holder.isPresent()
                        && ended(holder.getAsLong(), Files.getLastModifiedTime(entry).toInstant());
            }
        } catch (IOException | NumberFormatException gone) {
            return false;
        }
        return false;
    }

    /**
     * Whether the process that last changed a work entry at {@code lastChanged} has ended: no process
     * has its id, or the one that has it started later (the id was reused, as happens in containers).
     */
    private static boolean ended(long pid, Instant lastChanged) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) return true;
        Optional<Instant> started = process.get().info().startInstant();
        // A second's margin for the clocks' resolutions.
        return started.isPresent() && started.get().isAfter(lastChanged.plusSeconds(1));
    }

    /**
     * Deletes from {@code folder} what killed jobs left there (see {@link #abandoned}); a lock file
     * goes only if no process holds its lock. Best effort: what cannot be deleted stays.
     */
    static void removeAbandoned(Path folder) {
        List<Path> entries;
        try (Stream<Path> children = Files.list(folder)) {
            entries = children.toList();
        } catch (IOException | UncheckedIOException unreadable) {
            return;
        }
        for (Path entry : entries) {
            if (!abandoned(entry)) continue;
            try {
                if (FolderLock.isLockFile(entry.getFileName().toString())) {
                    try (FolderLock free = FolderLock.acquireFile(entry, entry)) {
                        // Taken, so nobody holds it: closing deletes it.
                    } catch (FolderLock.BusyException held) {
                        // A job has just taken it over.
                    }
                } else {
                    deleteTree(entry);
                }
            } catch (IOException | UncheckedIOException stays) {
                // Housekeeping only: the job goes on.
            }
        }
    }

    /**
     * A new folder {@code prefix<pid>-<n>} with the user's default permissions (unlike
     * {@link Files#createTempDirectory}, whose owner-only permissions would stay on the results).
     * The process id lets later jobs tell an abandoned work folder from one in use.
     */
    static Path freshFolder(Path parent, String prefix) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + pid + "-" + attempt));
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 10_000) throw taken;
            }
        }
    }

    private static Path outermostMissing(Path folder) {
        Path missing = folder;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        return missing;
    }

    /** The temporary folder to write into. */
    Path temporary() {
        return temporary;
    }

    /** The final folder. */
    Path target() {
        return target;
    }

    /**
     * Renames the temporary folder onto the target (atomically where the file system can). With
     * {@code replace}, an existing target is first moved aside and deleted only once the new
     * folder is in place. The kept subfolders of an existing target move into the new folder
     * first, and back again if the new folder cannot be put in place.
     */
    void publish() throws IOException {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !replace && occupied(target, kept)) throw new TargetExistsException(target);
        Path aside = null;
        List<String> carried = new ArrayList<>();
        try {
            if (exists) {
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    for (String name : kept.stream().sorted().toList()) {
                        Path child = target.resolve(name);
                        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                                && !Files.exists(temporary.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                            Files.move(child, temporary.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                            carried.add(name);
                        }
                    }
                }
                Path free = freshFolder(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(free);
                Files.move(target, free, StandardCopyOption.ATOMIC_MOVE);
                aside = free;
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Put back what was there: the old folder, then the subfolders carried out of it.
            if (aside != null) Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            for (String name : carried) {
                Files.move(temporary.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            throw e instanceof FileAlreadyExistsException ? new TargetExistsException(target) : e;
        }
        published = true;
        if (aside != null) deleteTree(aside);
    }

    /** Deletes the temporary folder unless it was published, and releases the target's lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!published) deleteTree(temporary);
        } finally {
            lock.close();
        }
        if (!published) removeCreatedParents(createdParent, target.getParent());
    }

    /** Removes the folders made for nothing, innermost first, only while empty. */
    private static void removeCreatedParents(Path createdParent, Path parent) throws IOException {
        if (createdParent == null) return;
        Path folder = parent;
        while (folder != null && folder.startsWith(createdParent)) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException someoneElsesFiles) {
                break;
            }
            folder = folder.getParent();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException gone) {
                    // Already removed: nothing to do.
                }
            }
        }
    }
}
