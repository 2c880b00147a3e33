package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the crawler threads of one crawl share: where facts go, redirects in flight, counters. */
final class CrawlState {

    final CrawlSettings settings;
    final SiteScope scope;
    final SiteCrawler.Extractor extractor;
    final BasicURLNormalizer normalizer;
    final RedirectChains redirects = new RedirectChains();
    /**
     * URLs already offered to the frontier. crawler4j looks every outgoing link up in its
     * database; most links of a site are the same navigation on every page, so dropping the
     * known ones first saves hundreds of thousands of queries on a large site.
     */
    final Set<String> offered = ConcurrentHashMap.newKeySet();
    /** Reference strings, as written on pages, already dealt with (offered or off-site). */
    final Set<String> considered = ConcurrentHashMap.newKeySet();
    final BrokenLinks brokenLinks;

    private final PagesFile pages;
    private final AtomicInteger htmlPages = new AtomicInteger();
    private final AtomicInteger redirected = new AtomicInteger();
    private final AtomicInteger clientErrors = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger fetchErrors = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean sitemapPhase;
    private volatile boolean depthLimitHit;
    private volatile String homeUrl;
    private volatile List<String> homeStylesheets = List.of();

    CrawlState(CrawlSettings settings, SiteScope scope, SiteCrawler.Extractor extractor,
               BasicURLNormalizer normalizer, PagesFile pages) {
        this.settings = settings;
        this.scope = scope;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.pages = pages;
        this.brokenLinks = new BrokenLinks(normalizer);
    }

    /** Appends one URL's facts to pages.jsonl and counts it. */
    void record(PageFacts facts) {
        noteHome(facts);
        pages.write(facts);
        brokenLinks.note(facts);
        if (!facts.redirects().isEmpty()) {
            redirected.incrementAndGet();
        }
        int status = facts.status();
        if (status >= 500) {
            serverErrors.incrementAndGet();
        } else if (status >= 400) {
            clientErrors.incrementAndGet();
        } else if (status == 0) {
            fetchErrors.incrementAndGet();
        } else if (status < 300 && facts.isHtml()) {
            htmlPages.incrementAndGet();
        }
        bytes.addAndGet(facts.bytes());
    }

    /** The URL (as seeded) whose record is the home page's. */
    void watchHome(String seededUrl) {
        homeUrl = seededUrl;
    }

    /** The stylesheets the home page links, as its facts list them; empty until it is recorded. */
    List<String> homeStylesheets() {
        return homeStylesheets;
    }

    private void noteHome(PageFacts facts) {
        String home = homeUrl;
        if (home != null && facts.stylesheets() != null && !facts.stylesheets().isEmpty()
                && (home.equals(facts.finalUrl()) || home.equals(facts.url()))) {
            homeStylesheets = List.copyOf(facts.stylesheets());
        }
    }

    /** Records a URL that gave no usable response (status 0 when none came). */
    void recordFailure(String url, int status, String contentType, int depth, String error) {
        RedirectChains.Chain chain = redirects.take(url);
        FetchedPage fetched = new FetchedPage(chain == null ? url : chain.origin(), url,
                chain == null ? List.of() : chain.hops(), status, contentType, 0,
                TimedPageFetcher.lastResponseMillis(), chain == null ? depth : chain.depth(), Map.of(), null);
        record(PageFacts.ofResource(fetched, error));
    }

    /** Depth to record for a URL crawler4j reports at {@code crawlerDepth}. */
    int depthFor(int crawlerDepth) {
        return sitemapPhase ? -1 : crawlerDepth;
    }

    /** From now on the crawl follows sitemap URLs that no link led to: their depth is unknown. */
    void enterSitemapPhase() {
        sitemapPhase = true;
    }

    void depthLimitHit() {
        depthLimitHit = true;
    }

    boolean wasDepthLimitHit() {
        return depthLimitHit;
    }

    int fetched() {
        return pages.lines();
    }

    int errors() {
        return clientErrors.get() + serverErrors.get() + fetchErrors.get();
    }

    int htmlPages() {
        return htmlPages.get();
    }

    int redirected() {
        return redirected.get();
    }

    int clientErrors() {
        return clientErrors.get();
    }

    int serverErrors() {
        return serverErrors.get();
    }

    int fetchErrors() {
        return fetchErrors.get();
    }

    long bytes() {
        return bytes.get();
    }
}
