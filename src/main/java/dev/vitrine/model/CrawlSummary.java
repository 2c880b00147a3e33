package dev.vitrine.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code crawl.json}: what the crawl as a whole saw, beside the per-URL lines of
 * {@code pages.jsonl}.
 *
 * @param stoppedBy the limit that ended the crawl ({@code maxPages}, {@code maxDepth},
 *                  {@code interrupted}), or null when the crawl ran out of links
 * @param outside   what was fetched beside the crawl for the checks (plain-http home,
 *                  security.txt, llms.txt, off-site stylesheets, HTTP version); null in
 *                  crawl.json files written before it existed
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
        String stoppedBy,
        Outside outside) {

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

    /**
     * Requests made beside the crawl, so the checks stay pure functions of the snapshot.
     *
     * @param homeHttpVersion {@code HTTP/2} or {@code HTTP/1.1}, as the https home answered a
     *                        client that prefers HTTP/2; null for an http home or when the
     *                        request failed
     * @param homeAltSvc      the home's {@code alt-svc} header ({@code h3} there advertises
     *                        HTTP/3), or null
     */
    public record Outside(HttpHome httpHome, TextFile securityTxt, TextFile llmsTxt, List<Stylesheet> stylesheets,
                          String homeHttpVersion, String homeAltSvc) {}

    /**
     * What the plain-http home answers: does the site send plain-http visitors to https?
     * {@code status} and {@code location} are those of the first response (redirects not
     * followed); {@code redirectsToHttps} is true when it redirects to https on the audited
     * site, directly or after other redirects on the site over http. Status 0 with
     * {@code error} when no response came (port 80 closed, timeout).
     */
    public record HttpHome(String url, int status, String location, boolean redirectsToHttps, String error) {}

    /**
     * A small text file at a well-known place (security.txt, llms.txt). {@code url} is the
     * URL that answered (after redirects); {@code content} is kept only for a 200 text
     * answer, bounded to 64 KB ({@code truncated} when cut); an HTML page served instead
     * (a soft 404) has {@code error} "not a text file".
     */
    public record TextFile(String url, int status, String contentType, String content, boolean truncated,
                           String error) {}

    /**
     * An off-site stylesheet of the home page (on-site ones are crawled: see
     * {@code PageFacts.mediaQueries}), read to find responsive rules. {@code bytes} counts
     * what was read: at most 512 KB, a longer stylesheet is counted in its first 512 KB.
     */
    public record Stylesheet(String url, int status, int bytes, int mediaQueries, String error) {}
}
