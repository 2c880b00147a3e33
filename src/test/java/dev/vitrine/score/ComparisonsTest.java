package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Comparison.Advantage;
import dev.vitrine.model.Comparison.CompanyScore;
import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Verdict;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static Finding finding(String criterion, int weight, Verdict verdict, Double score) {
        return new Finding(criterion, "presence", "reach", weight, "low", List.of(), score, verdict,
                LocalizedText.of(criterion + " (" + verdict.id() + ")", criterion + " (" + verdict.id() + ")"),
                null, null, null);
    }

    private static AuditResult result(String company, List<Finding> findings, Double overall, int htmlPages,
                                       List<AuditResult.SocialProfile> social, Offsite offsite) {
        CrawlSummary crawl = new CrawlSummary("Vitrine", null, null, null, null, null, null, null, null, 0, null, null,
                new CrawlSummary.Totals(htmlPages + 3, htmlPages, 0, 0, 0, 0, 0, 0, 0, 0), null, null, null);
        AuditDefinition audit = new AuditDefinition("x", company, URI.create("https://" + company.toLowerCase() + ".fr/"),
                "fr", List.of(), List.of(), null, null);
        return new AuditResult("Vitrine", "test", Instant.EPOCH, audit, crawl, findings,
                List.of(new ElementScore("presence", null, 3, overall, findings.size(), 0),
                        new ElementScore("cloud", null, 1, null, 0, 0)),
                overall, "orange", List.of(new AuditResult.TechnologyUse("wordpress", "WordPress", "cms", 3, "", "")),
                social, List.of(), offsite, null);
    }

    private static AuditResult scored(String company, List<Finding> findings) {
        return result(company, findings, 50.0, 4, List.of(), null);
    }

    @Test
    void listsTheCompanyFirstThenEachCompetitorWithScoresPagesAndTechnologies() {
        AuditResult self = result("Martin", List.of(), 48.0, 12, List.of(), null);
        AuditResult dupont = result("Dupont", List.of(), 71.5, 30, List.of(), null);

        Comparison c = Comparisons.of(self, List.of(
                Comparisons.Competitor.scored("Maison Dupont", "https://dupont.fr/", "competitors/maison-dupont", dupont)),
                List.of());

        assertEquals(2, c.companies().size());
        CompanyScore first = c.companies().get(0);
        assertTrue(first.self());
        assertEquals("Martin", first.name());
        assertEquals("", first.runFolder());
        assertEquals(48.0, first.overall());
        assertEquals(12, first.pages());
        CompanyScore second = c.companies().get(1);
        assertFalse(second.self());
        assertEquals("Maison Dupont", second.name());
        assertEquals("competitors/maison-dupont", second.runFolder());
        assertEquals(71.5, second.overall());
        assertEquals(Map.of("presence", 71.5), second.elements(), "an element not applicable is left out");
        assertEquals(List.of("WordPress"), second.technologies());
        assertNull(second.error());
    }

    @Test
    void listsWhatACompetitorPassesAndTheCompanyMissesHeaviestFirst() {
        AuditResult self = scored("Martin", List.of(
                finding("light", 2, Verdict.FAIL, 0.0),
                finding("heavy", 5, Verdict.PARTIAL, 0.4),
                finding("both-pass", 4, Verdict.PASS, 1.0),
                finding("unseen", 4, Verdict.NOT_APPLICABLE, null),
                finding("nobody", 4, Verdict.FAIL, 0.0)));
        AuditResult dupont = scored("Dupont", List.of(
                finding("light", 2, Verdict.PASS, 1.0),
                finding("heavy", 5, Verdict.PASS, 1.0),
                finding("both-pass", 4, Verdict.PASS, 1.0),
                finding("unseen", 4, Verdict.PASS, 1.0),
                finding("nobody", 4, Verdict.PARTIAL, 0.5)));
        AuditResult durand = scored("Durand", List.of(finding("heavy", 5, Verdict.PASS, 1.0)));

        List<Advantage> advantages = Comparisons.of(self, List.of(
                Comparisons.Competitor.scored("Dupont", "https://dupont.fr/", "competitors/dupont", dupont),
                Comparisons.Competitor.scored("Durand", "https://durand.fr/", "competitors/durand", durand)),
                List.of()).theyHaveIt();

        assertEquals(List.of("heavy", "light"), advantages.stream().map(Advantage::criterion).toList());
        Advantage heavy = advantages.get(0);
        assertEquals(List.of("Dupont", "Durand"), heavy.competitors());
        assertEquals(0.4, heavy.companyScore());
        assertEquals("heavy (pass)", heavy.title().fr(), "titled by what they have: the pass title");
        assertEquals("presence", heavy.element());
        assertEquals(List.of("Dupont"), advantages.get(1).competitors());
    }

    @Test
    void recordsACompetitorThatFailedWithItsReasonAndNoScore() {
        AuditResult self = scored("Martin", List.of(finding("light", 2, Verdict.FAIL, 0.0)));

        Comparison c = Comparisons.of(self, List.of(Comparisons.Competitor.failed("Fermé", "http://127.0.0.1:1/",
                "competitors/ferme", "cannot reach http://127.0.0.1:1/: connection refused")), List.of());

        CompanyScore failed = c.companies().get(1);
        assertEquals("cannot reach http://127.0.0.1:1/: connection refused", failed.error());
        assertNull(failed.overall());
        assertNull(failed.belt());
        assertEquals(0, failed.pages());
        assertEquals(List.of(), c.theyHaveIt());
    }

    @Test
    void countsOnlyOwnProfilesWhenTheRunHasOffsiteData() {
        Offsite offsite = new Offsite(Instant.EPOCH, false, List.of(
                new Offsite.Profile("facebook", "martin", "https://www.facebook.com/martin", Offsite.OWN, List.of("footer"),
                        3, true, "https://martin.fr/", null),
                new Offsite.Profile("youtube", "partner", "https://www.youtube.com/@partner", Offsite.MENTION,
                        List.of("content"), 1, false, "https://martin.fr/blog/", null)), List.of(), null);
        List<AuditResult.SocialProfile> linked = List.of(
                new AuditResult.SocialProfile("instagram", "martin", "https://instagram.com/martin", List.of("link"), 2));

        assertEquals(List.of("facebook"), Comparisons.socialPlatforms(result("A", List.of(), 1.0, 1, linked, offsite)));
        assertEquals(List.of("instagram"), Comparisons.socialPlatforms(result("A", List.of(), 1.0, 1, linked, null)),
                "a run without offsite.json: every profile the site links to");
    }

    @Test
    void keepsTheCrossLinksItIsGiven() {
        CrossLink link = new CrossLink("Dupont", "Martin", "https://dupont.fr/", "https://martin.fr/", "nos confrères");
        assertEquals(List.of(link), Comparisons.of(scored("Martin", List.of()), List.of(), List.of(link)).crossLinks());
    }
}
