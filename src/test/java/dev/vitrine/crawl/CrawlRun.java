package dev.vitrine.crawl;

import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One test crawl and what it wrote: the summary and pages.jsonl read back. */
record CrawlRun(CrawlSummary summary, List<PageFacts> pages, Path dir, String log) {

    /** Quick settings for local fake sites: no politeness delay, short timeouts. */
    static final CrawlSettings FAST = CrawlSettings.DEFAULTS.withDelayMillis(0).withThreads(2).withTimeouts(2_000, 2_000);

    static CrawlRun of(URI start, CrawlSettings settings, Path dir) {
        StringWriter log = new StringWriter();
        CrawlSummary summary = new SiteCrawler(settings, "Vitrine/test", new PrintWriter(log, true), false)
                .crawl(start, dir, LinkOnlyExtractor::new);
        return new CrawlRun(summary, read(dir.resolve(SiteCrawler.PAGES_FILE)), dir, log.toString());
    }

    static List<PageFacts> read(Path pagesJsonl) {
        try {
            return Files.readAllLines(pagesJsonl).stream().map(line -> {
                try {
                    return Json.MAPPER.readValue(line, PageFacts.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<PageFacts> page(String url) {
        return pages.stream().filter(p -> p.url().equals(url)).findFirst();
    }

    PageFacts get(String url) {
        return page(url).orElseThrow(() -> new AssertionError("no record for " + url + " in "
                + pages.stream().map(PageFacts::url).toList()));
    }

    List<String> urls() {
        return pages.stream().map(PageFacts::url).sorted().toList();
    }
}
