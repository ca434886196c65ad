package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A results folder that appears whole or not at all. Files are written into a hidden temporary
 * folder beside the target ({@code .<name>.partial-<pid>-<n>}, on the same file system) and the
 * folder is renamed onto the target by {@link #publish}; {@link #close} without a publish deletes
 * the temporary folder, and the parent folder too when this object created it and it is empty.
 * An existing target is kept unless {@code replace} is set.
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

    private final Path target;
    private final boolean replace;
    private final Path temporary;
    private final Path createdParent;
    private final Set<String> kept;
    private boolean published;

    private ResultsFolder(Path target, boolean replace, Path temporary, Path createdParent, Set<String> kept) {
        this.target = target;
        this.replace = replace;
        this.temporary = temporary;
        this.createdParent = createdParent;
        this.kept = Set.copyOf(kept);
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
        Path temporary = freshFolder(parent, "." + absolute.getFileName() + ".partial-");
        return new ResultsFolder(absolute, replace, temporary, createdParent, kept);
    }

    /** Whether {@code folder} exists with contents other than the kept subfolders. */
    static boolean occupied(Path folder, Set<String> kept) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return false;
        if (kept.isEmpty() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> !kept.contains(child.getFileName().toString())
                    || !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /**
     * A new folder {@code prefix<pid>-<n>} with the user's default permissions (unlike
     * {@link Files#createTempDirectory}, whose owner-only permissions would stay on the results).
     */
    private static Path freshFolder(Path parent, String prefix) throws IOException {
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

    /** Deletes the temporary folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (published) return;
        deleteTree(temporary);
        if (createdParent != null) {
            // Remove the folders we made for nothing, innermost first, only while empty.
            Path folder = target.getParent();
            while (folder != null && folder.startsWith(createdParent)) {
                try {
                    Files.deleteIfExists(folder);
                } catch (DirectoryNotEmptyException someoneElsesFiles) {
                    break;
                }
                folder = folder.getParent();
            }
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
