package dev.vitrine.crawl;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * crawler4j's HTML parser, replaced: one jsoup parse per page gives the extractor its
 * document and the frontier its links (taken from the extracted facts, so links are found
 * once). crawler4j's own parser runs Tika and a second link scan; this one does neither.
 */
final class JsoupHtmlParser implements HtmlParser {

    private final CrawlState state;
    private final WebURLFactory urlFactory;
    private final TLDList tldList;

    JsoupHtmlParser(CrawlState state, WebURLFactory urlFactory, TLDList tldList) {
        this.state = state;
        this.urlFactory = urlFactory;
        this.tldList = tldList;
    }

    @Override
    public HtmlParseData parse(Page page) {
        WebURL webUrl = page.getWebURL();
        RedirectChains.Chain chain = state.redirects.take(webUrl.getURL());
        int depth = state.depthFor(webUrl.getDepth());
        Document document;
        try {
            document = parseDocument(page);
        } catch (IOException | RuntimeException e) {
            PageFacts failed = PageFacts.ofResource(FetchFacts.of(page, chain, depth, null),
                    "could not parse the HTML: " + e.getMessage());
            return new FactsParseData.Html(failed, Set.of());
        }
        FetchedPage fetched = FetchFacts.of(page, chain, depth, document.charset().name());
        PageFacts facts;
        try {
            facts = state.extractor.extract(fetched, document);
        } catch (RuntimeException e) {
            // The extractor is written never to throw; if it does, the page is still recorded.
            facts = PageFacts.ofResource(fetched, "could not extract the page facts: " + e);
        }
        if (page.isTruncated()) {
            facts = facts.withError("body larger than " + state.settings.maxBodyBytes()
                    + " bytes: only the beginning was read");
        }
        return new FactsParseData.Html(facts, outgoing(facts, webUrl.getDepth()));
    }

    private static Document parseDocument(Page page) throws IOException {
        Charset declared = FetchFacts.charsetOf(page.getContentType());
        // crawler4j reports every page as UTF-8; the header (or else the page's own meta
        // charset, which jsoup reads) decides instead.
        return Jsoup.parse(new ByteArrayInputStream(page.getContentData()),
                declared == null ? null : declared.name(), page.getWebURL().getURL());
    }

    /**
     * The site's URLs this page refers to, for the frontier: links, images, scripts,
     * stylesheets, frames, canonical and hreflang alternates, so broken ones are found too.
     * URLs already offered by an earlier page are dropped here, before crawler4j's database.
     */
    private Set<WebURL> outgoing(PageFacts facts, int crawlerDepth) {
        boolean atDepthLimit = crawlerDepth >= state.settings.maxDepth();
        Set<WebURL> result = new LinkedHashSet<>();
        referencedUrls(facts).forEach(raw -> {
            // Most references are the same navigation on every page: a URL string met before
            // was offered already (or is off-site), so skip parsing and normalising it again.
            if (state.considered.contains(raw)) {
                return;
            }
            String url = state.scope.contains(raw) ? state.normalizer.filter(raw) : null;
            if (url == null || !state.scope.contains(url)) {
                state.considered.add(raw);
                return;
            }
            if (atDepthLimit) {
                if (!state.offered.contains(url)) {
                    state.depthLimitHit(); // left for a deeper crawl: not marked considered
                }
                return;
            }
            state.considered.add(raw);
            if (state.offered.add(url)) {
                WebURL webUrl = urlFactory.newWebUrl();
                webUrl.setTldList(tldList);
                webUrl.setURL(url);
                result.add(webUrl);
            }
        });
        return result;
    }

    static Stream<String> referencedUrls(PageFacts facts) {
        return Stream.of(
                facts.links().stream().filter(PageFacts.Link::internal).map(PageFacts.Link::href),
                facts.images().stream().map(PageFacts.Image::src),
                facts.scripts().stream(),
                facts.stylesheets().stream(),
                facts.iframes().stream(),
                facts.hreflang().stream().map(PageFacts.Hreflang::href),
                Stream.ofNullable(facts.canonical()))
                .flatMap(s -> s)
                .filter(u -> u != null && !u.isEmpty());
    }

    static List<String> referencedUrlList(PageFacts facts) {
        return referencedUrls(facts).toList();
    }
}
