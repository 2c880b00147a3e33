package dev.vitrine.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.SiteScope;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;

/**
 * Reads the sitemaps robots.txt declares and {@code /sitemap.xml}: XML, text and gzip
 * sitemaps and sitemap indexes (crawler-commons parses them), within bounds. The page URLs
 * on the audited site are kept to seed the crawl with pages no link leads to.
 */
final class SitemapReader {

    static final int MAX_SITEMAPS = 50;
    static final int MAX_URLS = 200_000;
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    /** The sitemaps read and the site's page URLs they list, in order, without duplicates. */
    record Result(List<CrawlSummary.Sitemap> sitemaps, Set<String> pageUrls) {}

    private record Pending(URI url, String declaredBy) {}

    private SitemapReader() {}

    static Result read(DirectFetcher http, URI home, List<String> declared, SiteScope scope)
            throws InterruptedException {
        Deque<Pending> queue = new ArrayDeque<>();
        Set<URI> queued = new LinkedHashSet<>();
        for (String url : declared) {
            enqueue(queue, queued, url, "robots.txt");
        }
        URI defaultLocation = home.resolve("/sitemap.xml");
        if (!queued.contains(defaultLocation)) {
            enqueue(queue, queued, defaultLocation.toString(), "default location");
        }
        List<CrawlSummary.Sitemap> read = new ArrayList<>();
        Set<String> pages = new LinkedHashSet<>();
        SiteMapParser parser = new SiteMapParser(false);
        while (!queue.isEmpty() && read.size() < MAX_SITEMAPS) {
            Pending next = queue.poll();
            read.add(readOne(http, parser, next, scope, pages, queue, queued));
        }
        return new Result(List.copyOf(read), pages);
    }

    private static CrawlSummary.Sitemap readOne(DirectFetcher http, SiteMapParser parser, Pending sitemap,
                                                SiteScope scope, Set<String> pages, Deque<Pending> queue,
                                                Set<URI> queued) throws InterruptedException {
        String url = sitemap.url().toString();
        try {
            DirectFetcher.Response response = http.get(sitemap.url(), MAX_BYTES);
            if (response.status() != 200) {
                return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), null, 0, "HTTP " + response.status());
            }
            if (response.truncated()) {
                return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), null, 0,
                        "larger than " + MAX_BYTES + " bytes: not read");
            }
            AbstractSiteMap parsed = parser.parseSiteMap(contentType(response), response.body(), sitemap.url().toURL());
            if (parsed instanceof SiteMapIndex index) {
                int children = 0;
                for (AbstractSiteMap child : index.getSitemaps()) {
                    enqueue(queue, queued, child.getUrl().toString(), url);
                    children++;
                }
                return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), "index", children, null);
            }
            int count = 0;
            for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
                count++;
                String page = entry.getUrl().toString();
                if (pages.size() < MAX_URLS && scope.contains(page)) {
                    pages.add(page);
                }
            }
            return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), "urlset", count, null);
        } catch (UnknownFormatException e) {
            return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), null, 0, "not a sitemap: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new CrawlSummary.Sitemap(url, sitemap.declaredBy(), null, 0,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** crawler-commons decides gzip from the type; servers often send gzip files as octet-stream. */
    private static String contentType(DirectFetcher.Response response) {
        byte[] b = response.body();
        boolean gzipMagic = b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
        if (gzipMagic) {
            return "application/gzip";
        }
        return response.contentType() == null ? "text/xml" : response.contentType();
    }

    private static void enqueue(Deque<Pending> queue, Set<URI> queued, String url, String declaredBy) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() != null && uri.getScheme().startsWith("http") && queued.add(uri)) {
                queue.add(new Pending(uri, declaredBy));
            }
        } catch (IllegalArgumentException ignored) {
            // an invalid sitemap URL in robots.txt or an index is skipped
        }
    }
}
