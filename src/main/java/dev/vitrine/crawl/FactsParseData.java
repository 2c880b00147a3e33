package dev.vitrine.crawl;

import dev.vitrine.model.PageFacts;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.ParseData;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Map;
import java.util.Set;

/**
 * What crawler4j carries from the parser to {@code visit()}: the page's facts, already
 * extracted, and the links for the frontier. The jsoup document itself is not kept, so a
 * page's DOM is garbage as soon as it is parsed.
 */
interface FactsParseData extends ParseData {

    PageFacts facts();

    /** An HTML page (crawler4j casts HTML parse data to {@link HtmlParseData}). */
    final class Html extends HtmlParseData implements FactsParseData {
        private final PageFacts facts;

        Html(PageFacts facts, Set<WebURL> outgoing) {
            this.facts = facts;
            setOutgoingUrls(outgoing);
            setMetaTags(Map.of());
            setTitle(facts.title());
        }

        @Override
        public PageFacts facts() {
            return facts;
        }
    }

    /** Anything else fetched (images, stylesheets, PDFs): fetch facts only, no links followed. */
    final class Resource implements FactsParseData {
        private final PageFacts facts;
        private Set<WebURL> outgoing = Set.of();

        Resource(PageFacts facts) {
            this.facts = facts;
        }

        @Override
        public PageFacts facts() {
            return facts;
        }

        @Override
        public Set<WebURL> getOutgoingUrls() {
            return outgoing;
        }

        @Override
        public void setOutgoingUrls(Set<WebURL> outgoingUrls) {
            this.outgoing = outgoingUrls;
        }
    }
}
