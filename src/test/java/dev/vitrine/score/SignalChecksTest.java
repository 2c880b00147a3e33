package dev.vitrine.score;

import static dev.vitrine.score.PageBuilder.home;
import static dev.vitrine.score.PageBuilder.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalChecksTest {

    private static final String U = "https://www.example.fr/";

    private static List<String> values(Outcome o) {
        return o.evidence().examples().stream().map(Example::value).toList();
    }

    private static void assertRejected(String param, Runnable run) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().contains("\"" + param + "\""), e.getMessage());
    }

    // signals

    @Test
    void signalsPassWithATechnologyOfTheCategory() {
        Outcome o = CheckRun.of(home(U), page(U + "a").technology("calendly", "booking"))
                .check("signals", Map.of("technologies", List.of("category:booking")));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of(new Example(U + "a", "technology: calendly (booking)")), o.evidence().examples());
    }

    @Test
    void signalsCountEachToolOfACategoryAndEachListedEntry() {
        Outcome o = CheckRun.of(home(U).technology("hubspot", "crm").technology("brevo", "marketing-automation")
                        .technology("ga4", "analytics"))
                .check("signals", Map.of("technologies", List.of("category:crm", "brevo", "category:marketing-automation"),
                        "min", 2));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(2, o.evidence().count());
    }

    @Test
    void signalsFindTypesPathsAndLinkTexts() {
        Outcome o = CheckRun.of(
                        home(U).link(U + "actualites/", "Actualités", true).link(U + "devis", "Demander un DEVIS", true),
                        page(U + "faq").type("FAQPage"),
                        page(U + "blog/").microdata("Blog"))
                .check("signals", Map.of("jsonLdTypes", List.of("FAQPage", "Blog"),
                        "urlPatterns", List.of("/blog/", "/actualites/"), "linkTexts", List.of("devis", "événement"), "min", 5));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("link: " + U + "actualites/", "link: Demander un DEVIS → " + U + "devis",
                "@type: FAQPage", "@type: Blog (microdata)", "url: /blog/"), values(o));
    }

    @Test
    void signalsMatchLinkDomainsBySubdomainAndPathPrefix() {
        Map<String, Object> params = Map.of("linkDomains", List.of("pagesjaunes.fr", "https://www.google.com/maps/"), "min", 2);
        Outcome o = CheckRun.of(home(U).link("https://www.pagesjaunes.fr/pros/123", "PJ", false)
                        .iframe("https://www.google.com/maps/embed?pb=1"))
                .check("signals", params);
        assertEquals(Verdict.PASS, o.verdict());
        Outcome lookalikes = CheckRun.of(home(U).link("https://pagesjaunes.fr.evil.com/x", "PJ", false)
                        .link("https://www.google.com/search?q=maps", "G", false).link(U + "pagesjaunes.fr", "PJ", true))
                .check("signals", params);
        assertEquals(Verdict.FAIL, lookalikes.verdict());
        assertEquals(0, lookalikes.evidence().count());
    }

    @Test
    void signalsSeeFormsAppLinksManifestFeedsAndVideos() {
        Outcome o = CheckRun.of(home(U).form(U + "q", "post", FormKind.QUOTE).appLink("https://apps.apple.com/app/id1")
                        .manifest("/manifest.json"),
                        page(U + "blog/").feed(U + "feed.xml").video("https://www.youtube.com/embed/x"))
                .check("signals", Map.of("formKinds", List.of("quote", "newsletter"), "appLinks", true, "manifest", true,
                        "feeds", true, "videos", true, "min", 5));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(5, o.evidence().count());
        assertTrue(values(o).contains("feed: " + U + "feed.xml"));
    }

    @Test
    void signalsFailBelowMin() {
        Outcome o = CheckRun.of(home(U).feed(U + "feed.xml"))
                .check("signals", Map.of("feeds", true, "videos", true, "min", 2));
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals("1 signal(s) found, 2 expected", o.summary().en());
        assertEquals(1, o.evidence().count());
    }

    @Test
    void signalsFailSayingNothingIsVisibleFromOutside() {
        Outcome o = CheckRun.of(home(U).technology("ga4", "analytics"))
                .check("signals", Map.of("technologies", List.of("category:crm"), "notVisible", true));
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals("Rien de visible depuis l'extérieur : à confirmer avec l'entreprise", o.summary().fr());
        assertEquals("Nothing visible from outside: confirm with the company", o.summary().en());
    }

    @Test
    void signalsWithoutNotVisibleDoNotAskToConfirm() {
        Outcome o = CheckRun.of(home(U)).check("signals", Map.of("technologies", List.of("category:crm")));
        assertEquals(Verdict.FAIL, o.verdict());
        assertFalse(o.summary().en().contains("confirm"));
    }

    @Test
    void signalsRequireAtLeastOneSignal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckRun.of(home(U)).check("signals", Map.of("min", 1, "notVisible", true)));
        assertTrue(e.getMessage().contains("at least one signal"), e.getMessage());
    }

    @Test
    void signalsRejectUnknownFormKindsCategoriesAndMin() {
        assertRejected("formKinds", () -> CheckRun.of(home(U)).check("signals", Map.of("formKinds", List.of("booking"))));
        assertRejected("technologies", () -> CheckRun.of(home(U)).check("signals",
                Map.of("technologies", List.of("category:crms"))));
        assertRejected("min", () -> CheckRun.of(home(U)).check("signals", Map.of("feeds", true, "min", 0)));
    }

    // technology-count

    private static final Map<String, Object> TOOLS = Map.of("categories", List.of("crm", "chat"), "min", 2, "partialMin", 1);

    @Test
    void technologyCountPassesWithEnoughToolsAndNamesThem() {
        Outcome o = CheckRun.of(home(U).technology("hubspot", "crm"), page(U + "a").technology("crisp", "chat")
                        .technology("hubspot", "crm").technology("ga4", "analytics"))
                .check("technology-count", TOOLS);
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of(new Example(U + "a", "crisp (chat, 1 pages)"), new Example(U, "hubspot (crm, 2 pages)")),
                o.evidence().examples());
    }

    @Test
    void technologyCountPartialBelowMin() {
        Outcome o = CheckRun.of(home(U).technology("crisp", "chat")).check("technology-count", TOOLS);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals("1 tool(s) detected (crm, chat): crisp", o.summary().en());
    }

    @Test
    void technologyCountFailsWithoutTools() {
        Outcome o = CheckRun.of(home(U).technology("ga4", "analytics")).check("technology-count", TOOLS);
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void technologyCountRejectsMissingOrUnknownCategories() {
        assertRejected("categories", () -> CheckRun.of(home(U)).check("technology-count", Map.of("min", 1)));
        assertRejected("categories", () -> CheckRun.of(home(U)).check("technology-count",
                Map.of("categories", List.of("CRM"))));
    }

    // trackers-need-consent

    @Test
    void trackersNeedConsentPassesWithAConsentTool() {
        Outcome o = CheckRun.of(home(U).technology("ga4", "analytics").technology("axeptio", "consent"),
                        page(U + "a").technology("meta-pixel", "advertising"))
                .check("trackers-need-consent");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(3, o.evidence().count());
        assertTrue(o.summary().fr().endsWith("consentement géré par axeptio"), o.summary().fr());
    }

    @Test
    void trackersNeedConsentFailsWithoutAConsentTool() {
        Outcome o = CheckRun.of(home(U).technology("meta-pixel", "advertising")).check("trackers-need-consent");
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void trackersNeedConsentNotApplicableWithoutTrackers() {
        Outcome o = CheckRun.of(home(U).technology("axeptio", "consent").technology("gtm", "tag-manager"))
                .check("trackers-need-consent");
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    @Test
    void trackersNeedConsentUsesTheGivenCategories() {
        Outcome o = CheckRun.of(home(U).technology("gtm", "tag-manager").technology("cmp", "other"))
                .check("trackers-need-consent", Map.of("trackerCategories", List.of("tag-manager"), "consentCategory", "other"));
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void trackersNeedConsentRejectsUnknownCategories() {
        assertRejected("consentCategory", () -> CheckRun.of(home(U)).check("trackers-need-consent",
                Map.of("consentCategory", "cookies")));
        assertRejected("trackerCategories", () -> CheckRun.of(home(U)).check("trackers-need-consent",
                Map.of("trackerCategories", List.of("pixels"))));
    }
}
