package dev.vitrine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The competitor site served next to the demo company: its own pages and machine files, with
 * the real origins in place of the marks, and one link to the company.
 */
class DemoCompetitorSiteTest {

    /** Every page of the competitor site, as its README and sitemap list them. */
    static final List<String> PAGES = List.of("/", "/collections/", "/atelier/", "/avis/", "/confreres/", "/contact/",
            "/confidentialite/");

    static DemoSite company;
    static DemoSite competitor;
    static String companyOrigin;
    static String competitorOrigin;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        company = DemoSite.start();
        competitor = DemoSite.startCompetitor(company.url());
        companyOrigin = DemoSite.origin(company.url());
        competitorOrigin = DemoSite.origin(competitor.url());
    }

    @AfterAll
    static void stop() {
        competitor.close();
        company.close();
    }

    private static HttpResponse<String> get(DemoSite site, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(competitor, path);
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains("{{"), path + " still has a placeholder");
        return r.body();
    }

    private static Document page(String path) throws IOException, InterruptedException {
        return Jsoup.parse(text(path), competitor.url().resolve(path).toString());
    }

    private static String jsonLd(String path) throws IOException, InterruptedException {
        return String.join("\n", page(path).select("script[type=\"application/ld+json\"]").stream().map(Element::data).toList());
    }

    @Test
    void runsOnItsOwnPortAndIsNotTheCompanySite() throws Exception {
        assertNotEquals(company.url().getPort(), competitor.url().getPort());
        assertEquals("Lumen & Fils – luminaires d'art à Villeurbanne", page("/").title());
        assertEquals(404, get(competitor, "/services/").statusCode(), "a company page, not one of the competitor's");
    }

    @Test
    void linksToTheCompanyOnceFromItsConfreresPage() throws Exception {
        List<String> links = new ArrayList<>();
        for (String path : PAGES) {
            for (Element a : page(path).select("a[href]")) {
                if (a.attr("abs:href").startsWith(companyOrigin + "/")) {
                    links.add(path + " → " + a.attr("abs:href") + " (" + a.text() + ")");
                }
            }
        }
        assertEquals(List.of(DemoAudit.COMPETITOR_LINK_PAGE + " → " + companyOrigin + "/ (Atelier Lumière)"), links);
    }

    @Test
    void everyPageHasItsDescriptionAndOpenGraphWithAbsoluteUrls() throws Exception {
        for (String path : PAGES) {
            Document page = page(path);
            assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path);
            for (String property : List.of("og:title", "og:description", "og:image")) {
                assertFalse(page.select("meta[property=" + property + "]").attr("content").isBlank(), path + " " + property);
            }
            assertEquals(competitorOrigin + "/assets/og-image.png", page.select("meta[property=og:image]").attr("content"));
            assertEquals(competitorOrigin + path, page.select("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void declaresItsReviewsAndProfilesInJsonLdAndLinksItsPrivacyPolicyEverywhere() throws Exception {
        assertTrue(jsonLd("/").contains("\"AggregateRating\""));
        assertTrue(jsonLd("/avis/").contains("\"Review\""));
        String contactJsonLd = jsonLd("/contact/");
        assertTrue(contactJsonLd.contains("https://www.instagram.com/lumenetfils/"), contactJsonLd);
        for (String path : PAGES) {
            assertTrue(page(path).select("a[href]").eachAttr("href").contains("/confidentialite/"), path);
        }
    }

    @Test
    void servesRobotsTxtNamingAiCrawlersLlmsTxtAndASitemapOfItsPages() throws Exception {
        String robots = text("/robots.txt");
        assertTrue(robots.contains("User-agent: GPTBot"), robots);
        assertTrue(robots.contains("Sitemap: " + competitorOrigin + "/sitemap.xml"), robots);
        assertTrue(text("/llms.txt").contains("(" + competitorOrigin + "/collections/)"));
        Document sitemap = Jsoup.parse(text("/sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(PAGES.stream().map(p -> competitorOrigin + p).toList(), sitemap.select("loc").eachText());
    }

    @Test
    void hasTheBrokenLinkAndTheImageWithoutAltItsReadmeDescribes() throws Exception {
        assertTrue(page("/collections/").select("a[href]").eachAttr("href").contains("/collections/sur-mesure/"));
        assertEquals(404, get(competitor, "/collections/sur-mesure/").statusCode());
        assertEquals(List.of("/assets/atelier.png"), page("/atelier/").select("img:not([alt])").eachAttr("src"));
    }
}
