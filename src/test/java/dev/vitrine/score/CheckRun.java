package dev.vitrine.score;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one check, the way the scorer does, on hand-built pages and crawl facts: params are
 * validated (every key read), pages folded in order, the outcome decided on the snapshot.
 */
final class CheckRun {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final List<PageFacts> pages = new ArrayList<>();
    private CrawlSummary crawl = crawl(null, List.of(), List.of(), null);
    private Offsite offsite;

    static CheckRun of(PageBuilder... builders) {
        CheckRun run = new CheckRun();
        for (PageBuilder b : builders) {
            run.pages.add(b.build());
        }
        return run;
    }

    CheckRun crawl(CrawlSummary summary) {
        this.crawl = summary;
        return this;
    }

    /** The run's offsite.json (null: a run made before it existed). */
    CheckRun offsite(Offsite offsite) {
        this.offsite = offsite;
        return this;
    }

    Outcome check(String id, Map<String, Object> params) {
        Check check = Checks.byId(id);
        if (check == null) {
            throw new AssertionError("no check " + id);
        }
        Params p = new Params(params);
        Check.Accumulator acc = check.start(p);
        p.requireAllRead();
        SiteFacts.Builder site = new SiteFacts.Builder();
        PageFacts home = null;
        for (PageFacts page : pages) {
            acc.accept(page);
            site.accept(page);
            if (page.depth() == 0 && home == null) {
                home = page;
            }
        }
        String start = home == null ? "https://www.example.fr/" : home.url();
        Snapshot snapshot = new Snapshot(
                new AuditDefinition("test", "Test", URI.create(start), "fr", List.of(), List.of(), null, null),
                crawl, SiteScope.of(URI.create(start)), home, site.build(), NOW, offsite);
        return acc.finish(snapshot);
    }

    Outcome check(String id) {
        return check(id, Map.of());
    }

    /** A crawl summary with the given robots.txt, sitemaps, broken links and outside fetches. */
    static CrawlSummary crawl(CrawlSummary.Robots robots, List<CrawlSummary.Sitemap> sitemaps,
                              List<CrawlSummary.BrokenLink> broken, CrawlSummary.Outside outside) {
        return new CrawlSummary("Vitrine", "https://www.example.fr/", "https://www.example.fr/", List.of(),
                List.of("example.fr", "www.example.fr"), "Vitrine/test", CrawlSettings.DEFAULTS, NOW, NOW, 0, robots,
                sitemaps, new CrawlSummary.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, broken.size()), broken, null, outside);
    }
}
