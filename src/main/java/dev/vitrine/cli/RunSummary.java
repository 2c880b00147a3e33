package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.History;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What {@code audit}, {@code demo} and {@code rescore} print when a run is done, in the
 * audit's language: the crawl's figures, the overall score and belt, the nine element
 * scores, the first priorities, then the run folder, and last the report's index.html alone
 * on its line, so scripts can take it with {@code tail -n 1}.
 */
final class RunSummary {

    static final int PRIORITIES_SHOWN = 5;

    private RunSummary() {}

    static void print(PrintWriter out, AuditDefinition definition, Vitrine.AuditRun run) {
        boolean fr = !"en".equals(definition.language());
        CrawlSummary crawl = run.crawl();
        out.println((fr ? "Audit " + French.of(definition.company()) : "Audit of " + definition.company())
                + " (" + definition.website() + ")");
        if (crawl != null) {
            CrawlSummary.Totals totals = crawl.totals();
            out.println(fr
                    ? "  " + totals.fetched() + " URL lues, " + totals.htmlPages() + " pages HTML, "
                    + totals.brokenLinks() + " lien(s) cassé(s)"
                    : "  pages fetched: " + totals.fetched() + ", HTML pages: " + totals.htmlPages()
                    + ", broken links: " + totals.brokenLinks());
            if (crawl.stoppedBy() != null) {
                out.println("  " + stoppedBy(crawl.stoppedBy(), crawl.settings(), fr));
            }
        }
        if (run.result() != null) {
            printScores(out, run.result(), run.history(), fr);
        }
        out.println(run.runDir());
        out.println(run.index());
        out.flush();
    }

    static void printScores(PrintWriter out, AuditResult result, boolean fr) {
        printScores(out, result, History.NONE, fr);
    }

    /** The scores, with their changes since the previous run when {@code history} has one. */
    static void printScores(PrintWriter out, AuditResult result, History history, boolean fr) {
        String lang = fr ? "fr" : "en";
        History h = history == null ? History.NONE : history;
        out.println();
        out.println((fr ? "Score global : " : "Overall score: ")
                + (result.overallScore() == null ? "—" : format(result.overallScore()) + "/100")
                + (result.belt() == null ? "" : (fr ? " · ceinture " : " · ") + belt(result.belt(), fr)
                + (fr ? "" : " belt"))
                + HistoryLine.changes(h, fr));
        for (AuditResult.ElementScore e : result.elements()) {
            String title = e.title().in(lang);
            Double delta = e.score() == null ? null : h.elementDelta(e.element());
            out.println("  " + title + " ".repeat(Math.max(1, 34 - title.length()))
                    + (e.score() == null ? (fr ? "non applicable" : "not applicable") : String.format(Locale.ROOT, "%5s", format(e.score())))
                    + (delta == null ? "" : "  (" + HistoryLine.signed(delta, fr) + ")"));
        }
        if (!result.plan().isEmpty()) {
            out.println(fr ? "Priorités :" : "Top priorities:");
            result.plan().stream().limit(PRIORITIES_SHOWN).forEach(p ->
                    out.println("  " + p.rank() + ". " + p.title().in(lang) + " (" + p.days() + (fr ? " j)" : " days)")));
        }
    }

    private static String format(double score) {
        return String.valueOf(Math.round(score));
    }

    static String belt(String id, boolean fr) {
        if (!fr) {
            return id;
        }
        return switch (id) {
            case "white" -> "blanche";
            case "yellow" -> "jaune";
            case "orange" -> "orange";
            case "green" -> "verte";
            case "blue" -> "bleue";
            case "brown" -> "marron";
            case "black" -> "noire";
            default -> id;
        };
    }

    // A limit that stopped the crawl means part of the site was not audited: say which, and
    // how to raise it.
    static String stoppedBy(String limit, CrawlSettings settings, boolean fr) {
        return switch (limit) {
            case "maxPages" -> (fr ? "arrêté à la limite de pages" : "stopped at the page limit")
                    + value(settings == null ? null : settings.maxPages())
                    + (fr ? " : augmentez-la avec --max-pages ou crawl.maxPages" : ": raise it with --max-pages or crawl.maxPages");
            case "maxDepth" -> (fr ? "arrêté à la limite de profondeur" : "stopped at the depth limit")
                    + value(settings == null ? null : settings.maxDepth())
                    + (fr ? " : augmentez-la avec --max-depth ou crawl.maxDepth" : ": raise it with --max-depth or crawl.maxDepth");
            default -> (fr ? "arrêté par " : "stopped by ") + limit;
        };
    }

    static String stoppedBy(String limit, CrawlSettings settings) {
        return stoppedBy(limit, settings, false);
    }

    private static String value(Integer limit) {
        return limit == null ? "" : " (" + limit + ")";
    }
}
