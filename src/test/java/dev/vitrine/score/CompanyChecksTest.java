package dev.vitrine.score;

import static dev.vitrine.score.PageBuilder.home;
import static dev.vitrine.score.PageBuilder.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanyChecksTest {

    private static final String U = "https://www.example.fr/";

    private static List<String> values(Outcome o) {
        return o.evidence().examples().stream().map(Example::value).toList();
    }

    private static void assertRejected(String param, Runnable run) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().contains("\"" + param + "\""), e.getMessage());
    }

    // social-profiles

    private static final Map<String, Object> SOCIAL = Map.of("platforms", List.of("facebook", "instagram", "linkedin"),
            "min", 2, "partialMin", 1);

    @Test
    void socialProfilesPassesWithEnoughLinkedPlatforms() {
        Outcome o = CheckRun.of(home(U).social("facebook", "martin", "link").social("instagram", "martin", "rel-me"),
                        page(U + "a").social("facebook", "martin", "link"))
                .check("social-profiles", SOCIAL);
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("facebook martin (link)", "instagram martin (rel-me)"), values(o));
        assertTrue(o.summary().fr().contains("absents : linkedin"), o.summary().fr());
    }

    @Test
    void socialProfilesPartialWithFewerThanMin() {
        Outcome o = CheckRun.of(home(U).social("linkedin", "martin", "link").social("youtube", "martin", "link"))
                .check("social-profiles", SOCIAL);
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void socialProfilesFailsWhenProfilesAreOnlyInStructuredData() {
        Outcome o = CheckRun.of(home(U).social("facebook", "martin", "json-ld").social("x", "martin", "twitter:site"))
                .check("social-profiles", SOCIAL);
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(0, o.evidence().count());
    }

    @Test
    void socialProfilesRejectsMissingPlatformsAndInconsistentLevels() {
        assertRejected("platforms", () -> CheckRun.of(home(U)).check("social-profiles", Map.of("min", 2)));
        assertRejected("partialMin", () -> CheckRun.of(home(U)).check("social-profiles",
                Map.of("platforms", List.of("facebook"), "min", 1, "partialMin", 2)));
    }

    // same-as-consistent

    @Test
    void sameAsConsistentPassesWhenSameAsAndLinksAgree() {
        Outcome o = CheckRun.of(home(U).social("facebook", "Martin", "json-ld").social("facebook", "martin", "link")
                        .social("github", "martin", "link"))
                .check("same-as-consistent");
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void sameAsConsistentPartialWhenASameAsProfileIsNotLinked() {
        Outcome o = CheckRun.of(home(U).social("facebook", "martin", "json-ld").social("facebook", "martin", "link")
                        .social("instagram", "martin", "json-ld"))
                .check("same-as-consistent");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(List.of("instagram/martin (json-ld)"), values(o));
    }

    @Test
    void sameAsConsistentPartialWhenAVisibleMajorProfileIsMissingFromSameAs() {
        Outcome o = CheckRun.of(home(U).social("facebook", "martin", "json-ld").social("facebook", "martin", "link")
                        .social("linkedin", "martin", "rel-me"))
                .check("same-as-consistent");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(List.of("linkedin/martin (link)"), values(o));
    }

    @Test
    void sameAsConsistentFailsWhenProfilesAreLinkedButNoSameAs() {
        Outcome o = CheckRun.of(home(U).social("facebook", "martin", "link")).check("same-as-consistent");
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void sameAsConsistentNotApplicableWithoutProfiles() {
        Outcome o = CheckRun.of(home(U).social("x", "martin", "twitter:site")).check("same-as-consistent");
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    @Test
    void socialProfilesCountsOnlyOwnProfilesWhenTheRunHasOffsiteData() {
        // The pages link to three platforms, but offsite.json judged the Instagram one a partner's,
        // mentioned in an article: only two are the company's.
        CheckRun run = CheckRun.of(home(U).social("facebook", "martin", "link").social("linkedin", "martin", "link")
                .social("instagram", "partner", "link"));
        assertEquals(Verdict.PASS, run.check("social-profiles", Map.of("platforms",
                List.of("facebook", "instagram", "linkedin"), "min", 3)).verdict(), "without offsite.json: as before");
        run.offsite(OffsiteChecksTest.profiles(true, OffsiteChecksTest.own("facebook", "martin", "ok"),
                OffsiteChecksTest.own("linkedin", "martin", "ok"), OffsiteChecksTest.mention("instagram", "partner")));
        Outcome o = run.check("social-profiles", Map.of("platforms", List.of("facebook", "instagram", "linkedin"),
                "min", 3));
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().fr().contains("absents : instagram"), o.summary().fr());
        assertTrue(values(o).stream().noneMatch(v -> v.contains("partner")), values(o).toString());
    }

    @Test
    void sameAsConsistentIgnoresMentionsWhenTheRunHasOffsiteData() {
        Outcome o = CheckRun.of(home(U)).offsite(OffsiteChecksTest.profiles(true,
                new dev.vitrine.model.Offsite.Profile("facebook", "martin", "https://facebook.example/martin",
                        "own", List.of("footer", "json-ld"), 3, true, U, null),
                OffsiteChecksTest.mention("instagram", "partner"))).check("same-as-consistent");
        assertEquals(Verdict.PASS, o.verdict(), "a partner's profile need not be in sameAs");
    }

    // structured-organization

    private static final Map<String, Object> ORG = Map.of("types", List.of("Organization", "LocalBusiness", "Bakery"),
            "fields", List.of("name", "logo", "url"));

    @Test
    void structuredOrganizationPassesWithANodeInTheGraphHavingEveryField() {
        Outcome o = CheckRun.of(home(U).jsonLd("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Martin"},
                  {"@type": ["https://schema.org/Bakery", "Store"], "name": "Boulangerie Martin",
                   "logo": {"@type": "ImageObject", "url": "https://www.example.fr/logo.png"}, "url": "https://www.example.fr/"}]}"""))
                .check("structured-organization", ORG);
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("Bakery: name, logo, url"), values(o));
    }

    @Test
    void structuredOrganizationFindsANestedPublisher() {
        Outcome o = CheckRun.of(page(U + "blog/x").jsonLd("""
                {"@type": "BlogPosting", "publisher": {"@type": "Organization", "name": "Martin",
                 "logo": "https://www.example.fr/logo.png", "url": "https://www.example.fr/"}}"""))
                .check("structured-organization", ORG);
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void structuredOrganizationPartialWhenFieldsAreMissingOrEmpty() {
        Outcome o = CheckRun.of(home(U).jsonLd("""
                {"@type": "LocalBusiness", "name": "Martin", "logo": "  ", "url": []}"""))
                .check("structured-organization", ORG);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("missing fields: logo, url"), o.summary().en());
    }

    @Test
    void structuredOrganizationPartialWithMicrodataOnly() {
        Outcome o = CheckRun.of(home(U).microdata("LocalBusiness")).check("structured-organization", ORG);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("microdata"));
    }

    @Test
    void structuredOrganizationFailsWithoutANodeOfTheTypes() {
        Outcome o = CheckRun.of(home(U).jsonLd("{\"@type\": \"WebSite\", \"name\": \"Martin\"}"))
                .check("structured-organization", ORG);
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void structuredOrganizationRejectsMissingTypes() {
        assertRejected("types", () -> CheckRun.of(home(U)).check("structured-organization", Map.of("fields", List.of("name"))));
    }

    // nap-consistent

    @Test
    void napConsistentPassesWhenPagesAndJsonLdGiveOneNumber() {
        Outcome o = CheckRun.of(home(U).tel("01 23 45 67 89").jsonLd("{\"@type\": \"LocalBusiness\", \"telephone\": \"+33 1 23 45 67 89\"}"),
                        page(U + "contact").tel("+33.1.23.45.67.89"))
                .check("nap-consistent");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("+33123456789 (tel × 2, json-ld)"), values(o));
    }

    @Test
    void napConsistentPassesWhenTheJsonLdNumberIsShownBesideOthers() {
        Outcome o = CheckRun.of(home(U).tel("0123456789").tel("06 12 34 56 78")
                        .jsonLd("{\"@graph\": [{\"@type\": \"Bakery\", \"telephone\": \"01-23-45-67-89\"}]}"))
                .check("nap-consistent");
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void napConsistentPartialWithSeveralNumbersAndNoJsonLd() {
        Outcome o = CheckRun.of(home(U).tel("01 23 45 67 89"), page(U + "a").tel("01 98 76 54 32")).check("nap-consistent");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(2, o.evidence().count());
    }

    @Test
    void napConsistentFailsWhenTheJsonLdNumberIsNeverShown() {
        Outcome o = CheckRun.of(home(U).tel("01 23 45 67 89").jsonLd("{\"@type\": \"Organization\", \"telephone\": \"+33 9 99 99 99 99\"}"))
                .check("nap-consistent");
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void napConsistentNotApplicableWithoutAnyNumber() {
        assertEquals(Verdict.NOT_APPLICABLE, CheckRun.of(home(U)).check("nap-consistent").verdict());
    }

    @Test
    void napConsistentNormalisesNumbersToE164() {
        assertEquals("+33123456789", CompanyChecks.normalisePhone("+33 (0)1 23 45 67 89"));
        assertEquals("+33123456789", CompanyChecks.normalisePhone("0033 1 23 45 67 89"));
        assertEquals("+33612345678", CompanyChecks.normalisePhone("tel:06.12.34.56.78"));
        assertEquals("+4930123456", CompanyChecks.normalisePhone("+49 (30) 123456"));
        assertEquals("", CompanyChecks.normalisePhone("appelez-nous"));
    }

    // address-hours

    @Test
    void addressHoursPassesWithAddressAndHours() {
        Outcome o = CheckRun.of(home(U).jsonLd("""
                {"@type": "Bakery", "name": "Martin",
                 "address": {"@type": "PostalAddress", "streetAddress": "1 rue de la Paix", "addressLocality": "Paris"},
                 "openingHours": ["Tu-Sa 07:00-19:30"]}"""))
                .check("address-hours");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(2, o.evidence().count());
        assertTrue(values(o).get(1).startsWith("openingHours: "), values(o).toString());
    }

    @Test
    void addressHoursPassesAcrossPagesAndMicrodata() {
        Outcome o = CheckRun.of(home(U).microdata("PostalAddress"), page(U + "horaires").jsonLd("""
                {"@type": "LocalBusiness", "openingHoursSpecification": [{"@type": "OpeningHoursSpecification",
                 "dayOfWeek": "Monday", "opens": "08:00", "closes": "18:00"}]}"""))
                .check("address-hours");
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void addressHoursPartialWithTheAddressOnly() {
        Outcome o = CheckRun.of(home(U).jsonLd("{\"@type\": \"Organization\", \"address\": \"1 rue de la Paix, Paris\", \"openingHours\": \"\"}"))
                .check("address-hours");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("no opening hours"), o.summary().en());
    }

    @Test
    void addressHoursPartialWithTheHoursOnly() {
        Outcome o = CheckRun.of(home(U).microdata("OpeningHoursSpecification")).check("address-hours");
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void addressHoursFailsWithNeitherOrEmptyOnes() {
        Outcome o = CheckRun.of(home(U).jsonLd("{\"@type\": \"Organization\", \"address\": {\"@type\": \"PostalAddress\"}}"))
                .check("address-hours");
        assertEquals(Verdict.FAIL, o.verdict(), "an empty PostalAddress is no address");
        assertEquals(Verdict.FAIL, CheckRun.of(home(U).jsonLd("{\"@type\": \"Organization\", \"name\": \"M\"}"))
                .check("address-hours").verdict());
    }

    // tel-links

    @Test
    void telLinksPassWhenEveryNumberIsE164() {
        Outcome o = CheckRun.of(home(U).tel("+33 1 23 45 67 89"), page(U + "a").tel("+33-1-23-45-67-89").tel("+1 (555) 010-9999"))
                .check("tel-links");
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(o.summary().en().startsWith("3 click-to-call"), o.summary().en());
    }

    @Test
    void telLinksPartialWhenANumberIsNotE164() {
        Outcome o = CheckRun.of(home(U).tel("+33123456789").tel("01 23 45 67 89"), page(U + "a").tel("01 23 45 67 89"))
                .check("tel-links");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(List.of(new Example(U, "01 23 45 67 89")), o.evidence().examples());
    }

    @Test
    void telLinksPartialWhenANumberKeepsTheNationalZero() {
        Outcome o = CheckRun.of(home(U).tel("+33 (0)1 23 45 67 89")).check("tel-links");
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void telLinksFailWithoutAnyNumber() {
        assertEquals(Verdict.FAIL, CheckRun.of(home(U), page(U + "a")).check("tel-links").verdict());
    }

    @Test
    void telLinksKnowWhatE164Is() {
        assertTrue(CompanyChecks.isE164("+33123456789;ext=12"));
        assertTrue(CompanyChecks.isE164("+44 (20) 7946 0958"));
        assertFalse(CompanyChecks.isE164("+1234567"));
        assertFalse(CompanyChecks.isE164("+1234567890123456"));
        assertFalse(CompanyChecks.isE164("0033123456789"));
        assertFalse(CompanyChecks.isE164("+33 1 23 45 67 8x"));
    }

    // mailto-links

    @Test
    void mailtoLinksPassWhenEveryAddressIsValid() {
        Outcome o = CheckRun.of(home(U).mailto("contact@example.fr"), page(U + "a").mailto("jean.o'neil+devis@sub.example.co.uk")
                        .mailto("info@café.fr"))
                .check("mailto-links");
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void mailtoLinksPartialWhenAnAddressIsInvalid() {
        Outcome o = CheckRun.of(home(U).mailto("contact@example.fr").mailto("contact[at]example.fr")
                        .mailto("jean..martin@example.fr").mailto("x@localhost").mailto(".a@example.fr"))
                .check("mailto-links");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(List.of("contact[at]example.fr", "jean..martin@example.fr", "x@localhost", ".a@example.fr"), values(o));
    }

    @Test
    void mailtoLinksFailWithoutAnyAddress() {
        assertEquals(Verdict.FAIL, CheckRun.of(home(U)).check("mailto-links").verdict());
    }
}
