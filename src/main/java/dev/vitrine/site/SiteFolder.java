package dev.vitrine.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The report is written into a hidden folder beside {@code site/} and swapped in when
 * complete: the old {@code site/} is renamed aside, the new one renamed in, the old one
 * deleted. A rendering that fails leaves the previous {@code site/} as it was.
 */
final class SiteFolder {

    static final String TEMP_PREFIX = ".site-";

    private SiteFolder() {}

    /** A new empty folder beside {@code site}, to write the next report into. */
    static Path begin(Path site) {
        try {
            return Files.createDirectory(site.resolveSibling(TEMP_PREFIX + "new-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + site + ": " + e.getMessage(), e);
        }
    }

    /** Puts {@code fresh} in the place of {@code site}, then deletes the old report. */
    static void replace(Path fresh, Path site) {
        Path old = null;
        try {
            if (Files.exists(site)) {
                old = site.resolveSibling(TEMP_PREFIX + "old-" + UUID.randomUUID());
                move(site, old);
            }
            try {
                move(fresh, site);
            } catch (IOException e) {
                if (old != null) {
                    move(old, site); // put the previous report back
                    old = null;
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new report into " + site + ": " + e.getMessage(), e);
        }
        if (old != null) {
            delete(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, as far as possible. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover hidden .site- folder is never part of the report
        }
    }
}
