package dev.vitrine.model;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reading {@code pages.jsonl} back: one streaming pass, one {@link PageFacts} at a time, so
 * memory stays flat however large the crawl. Every stage after the crawl (offsite, score,
 * report, the comparison's cross links) reads the file through here.
 */
public final class PagesJsonl {

    /** The run file the crawl streams its page facts to. */
    public static final String FILE = "pages.jsonl";

    private PagesJsonl() {}

    /**
     * Hands every record of {@code file} to {@code consumer}, in file order (blank lines skipped).
     *
     * @throws VitrineException CONFIGURATION naming the file when it is missing or not valid JSON lines
     */
    public static void forEach(Path file, Consumer<PageFacts> consumer) {
        try (MappingIterator<PageFacts> pages = Json.MAPPER.readerFor(PageFacts.class).readValues(file.toFile())) {
            // hasNextValue/nextValue report a bad line as an IOException (hasNext/next would wrap it).
            while (pages.hasNextValue()) {
                PageFacts page = pages.nextValue();
                if (page != null) {
                    consumer.accept(page);
                }
            }
        } catch (IOException e) {
            // Only reading errors: a consumer's own exception is its own and passes through.
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }
}
