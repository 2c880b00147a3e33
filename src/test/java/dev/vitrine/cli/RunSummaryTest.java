package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.LocalizedText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static final AuditDefinition ACME =
            new AuditDefinition("acme", "Acme", URI.create("https://www.acme.fr/"), "en", null, null, null, null);
    private static final AuditDefinition ACME_FR = ACME.withLanguage("fr");
    private static final String INDEX = Path.of("audits/acme/runs/2026-01-05T101500Z", "site", "index.html").toString();

    @Test
    void printsTheFiguresThenTheRunFolderThenTheReportLast() {
        String out = print(ACME, summary(null), null);
        assertEquals("""
                Audit of Acme (https://www.acme.fr/)
                  pages fetched: 42, HTML pages: 30, broken links: 3
                audits/acme/runs/2026-01-05T101500Z
                %s
                """.formatted(Path.of("audits/acme/runs/2026-01-05T101500Z/site/index.html")),
                out.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void saysWhichLimitStoppedTheCrawlAndHowToRaiseIt() {
        String out = print(ACME, summary("maxPages"), null);
        assertEquals("  stopped at the page limit (500): raise it with --max-pages or crawl.maxPages",
                out.lines().toList().get(2));
        assertEquals(INDEX, out.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void namesEveryKnownLimit() {
        assertEquals("stopped at the depth limit (10): raise it with --max-depth or crawl.maxDepth",
                RunSummary.stoppedBy("maxDepth", CrawlSettings.DEFAULTS));
        assertEquals("arrêté à la limite de profondeur (10) : augmentez-la avec --max-depth ou crawl.maxDepth",
                RunSummary.stoppedBy("maxDepth", CrawlSettings.DEFAULTS, true));
        assertEquals("stopped by timeLimit", RunSummary.stoppedBy("timeLimit", null));
    }

    @Test
    void printsScoreBeltElementsAndPrioritiesInTheAuditsLanguage() {
        AuditResult result = new AuditResult("Vitrine", "0.1.0", null, ACME_FR, null, List.of(),
                List.of(new AuditResult.ElementScore("presence", LocalizedText.of("Présence en ligne", "Online presence"),
                        3, 72.4, 10, 1)),
                52.6, "orange", List.of(), List.of(),
                List.of(new AuditResult.PlanItem(1, "hsts", "security", 4.0, 30, "low", List.of("sales"),
                        LocalizedText.of("Pas de HSTS", "No HSTS"))), null, null);

        String fr = print(ACME_FR, summary(null), result);

        assertTrue(fr.contains("Score global : 53/100 · ceinture orange"), fr);
        assertTrue(fr.contains("  Présence en ligne"), fr);
        assertTrue(fr.contains("72"), fr);
        assertTrue(fr.contains("  1. Pas de HSTS (30 j)"), fr);
        assertEquals(INDEX, fr.lines().reduce((a, b) -> b).orElseThrow());

        String en = print(ACME, summary(null), result);
        assertTrue(en.contains("Overall score: 53/100 · orange belt"), en);
        assertTrue(en.contains("  1. No HSTS (30 days)"), en);
    }

    private static String print(AuditDefinition audit, CrawlSummary summary, AuditResult result) {
        StringWriter out = new StringWriter();
        RunSummary.print(new PrintWriter(out), audit,
                new Vitrine.AuditRun(Path.of("audits/acme/runs/2026-01-05T101500Z"), summary, result));
        return out.toString();
    }

    private static CrawlSummary summary(String stoppedBy) {
        CrawlSummary.Totals totals = new CrawlSummary.Totals(42, 30, 5, 3, 0, 0, 123_456, 0, 0, 3);
        return new CrawlSummary("vitrine", "https://www.acme.fr/", "https://www.acme.fr/", List.of(), List.of("acme.fr"),
                Vitrine.USER_AGENT, CrawlSettings.DEFAULTS, null, null, 0, null, List.of(), totals, List.of(), stoppedBy,
                null);
    }
}
