package dev.vitrine.site;

import dev.vitrine.run.Folders;
import java.nio.file.Path;

/**
 * The report is written into a hidden folder beside {@code site/} ({@code .site-new-…}) and
 * swapped in when complete (see {@link Folders#swap}): a rendering that fails leaves the
 * previous {@code site/} as it was.
 */
final class SiteFolder {

    static final String TEMP_PREFIX = "site-";

    private SiteFolder() {}

    /** A new empty folder beside {@code site}, to write the next report into. */
    static Path begin(Path site) {
        return Folders.stage(site, TEMP_PREFIX);
    }

    /** Puts {@code fresh} in the place of {@code site}, then deletes the old report. */
    static void replace(Path fresh, Path site) {
        Folders.swap(fresh, site, TEMP_PREFIX);
    }

    /** Deletes a folder and everything in it, as far as possible. */
    static void delete(Path dir) {
        Folders.delete(dir);
    }
}
