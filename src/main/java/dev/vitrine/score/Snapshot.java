package dev.vitrine.score;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.time.Instant;

/**
 * What checks decide on after the pass over the pages: the crawl as a whole (with the
 * outside fetches), the home page, and the site-wide facts gathered during the pass.
 *
 * @param home the home page's facts (null only if the run has no home record)
 * @param now  when the crawl ended: "today" for freshness checks, so scores do not change
 *             when a run is re-scored later
 * @param offsite what the rest of the web says (offsite.json): own profiles and mentions,
 *             directory listings, backlinks; null for a run made before it existed
 */
record Snapshot(AuditDefinition audit, CrawlSummary crawl, SiteScope scope, PageFacts home, SiteFacts site,
                Instant now, Offsite offsite) {

    boolean homeIsHttps() {
        return home != null && home.finalUrl() != null && home.finalUrl().startsWith("https://");
    }
}
