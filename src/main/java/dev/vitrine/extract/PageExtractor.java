package dev.vitrine.extract;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import org.jsoup.nodes.Document;

/** TEMPORARY STUB (being written): page facts from one parsed document. */
public final class PageExtractor {
    private final SiteScope scope;

    public PageExtractor(SiteScope scope) {
        this.scope = scope;
    }

    public PageFacts extract(FetchedPage fetched, Document document) {
        return PageFacts.ofResource(fetched, null);
    }
}
