package dev.vitrine.model;

import java.net.URI;
import java.util.List;

/**
 * One company to audit: {@code audits/<slug>/audit.yaml}, or the same built from
 * {@code --url} for an ad-hoc audit. Validated when read (see {@link AuditFiles}): the
 * website is an absolute http(s) URL and every key is known.
 */
public record AuditDefinition(
        String slug,
        String company,
        URI website,
        String language,
        List<String> objectives,
        List<Competitor> competitors,
        Backlinks backlinks,
        CrawlOverrides crawl) {

    /** Report languages, the default first. */
    public static final List<String> LANGUAGES = List.of("fr", "en");
    /** Business objectives an audit may weigh its action plan towards (DESIGN.md, Scoring). */
    public static final List<String> OBJECTIVES = List.of("visibility", "leads", "sales", "loyalty");

    public AuditDefinition {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        backlinks = backlinks == null ? new Backlinks(List.of(), List.of()) : backlinks;
        crawl = crawl == null ? CrawlOverrides.NONE : crawl;
        language = language == null ? "fr" : language;
    }

    /** The same audit, reported in another language ({@code --lang}). */
    public AuditDefinition withLanguage(String value) {
        return new AuditDefinition(slug, company, website, value, objectives, competitors, backlinks, crawl);
    }

    public record Competitor(String name, URI website) {}

    /**
     * {@code backlinks:} of audit.yaml. {@code imports} are CSV file names, relative to the
     * audit's folder.
     */
    public record Backlinks(List<Source> sources, List<String> imports) {
        public Backlinks {
            sources = sources == null ? List.of() : List.copyOf(sources);
            imports = imports == null ? List.of() : List.copyOf(imports);
        }

        /**
         * A page that should link to the company (a directory listing, a partner, a press
         * article). {@code depth} 0 reads that page only; 1 also reads the pages it links to on
         * its own site (a small partner site), at most {@value #MAX_PAGES_AT_DEPTH_1} pages. In
         * audit.yaml a source is either its URL or {@code {url: ..., depth: 1}}.
         */
        public record Source(URI url, int depth) {
            public static final int MAX_DEPTH = 1;
            public static final int MAX_PAGES_AT_DEPTH_1 = 50;

            public static Source of(URI url) {
                return new Source(url, 0);
            }
        }
    }

    /** The {@code crawl:} block: null fields keep the defaults. */
    public record CrawlOverrides(Integer maxPages, Integer maxDepth, Integer threads, Integer delayMillis,
                                 Boolean ignoreRobots) {
        public static final CrawlOverrides NONE = new CrawlOverrides(null, null, null, null, null);

        public CrawlSettings applyTo(CrawlSettings base) {
            CrawlSettings s = base;
            if (maxPages != null) s = s.withMaxPages(maxPages);
            if (maxDepth != null) s = s.withMaxDepth(maxDepth);
            if (threads != null) s = s.withThreads(threads);
            if (delayMillis != null) s = s.withDelayMillis(delayMillis);
            if (ignoreRobots != null) s = s.withIgnoreRobots(ignoreRobots);
            return s;
        }
    }
}
