package dev.vitrine.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code crawl.json}: what the crawl as a whole saw, beside the per-URL lines of
 * {@code pages.jsonl}.
 *
 * @param stoppedBy the limit that ended the crawl ({@code maxPages}, {@code maxDepth},
 *                  {@code interrupted}), or null when the crawl ran out of links
 */
public record CrawlSummary(
        String tool,
        String startUrl,
        String homeUrl,
        List<PageFacts.Redirect> homeRedirects,
        List<String> scopeHosts,
        String userAgent,
        CrawlSettings settings,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        Robots robots,
        List<Sitemap> sitemaps,
        Totals totals,
        List<BrokenLink> brokenLinks,
        String stoppedBy) {

    /** robots.txt as fetched, its groups and the sitemaps it declares. */
    public record Robots(String url, int status, String content, boolean truncated,
                         List<RobotsGroup> groups, List<String> sitemaps, boolean obeyed) {}

    public record RobotsGroup(List<String> userAgents, List<String> allow, List<String> disallow,
                              Double crawlDelaySeconds) {}

    /** One sitemap read: {@code kind} is {@code urlset} or {@code index}; {@code urls} counts page URLs. */
    public record Sitemap(String url, String declaredBy, String kind, int urls, String error) {}

    public record Totals(int fetched, int htmlPages, int redirects, int clientErrors, int serverErrors,
                         int fetchErrors, long bytes, int sitemapUrls, int sitemapOnlyPages,
                         int brokenLinks) {}

    /**
     * An internal URL that answered 4xx/5xx or could not be fetched, with the pages that
     * link to it ({@code linkedFrom} holds at most 50; {@code linkedFromCount} counts all).
     */
    public record BrokenLink(String url, int status, String error, List<String> linkedFrom,
                             int linkedFromCount) {}
}
