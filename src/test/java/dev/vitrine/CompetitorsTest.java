package dev.vitrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditDefinition.Competitor;
import dev.vitrine.model.CrawlSettings;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a competitor's audit is set up; the audit itself is in report/CompetitorComparisonTest. */
class CompetitorsTest {

    private static Competitor named(String name) {
        return new Competitor(name, URI.create("https://example.fr/"));
    }

    @Test
    void crawlsACompetitorWithTheRunsSettingsCappedAtTwoHundredPages() {
        CrawlSettings run = CrawlSettings.DEFAULTS.withThreads(3).withDelayMillis(250);

        CrawlSettings competitor = Competitors.settingsFor(run);

        assertEquals(500, run.maxPages());
        assertEquals(200, competitor.maxPages());
        assertEquals(run.withMaxPages(200), competitor, "every other setting is the run's");
        assertEquals(50, Competitors.settingsFor(run.withMaxPages(50)).maxPages(), "a smaller limit stays");
    }

    @Test
    void namesEachCompetitorsFolderInAsciiAndUniquely() {
        assertEquals(List.of("maison-dupont-fils", "cafe-eclair", "maison-dupont-fils-2", "competitor"),
                Competitors.slugs(List.of(named("Maison Dupont & Fils"), named("Café Éclair"),
                        named("  maison DUPONT -- fils "), named("!!!"))));
        assertTrue(Competitors.slug("x".repeat(100)).length() <= 40);
        assertEquals("competitor", Competitors.slug("../.."), "no path escapes the competitors folder");
    }

    @Test
    void auditsACompetitorInTheCompanysLanguageWithoutBacklinkSourcesOrCompetitors() {
        AuditDefinition company = new AuditDefinition("martin", "Boulangerie Martin", URI.create("https://martin.fr/"),
                "en", List.of("leads"), List.of(named("Dupont")),
                new AuditDefinition.Backlinks(List.of(AuditDefinition.Backlinks.Source.of(URI.create("https://annuaire.fr/martin"))),
                        List.of("links.csv")), null);

        AuditDefinition competitor = Competitors.definitionOf(company, new Competitor("Dupont", URI.create("https://dupont.fr/")),
                "dupont");

        assertEquals("Dupont", competitor.company());
        assertEquals(URI.create("https://dupont.fr/"), competitor.website());
        assertEquals("en", competitor.language());
        assertEquals(List.of("leads"), competitor.objectives());
        assertEquals(List.of(), competitor.competitors());
        assertEquals(List.of(), competitor.backlinks().sources());
        assertEquals(List.of(), competitor.backlinks().imports());
    }

    @Test
    void saysWhyACompetitorFailedInOneBoundedLine() {
        assertEquals("cannot reach http://x/", Competitors.sentence(new RuntimeException("cannot reach http://x/\n  at detail")));
        assertEquals("IllegalStateException", Competitors.sentence(new IllegalStateException()));
        assertEquals(Competitors.MAX_ERROR, Competitors.sentence(new RuntimeException("é".repeat(1000))).length());
    }
}
