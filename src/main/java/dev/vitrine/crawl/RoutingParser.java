package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * crawler4j's parser entry point. HTML goes to {@link JsoupHtmlParser}; every other
 * response (images, CSS, PDFs, JSON) is recorded with its fetch facts only, a stylesheet
 * with the number of its {@code @media} rules besides. The stock parser would run Tika on
 * binaries, a URL detector over plain text and a CSS parser, and treats any unknown type
 * (JSON, XML) as HTML.
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
        Charset charset = FetchFacts.charsetOf(page.getContentType());
        FetchedPage fetched = FetchFacts.of(page, chain, depth, charset == null ? null : charset.name());
        PageFacts facts = isCss(page.getContentType())
                ? stylesheet(fetched, MediaQueries.count(text(page.getContentData(), charset)))
                : PageFacts.ofResource(fetched, null);
        page.setParseData(new FactsParseData.Resource(facts));
    }

    private static boolean isCss(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("text/css");
    }

    private static String text(byte[] body, Charset charset) {
        return body == null ? "" : new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** A stylesheet's facts: those of any resource, and how many {@code @media} rules it has. */
    static PageFacts stylesheet(FetchedPage f, int mediaQueries) {
        return PageFacts.ofResource(f, null).withMediaQueries(mediaQueries);
    }
}
