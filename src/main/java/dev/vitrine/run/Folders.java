package dev.vitrine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Folders written whole, then swapped in: a report's {@code site/} and a published
 * portfolio are built in a hidden sibling folder, and {@link #swap} puts the new one in
 * place (old renamed aside, new renamed in, each an atomic rename on one file system, then
 * the old deleted). A reader sees the old folder or the new one, never a half-written one;
 * a failure before the swap leaves the old one as it was.
 */
public final class Folders {

    private Folders() {}

    /** A new empty hidden folder beside {@code target}, named {@code .<prefix>new-<uuid>}. */
    public static Path stage(Path target, String prefix) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createDirectory(parent.resolve("." + prefix + "new-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts {@code fresh} in the place of {@code target}, then deletes the old one. If the new
     * folder cannot be moved in, the old one is put back and the error is thrown.
     */
    public static void swap(Path fresh, Path target, String prefix) {
        Path old = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.toAbsolutePath().getParent().resolve("." + prefix + "old-" + UUID.randomUUID());
                move(target, old);
            }
            try {
                move(fresh, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                    old = null;
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + fresh + " into " + target + ": " + e.getMessage(), e);
        }
        delete(old);
    }

    /** Deletes a folder and everything in it, as far as possible; symbolic links are removed, never followed. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: what is left is a hidden folder, never read as a report, run or portfolio
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
