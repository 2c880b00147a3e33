package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.vitrine.model.PageFacts;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.IOException;

/**
 * crawler4j's parser entry point. HTML goes to {@link JsoupHtmlParser}; every other
 * response (images, CSS, PDFs, JSON) is recorded with its fetch facts only. The stock
 * parser would run Tika on binaries, a URL detector over plain text and a CSS parser, and
 * treats any unknown type (JSON, XML) as HTML.
 */
final class RoutingParser extends Parser {

    private final CrawlState state;
    private final JsoupHtmlParser html;

    RoutingParser(CrawlConfig config, BasicURLNormalizer normalizer, JsoupHtmlParser html, TLDList tldList,
                  WebURLFactory urlFactory, CrawlState state) throws IOException {
        super(config, normalizer, html, tldList, urlFactory);
        this.state = state;
        this.html = html;
    }

    @Override
    public void parse(Page page) {
        if (FetchFacts.isHtml(page.getContentType(), page.getContentData())) {
            page.setParseData(html.parse(page));
            return;
        }
        RedirectChains.Chain chain = state.redirects.take(page.getWebURL().getURL());
        int depth = state.depthFor(page.getWebURL().getDepth());
        var charset = FetchFacts.charsetOf(page.getContentType());
        PageFacts facts = PageFacts.ofResource(
                FetchFacts.of(page, chain, depth, charset == null ? null : charset.name()), null);
        page.setParseData(new FactsParseData.Resource(facts));
    }
}
