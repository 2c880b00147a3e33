package dev.vitrine.crawl;

import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import org.jsoup.nodes.Document;

/** TEMPORARY STUB (being written). */
public final class SiteCrawler {

    /** Turns one fetched, parsed HTML page into its facts (the extract stage, run inside the crawl). */
    @FunctionalInterface
    public interface Extractor {
        PageFacts extract(FetchedPage fetched, Document document);
    }

    public SiteCrawler(CrawlSettings settings, String userAgent, PrintWriter log, boolean interactive) {
    }

    public CrawlSummary crawl(URI startUrl, Path runDir, Function<SiteScope, Extractor> extractorFor) {
        throw new UnsupportedOperationException("not written yet");
    }
}
