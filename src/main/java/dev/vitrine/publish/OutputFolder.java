package dev.vitrine.publish;

import dev.vitrine.model.VitrineException;
import dev.vitrine.run.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The portfolio is built in a hidden folder beside {@code --out} and swapped in when
 * complete: the old portfolio is renamed aside, the new one renamed in (each an atomic
 * rename on one file system), then the old one deleted. A reader sees the old portfolio or
 * the new one, never a half-written one; a publish that fails leaves the old one as it was.
 * Only a folder that is empty or was written by {@code vitrine publish} is ever replaced.
 */
final class OutputFolder {

    private OutputFolder() {}

    /** @throws VitrineException CONFIGURATION when {@code out} exists and is not a portfolio nor an empty folder */
    static void checkReplaceable(Path out) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw VitrineException.configuration(out + " exists and is not a folder: choose another --out");
        }
        if (Files.isRegularFile(out.resolve(PortfolioLayout.MANIFEST))) {
            return;
        }
        try (Stream<Path> children = Files.list(out)) {
            if (children.findAny().isPresent()) {
                throw VitrineException.configuration(out + " is not empty and was not written by vitrine publish (it has no "
                        + PortfolioLayout.MANIFEST + "): choose another --out folder, or an empty one, since publishing replaces it");
            }
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + out + ": " + e.getMessage());
        }
    }

    /** A new empty hidden folder beside {@code out}, to build the next portfolio in. */
    static Path stage(Path out) {
        return Folders.stage(out, prefix(out));
    }

    /** Puts {@code fresh} in the place of {@code out}, then deletes the old portfolio. */
    static void swap(Path fresh, Path out) {
        Folders.swap(fresh, out, prefix(out));
    }

    /** Deletes a folder and everything in it, as far as possible (symbolic links are removed, never followed). */
    static void delete(Path dir) {
        Folders.delete(dir);
    }

    /** {@code .out.publish-new-…}: hidden, and named after the folder it will replace. */
    private static String prefix(Path out) {
        return out.toAbsolutePath().getFileName() + ".publish-";
    }
}
