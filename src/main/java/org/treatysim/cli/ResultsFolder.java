package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears whole or not at all. Files are written into a hidden temporary
 * folder beside the target ({@code .<name>.partial-<pid>-<n>}, on the same file system) and the
 * folder is renamed onto the target by {@link #publish}; {@link #close} without a publish deletes
 * the temporary folder, and the parent folder too when this object created it and it is empty.
 * An existing target is kept unless {@code replace} is set.
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
    private boolean published;

    private ResultsFolder(Path target, boolean replace, Path temporary, Path createdParent) {
        this.target = target;
        this.replace = replace;
        this.temporary = temporary;
        this.createdParent = createdParent;
    }

    /**
     * Prepares to write {@code target}.
     *
     * @throws TargetExistsException when the target exists and {@code replace} is false
     */
    static ResultsFolder open(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw new TargetExistsException(target);
        }
        Path parent = absolute.getParent();
        Path createdParent = null;
        if (!Files.isDirectory(parent)) {
            createdParent = outermostMissing(parent);
            Files.createDirectories(parent);
        }
        Path temporary = freshFolder(parent, "." + absolute.getFileName() + ".partial-");
        return new ResultsFolder(absolute, replace, temporary, createdParent);
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
     * folder is in place.
     */
    void publish() throws IOException {
        Path aside = null;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (!replace) throw new TargetExistsException(target);
            aside = freshFolder(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(aside);
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
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
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
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
