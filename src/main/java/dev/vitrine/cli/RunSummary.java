package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import java.io.PrintWriter;

/**
 * What {@code audit} and {@code demo} print when a run is done: a few figures of the crawl,
 * then the run folder alone on the last line, so scripts can take it with {@code tail -n 1}.
 */
final class RunSummary {

    private RunSummary() {}

    static void print(PrintWriter out, AuditDefinition definition, Vitrine.AuditRun run) {
        CrawlSummary crawl = run.crawl();
        CrawlSummary.Totals totals = crawl == null ? null : crawl.totals();
        out.println("Audited " + definition.company() + " (" + definition.website() + ")");
        if (totals != null) {
            out.println("  pages fetched: " + totals.fetched() + ", HTML pages: " + totals.htmlPages()
                    + ", broken links: " + totals.brokenLinks());
        }
        if (crawl != null && crawl.stoppedBy() != null) {
            out.println("  " + stoppedBy(crawl.stoppedBy(), crawl.settings()));
        }
        out.println(run.runDir());
        out.flush();
    }

    // A limit that stopped the crawl means part of the site was not audited: say which, and
    // how to raise it.
    static String stoppedBy(String limit, CrawlSettings settings) {
        return switch (limit) {
            case "maxPages" -> "stopped at the page limit" + value(settings == null ? null : settings.maxPages())
                    + ": raise it with --max-pages or crawl.maxPages";
            case "maxDepth" -> "stopped at the depth limit" + value(settings == null ? null : settings.maxDepth())
                    + ": raise it with --max-depth or crawl.maxDepth";
            case "interrupted" -> "stopped early: the crawl was interrupted, the run covers what was fetched";
            default -> "stopped by " + limit;
        };
    }

    private static String value(Integer limit) {
        return limit == null ? "" : " (" + limit + ")";
    }
}
