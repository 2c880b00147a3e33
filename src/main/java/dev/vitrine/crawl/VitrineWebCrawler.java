package dev.vitrine.crawl;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.parser.ParseData;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * One crawler thread: stays on the site, writes each URL's facts as it arrives, and turns
 * crawler4j's callbacks for redirects and failures into records, so every fetched URL has
 * its line in pages.jsonl.
 */
final class VitrineWebCrawler extends WebCrawler {

    /** Hops after which a chain is reported rather than followed. */
    static final int MAX_REDIRECTS = 10;

    private final CrawlState state;
    private WebURL current;

    VitrineWebCrawler(CrawlState state) {
        this.state = state;
    }

    @Override
    protected WebURL handleUrlBeforeProcess(WebURL url) {
        current = url;
        return url;
    }

    /** Stay on the audited site (www. and bare domain, http and https); nofollow is audited, not obeyed. */
    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        return state.scope.contains(url.getURL());
    }

    @Override
    public void visit(Page page) {
        ParseData data = page.getParseData();
        if (data instanceof FactsParseData withFacts) {
            state.record(withFacts.facts());
        }
    }

    @Override
    protected void onRedirectedStatusCode(Page page) {
        String from = page.getWebURL().getURL();
        String to = page.getRedirectedToUrl();
        RedirectChains.Chain chain = state.redirects.take(from);
        if (chain == null) {
            chain = new RedirectChains.Chain(from, state.depthFor(page.getWebURL().getDepth()), List.of());
        }
        chain = chain.then(FetchFacts.hop(from, page.getStatusCode(), to));
        if (chain.visited(to)) {
            recordRedirect(page, chain, to, "redirect loop: " + to + " redirects back to a URL already in the chain");
        } else if (chain.hops().size() >= MAX_REDIRECTS) {
            recordRedirect(page, chain, to, "more than " + MAX_REDIRECTS + " redirects");
        } else if (!state.scope.contains(to) || getMyController().getDocIdServer().isSeenBefore(to)) {
            // Leaves the site, or lands on a URL recorded on its own: the chain ends here.
            recordRedirect(page, chain, to, null);
        } else {
            state.redirects.await(to, chain); // crawler4j schedules `to`; its record carries the chain
        }
    }

    private void recordRedirect(Page page, RedirectChains.Chain chain, String to, String error) {
        FetchedPage fetched = new FetchedPage(chain.origin(), to, chain.hops(), page.getStatusCode(),
                page.getContentType(), 0, TimedPageFetcher.lastResponseMillis(), chain.depth(),
                FetchFacts.headers(page.getFetchResponseHeaders(), null), null);
        state.record(PageFacts.ofResource(fetched, error));
    }

    @Override
    protected void onRedirectedToInvalidUrl(Page page) {
        state.recordFailure(urlOf(page), page.getStatusCode(), null, depth(),
                "redirect without a valid Location header");
    }

    @Override
    protected void onUnexpectedStatusCode(String url, int status, String contentType, String description) {
        state.recordFailure(url, status, contentType, depth(), null);
    }

    @Override
    protected void onContentFetchError(Page page, Exception e) {
        state.recordFailure(urlOf(page), page.getStatusCode(), page.getContentType(), depth(), describe(e));
    }

    @Override
    protected void onUnhandledException(Page page, Throwable e) {
        state.recordFailure(urlOf(page), page == null ? 0 : page.getStatusCode(), null, depth(), describe(e));
    }

    @Override
    protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
        state.recordFailure(urlOf(page), page.getStatusCode(), page.getContentType(), depth(),
                "body of " + pageSize + " bytes is larger than the limit of " + state.settings.maxBodyBytes()
                        + " bytes: not downloaded");
    }

    @Override
    protected void onParseError(WebURL webUrl, Exception e) {
        state.recordFailure(webUrl.getURL(), 200, null, depth(), "could not parse: " + describe(e));
    }

    /** The failure of this thread, if it died (the controller restarts it). */
    Throwable failure() {
        return getError();
    }

    private String urlOf(Page page) {
        if (page != null && page.getWebURL() != null) {
            return page.getWebURL().getURL();
        }
        return current == null ? "" : current.getURL();
    }

    private int depth() {
        return current == null ? 0 : state.depthFor(current.getDepth());
    }

    static String describe(Throwable e) {
        if (e instanceof SocketTimeoutException) {
            return "timed out waiting for the response";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
