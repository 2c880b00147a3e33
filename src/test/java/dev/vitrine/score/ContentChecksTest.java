package dev.vitrine.score;

import static dev.vitrine.score.PageBuilder.home;
import static dev.vitrine.score.PageBuilder.page;
import static dev.vitrine.score.PageBuilder.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentChecksTest {

    private static final String U = "https://www.example.fr/";

    private static List<String> values(Outcome o) {
        return o.evidence().examples().stream().map(Example::value).toList();
    }

    private static void assertRejected(String param, Runnable run) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().contains("\"" + param + "\""), e.getMessage());
    }

    // unique-values

    @Test
    void uniqueValuesPassesWhenEveryTitleDiffers() {
        Outcome o = CheckRun.of(home(U).title("Accueil"), page(U + "a").title("Services"), page(U + "b").title("Contact"))
                .check("unique-values", Map.of("field", "title"));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(1.0, o.score());
    }

    @Test
    void uniqueValuesFailsAndNamesTheSharedTitleWithItsPageCount() {
        Outcome o = CheckRun.of(home(U).title("Boulangerie Martin"), page(U + "a").title("Boulangerie Martin"),
                        page(U + "b").title("Boulangerie Martin"), page(U + "c").title("Contact"))
                .check("unique-values", Map.of("field", "title"));
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(0.25, o.score());
        assertEquals(3, o.evidence().count());
        assertEquals(List.of(U, U + "a", U + "b"), o.evidence().examples().stream().map(Example::url).toList());
        assertEquals("Boulangerie Martin — 3 pages", o.evidence().examples().get(0).value());
        assertTrue(o.summary().fr().startsWith("1 page(s) sur 4"), o.summary().fr());
    }

    @Test
    void uniqueValuesPartialFromEightyPercentByDefault() {
        PageBuilder[] pages = new PageBuilder[10];
        for (int i = 0; i < 10; i++) {
            pages[i] = page(U + i).description("Description " + (i < 2 ? "commune" : i));
        }
        Outcome o = CheckRun.of(pages).check("unique-values", Map.of("field", "metaDescription"));
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(0.8, o.score(), 1e-9);
        assertTrue(o.summary().en().contains("meta description"));
    }

    @Test
    void uniqueValuesComparesIgnoringCaseAndSpaces() {
        Outcome o = CheckRun.of(home(U).title("Nos  Services"), page(U + "a").title("nos services "))
                .check("unique-values", Map.of("field", "title"));
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(0.0, o.score());
    }

    @Test
    void uniqueValuesLeavesOutNoindexAndCanonicalisedPages() {
        Outcome o = CheckRun.of(home(U).title("Produits"), page(U + "p?page=2").title("Produits").canonical(U),
                        page(U + "print").title("Produits").metaRobots("noindex, follow"),
                        page(U + "b").title("Autre").canonical("http://example.fr/b/"))
                .check("unique-values", Map.of("field", "title"));
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(o.summary().en().startsWith("2 of 2"), o.summary().en());
    }

    @Test
    void uniqueValuesNotApplicableWithoutTheField() {
        Outcome o = CheckRun.of(home(U).description(null), page(U + "a").description(" "))
                .check("unique-values", Map.of("field", "metaDescription"));
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
        assertNull(o.score());
    }

    @Test
    void uniqueValuesRejectsAMissingOrUnknownField() {
        assertRejected("field", () -> CheckRun.of(home(U)).check("unique-values", Map.of()));
        assertRejected("field", () -> CheckRun.of(home(U)).check("unique-values", Map.of("field", "h1")));
    }

    // key-pages-meta

    private static PageBuilder withCards(PageBuilder p) {
        return p.og("og:title", "T").og("og:image", "https://www.example.fr/i.jpg").twitter("twitter:card", "summary");
    }

    private static final Map<String, Object> CARDS = Map.of("keys", List.of("og:title", "og:image", "twitter:card"));

    @Test
    void keyPagesMetaPassesWhenEveryKeyPageHasEveryKey() {
        Outcome o = CheckRun.of(withCards(home(U)), withCards(page(U + "a")), page(U + "deep").depth(2))
                .check("key-pages-meta", CARDS);
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(o.summary().fr().contains("2 pages clés conformes sur 2"), o.summary().fr());
    }

    @Test
    void keyPagesMetaPartialWhenHalfTheKeyPagesMissAKey() {
        Outcome o = CheckRun.of(withCards(home(U)), page(U + "a").og("og:title", "T").og("og:image", " "))
                .check("key-pages-meta", CARDS);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(0.5, o.score());
        assertEquals(new Example(U + "a", "absent: og:image, twitter:card"), o.evidence().examples().get(0));
    }

    @Test
    void keyPagesMetaFailsWhenNoKeyPageHasThem() {
        Outcome o = CheckRun.of(home(U), page(U + "a")).check("key-pages-meta", Map.of("keys", List.of("OG:Title")));
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(2, o.evidence().count());
    }

    @Test
    void keyPagesMetaNotApplicableWithoutKeyPages() {
        Outcome o = CheckRun.of(page(U + "deep").depth(3)).check("key-pages-meta", CARDS);
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    @Test
    void keyPagesMetaRejectsMissingKeysAndKeysThatAreNotOpenGraphOrTwitter() {
        assertRejected("keys", () -> CheckRun.of(home(U)).check("key-pages-meta", Map.of()));
        assertRejected("keys", () -> CheckRun.of(home(U)).check("key-pages-meta", Map.of("keys", List.of("description"))));
    }

    // home-head

    @Test
    void homeHeadPassesWithAnyOfTheListedItems() {
        Outcome o = CheckRun.of(home(U).icon("shortcut icon", "/favicon.ico"))
                .check("home-head", Map.of("anyOf", List.of("icon", "apple-touch-icon")));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("icon: /favicon.ico"), values(o));
    }

    @Test
    void homeHeadPassesWhenAllOfAreThere() {
        Outcome o = CheckRun.of(home(U).icon("apple-touch-icon-precomposed", "/apple.png").manifest("/site.webmanifest")
                        .themeColor("#ffffff"))
                .check("home-head", Map.of("allOf", List.of("apple-touch-icon", "manifest", "theme-color")));
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(3, o.evidence().count());
    }

    @Test
    void homeHeadPartialWhenAnAllOfItemIsMissing() {
        Outcome o = CheckRun.of(home(U).icon("icon", "/icon.svg"))
                .check("home-head", Map.of("anyOf", List.of("icon"), "allOf", List.of("theme-color")));
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("missing: theme-color"), o.summary().en());
    }

    @Test
    void homeHeadFailsWithNoneOfTheItems() {
        Outcome o = CheckRun.of(home(U).icon("mask-icon", "/mask.svg"), page(U + "a").icon("icon", "/a.ico"))
                .check("home-head", Map.of("anyOf", List.of("icon", "apple-touch-icon")));
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void homeHeadNotApplicableWithoutAHomePage() {
        Outcome o = CheckRun.of(page(U + "a")).check("home-head", Map.of("anyOf", List.of("icon")));
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    @Test
    void homeHeadRejectsNoListAndUnknownItems() {
        assertRejected("anyOf", () -> CheckRun.of(home(U)).check("home-head", Map.of()));
        assertRejected("allOf", () -> CheckRun.of(home(U)).check("home-head", Map.of("allOf", List.of("favicon"))));
    }

    // responsive-styles

    @Test
    void responsiveStylesPassesWithInlineMediaQueriesAndAViewport() {
        Outcome o = CheckRun.of(home(U), page(U + "a").inlineMediaQueries(2)).check("responsive-styles");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(new Example(U, "viewport: width=device-width, initial-scale=1"), o.evidence().examples().get(0));
        assertEquals(new Example(U + "a", "2 @media (<style>)"), o.evidence().examples().get(1));
    }

    @Test
    void responsiveStylesPassesWithACrawledStylesheet() {
        Outcome o = CheckRun.of(home(U), resource(U + "style.css", "text/css").mediaQueries(5)).check("responsive-styles");
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(o.summary().fr().startsWith("5 règle(s) @media"), o.summary().fr());
    }

    @Test
    void responsiveStylesPassesWithAnOffSiteStylesheet() {
        CrawlSummary.Outside outside = new CrawlSummary.Outside(null, null, null,
                List.of(new CrawlSummary.Stylesheet("https://cdn.example.net/theme.css", 200, 4000, 3, null)), null, null);
        Outcome o = CheckRun.of(home(U)).crawl(CheckRun.crawl(null, List.of(), List.of(), outside)).check("responsive-styles");
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(values(o).contains("3 @media"));
    }

    @Test
    void responsiveStylesPartialWithAViewportButNoMediaQuery() {
        Outcome o = CheckRun.of(home(U)).check("responsive-styles");
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void responsiveStylesPartialWhenTheViewportHasAFixedWidth() {
        Outcome o = CheckRun.of(home(U).viewport("width=1024").inlineMediaQueries(1)).check("responsive-styles");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("without width=device-width"), o.summary().en());
    }

    @Test
    void responsiveStylesFailsWithNeither() {
        Outcome o = CheckRun.of(home(U).viewport(null), resource(U + "s.css", "text/css")).check("responsive-styles");
        assertEquals(Verdict.FAIL, o.verdict());
    }

    // caching

    @Test
    void cachingPassesWhenStaticResourcesCanBeKept() {
        Outcome o = CheckRun.of(home(U),
                        resource(U + "a.css", "text/css").header("cache-control", "public, max-age=31536000"),
                        resource(U + "a.js", "application/javascript").header("etag", "\"abc\""),
                        resource(U + "a.png", "image/png").header("last-modified", "Mon, 02 Nov 2026 10:00:00 GMT"),
                        resource(U + "b.webp", "image/webp").header("cache-control", "immutable"))
                .check("caching");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(1.0, o.score());
    }

    @Test
    void cachingPartialWhenHalfTheResourcesAreCached() {
        Outcome o = CheckRun.of(home(U),
                        resource(U + "a.css", "text/css").header("cache-control", "max-age=600"),
                        resource(U + "a.js", "text/javascript").header("cache-control", "max-age=0"))
                .check("caching");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(0.5, o.score());
        assertEquals(new Example(U + "a.js", "cache-control: max-age=0, etag: —, last-modified: —"),
                o.evidence().examples().get(0));
    }

    @Test
    void cachingFailsWhenNoStoreOverridesValidators() {
        Outcome o = CheckRun.of(home(U).header("cache-control", "max-age=600"),
                        resource(U + "a.css", "text/css").header("cache-control", "no-store").header("etag", "\"x\""),
                        resource(U + "a.jpg", "image/jpeg"))
                .check("caching");
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(2, o.evidence().count());
    }

    @Test
    void cachingNotApplicableWithoutStaticResources() {
        Outcome o = CheckRun.of(home(U), resource(U + "doc.pdf", "application/pdf"),
                resource(U + "gone.css", "text/css").status(404)).check("caching");
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    // content-freshness

    private static String daysAgo(int days) {
        return LocalDate.of(2026, 11, 23).minusDays(days).toString();
    }

    private static final Map<String, Object> FRESH = Map.of("urlPatterns", List.of("/blog/", "/actualites/"),
            "maxAgeDays", 90, "partialAgeDays", 365);

    @Test
    void contentFreshnessPassesWithARecentArticle() {
        Outcome o = CheckRun.of(home(U), page(U + "blog/").depth(1), page(U + "blog/old").published(daysAgo(500)),
                        page(U + "blog/new").published(daysAgo(30)))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(new Example(U + "blog/new", daysAgo(30)), o.evidence().examples().get(0));
        assertTrue(o.summary().en().contains("30 day(s) ago"), o.summary().en());
    }

    @Test
    void contentFreshnessPartialBetweenTheTwoAges() {
        Outcome o = CheckRun.of(home(U), page(U + "actualites/x").published(daysAgo(120) + "T09:30:00+02:00"))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void contentFreshnessFailsWhenTheNewestArticleIsOld() {
        Outcome o = CheckRun.of(home(U), page(U + "blog/x").published(daysAgo(400) + "T09:30:00"))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void contentFreshnessFailsWhenTheBlogShowsNoDate() {
        Outcome o = CheckRun.of(home(U), page(U + "blog/").published(null), page(U + "blog/x").published("hier"))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.FAIL, o.verdict());
        assertTrue(o.summary().en().contains("none dated"), o.summary().en());
    }

    @Test
    void contentFreshnessNotApplicableWithoutBlogOrArticles() {
        Outcome o = CheckRun.of(home(U).published(daysAgo(1)), page(U + "services")).check("content-freshness", FRESH);
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }

    @Test
    void contentFreshnessCountsArticleJsonLdOutsideThePatterns() {
        Outcome o = CheckRun.of(home(U), page(U + "2026/11/nouveau-four").type("BlogPosting").published(daysAgo(10)))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void contentFreshnessIgnoresDatesInTheFuture() {
        Outcome o = CheckRun.of(home(U), page(U + "blog/event").published("2027-06-01"),
                        page(U + "blog/x").published(daysAgo(200)))
                .check("content-freshness", FRESH);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(U + "blog/x", o.evidence().examples().get(0).url());
    }

    @Test
    void contentFreshnessReadsDatesAndDateTimes() {
        assertEquals(LocalDate.of(2026, 3, 1), ContentChecks.date("2026-03-01"));
        assertEquals(LocalDate.of(2026, 2, 28), ContentChecks.date("2026-03-01T00:30:00+02:00"));
        assertEquals(LocalDate.of(2026, 3, 1), ContentChecks.date("2026-03-01T10:00:00.000Z"));
        assertEquals(LocalDate.of(2026, 3, 1), ContentChecks.date("2026-03-01T10:00:00+0100"));
        assertNull(ContentChecks.date("01/03/2026"));
        assertNull(ContentChecks.date("2026-13-01"));
    }

    @Test
    void contentFreshnessRejectsAMissingOrInconsistentAge() {
        assertRejected("maxAgeDays", () -> CheckRun.of(home(U)).check("content-freshness",
                Map.of("urlPatterns", List.of("/blog/"))));
        assertRejected("partialAgeDays", () -> CheckRun.of(home(U)).check("content-freshness",
                Map.of("maxAgeDays", 90, "partialAgeDays", 30)));
    }

    // contact-one-click

    private static final Map<String, Object> CONTACT = Map.of("urlPatterns", List.of("/contact"),
            "linkTexts", List.of("contact", "nous écrire"));

    @Test
    void contactOneClickPassesWithALinkTextOnTheHomePage() {
        Outcome o = CheckRun.of(home(U).link(U + "ecrivez", "Nous ÉCRIRE", true)).check("contact-one-click", CONTACT);
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(new Example(U, "Nous ÉCRIRE → " + U + "ecrivez"), o.evidence().examples().get(0));
    }

    @Test
    void contactOneClickPassesWithALinkToAMatchingPath() {
        Outcome o = CheckRun.of(home(U).link(U + "Contact-Us", "Écrivez-nous", true)).check("contact-one-click", CONTACT);
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void contactOneClickPassesWithAContactFormOnTheHomePage() {
        Outcome o = CheckRun.of(home(U).form(U + "send", "post", FormKind.CONTACT)).check("contact-one-click", CONTACT);
        assertEquals(Verdict.PASS, o.verdict());
    }

    @Test
    void contactOneClickPartialWhenTheContactPageIsDeeper() {
        Outcome o = CheckRun.of(home(U).link(U + "a", "À propos", true).link("https://other.fr/contact", "Contact", false),
                        page(U + "a"), page(U + "a/contact").depth(2))
                .check("contact-one-click", CONTACT);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(U + "a/contact", o.evidence().examples().get(0).url());
    }

    @Test
    void contactOneClickFailsWithoutAnyContactPage() {
        Outcome o = CheckRun.of(home(U).link(U + "a", "Services", true), page(U + "a")).check("contact-one-click", CONTACT);
        assertEquals(Verdict.FAIL, o.verdict());
    }

    @Test
    void contactOneClickRejectsNoPatternAndNoText() {
        assertRejected("urlPatterns", () -> CheckRun.of(home(U)).check("contact-one-click", Map.of()));
    }

    // product-offers

    @Test
    void productOffersPassesWhenEveryProductHasAPriceAndCurrency() {
        Outcome o = CheckRun.of(home(U),
                        page(U + "p1").jsonLd("""
                                {"@context": "https://schema.org", "@type": "Product", "name": "Baguette",
                                 "offers": {"@type": "Offer", "price": 1.2, "priceCurrency": "EUR"},
                                 "isRelatedTo": {"@type": "Product", "name": "Croissant"}}"""),
                        page(U + "p2").jsonLd("""
                                {"@graph": [{"@type": "WebPage"}, {"@type": ["Product"], "name": "Gâteau",
                                 "offers": [{"@type": "AggregateOffer", "lowPrice": "18", "priceCurrency": "EUR"}]}]}"""))
                .check("product-offers");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(List.of("Baguette — 1.2 EUR", "Gâteau — 18 EUR"), values(o));
    }

    @Test
    void productOffersPartialWhenAProductHasNoPrice() {
        Outcome o = CheckRun.of(home(U),
                        page(U + "p1").jsonLd("""
                                {"@type": "Product", "name": "Baguette", "offers": {"@type": "Offer", "price": "1.20"}}"""),
                        page(U + "p2").jsonLd("""
                                {"@type": "Product", "name": "Pain", "offers": {"priceSpecification":
                                 {"price": "2", "priceCurrency": "EUR"}}}"""))
                .check("product-offers");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals(List.of("Baguette — offers: price/priceCurrency absent"), values(o));
        assertTrue(o.summary().fr().contains("2 produit(s) en JSON-LD, 1 avec prix"), o.summary().fr());
    }

    @Test
    void productOffersPartialWithMicrodataProductsOnly() {
        Outcome o = CheckRun.of(home(U), page(U + "p").microdata("Product")).check("product-offers");
        assertEquals(Verdict.PARTIAL, o.verdict());
    }

    @Test
    void productOffersFailsForAShopWithoutProductData() {
        Outcome o = CheckRun.of(home(U).technology("woocommerce", "ecommerce")).check("product-offers");
        assertEquals(Verdict.FAIL, o.verdict());
        assertEquals(List.of("woocommerce"), values(o));
    }

    @Test
    void productOffersNotApplicableWithoutProductsOrShop() {
        Outcome o = CheckRun.of(home(U).technology("ga4", "analytics")).check("product-offers");
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
    }
}
