package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static final AuditDefinition ACME =
            new AuditDefinition("acme", "Acme", URI.create("https://www.acme.fr/"), null, null, null, null, null);

    @Test
    void printsTheFiguresThenTheRunFolderLast() {
        String out = print(summary(null));
        assertEquals("""
                Audited Acme (https://www.acme.fr/)
                  pages fetched: 42, HTML pages: 30, broken links: 3
                audits/acme/runs/2026-01-05T101500Z
                """, out.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void saysWhichLimitStoppedTheCrawlAndHowToRaiseIt() {
        String out = print(summary("maxPages"));
        assertEquals("  stopped at the page limit (500): raise it with --max-pages or crawl.maxPages",
                out.lines().toList().get(2));
        assertEquals("audits/acme/runs/2026-01-05T101500Z", out.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void namesEveryKnownLimit() {
        assertEquals("stopped at the depth limit (10): raise it with --max-depth or crawl.maxDepth",
                RunSummary.stoppedBy("maxDepth", CrawlSettings.DEFAULTS));
        assertEquals("stopped early: the crawl was interrupted, the run covers what was fetched",
                RunSummary.stoppedBy("interrupted", CrawlSettings.DEFAULTS));
        assertEquals("stopped by timeLimit", RunSummary.stoppedBy("timeLimit", null));
    }

    private static String print(CrawlSummary summary) {
        StringWriter out = new StringWriter();
        RunSummary.print(new PrintWriter(out), ACME,
                new Vitrine.AuditRun(Path.of("audits/acme/runs/2026-01-05T101500Z"), summary));
        return out.toString();
    }

    private static CrawlSummary summary(String stoppedBy) {
        CrawlSummary.Totals totals = new CrawlSummary.Totals(42, 30, 5, 3, 0, 0, 123_456, 0, 0, 3);
        return new CrawlSummary("vitrine", "https://www.acme.fr/", "https://www.acme.fr/", List.of(), List.of("acme.fr"),
                Vitrine.USER_AGENT, CrawlSettings.DEFAULTS, null, null, 0, null, List.of(), totals, List.of(), stoppedBy);
    }
}
