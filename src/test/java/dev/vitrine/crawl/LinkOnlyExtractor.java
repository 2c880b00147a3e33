package dev.vitrine.crawl;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The smallest extractor the crawl needs: title, links, images and stylesheets. Keeps the
 * crawl's tests independent of the extract stage (which has its own tests).
 */
final class LinkOnlyExtractor implements SiteCrawler.Extractor {

    private final SiteScope scope;

    LinkOnlyExtractor(SiteScope scope) {
        this.scope = scope;
    }

    @Override
    public PageFacts extract(FetchedPage f, Document doc) {
        List<PageFacts.Link> links = doc.select("a[href]").stream()
                .map(a -> new PageFacts.Link(a.absUrl("href"), a.text(), null, scope.contains(a.absUrl("href"))))
                .toList();
        List<PageFacts.Image> images = doc.select("img[src]").stream()
                .map(i -> new PageFacts.Image(i.absUrl("src"), i.hasAttr("alt") ? i.attr("alt") : null))
                .toList();
        List<String> stylesheets = doc.select("link[href]").stream()
                .filter(l -> l.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet"))
                .map(l -> l.absUrl("href"))
                .toList();
        return new PageFacts(f.url(), f.finalUrl(), f.redirects(), f.status(), f.contentType(), f.bytes(),
                f.responseMillis(), f.depth(), f.headers(), doc.title(), null, null, null, null, f.charset(), null,
                List.of(), 0, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), links,
                images, List.of(), List.of(), List.of(), List.of(), stylesheets, List.of(), List.of(), List.of(), null, null,
                List.of(), List.of(), null, null, List.of(), 0, 0, List.of(), null);
    }
}
