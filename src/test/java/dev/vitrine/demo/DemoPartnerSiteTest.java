package dev.vitrine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The partner site served next to the demo company: its links carry the company's real origin. */
class DemoPartnerSiteTest {

    static DemoSite company;
    static DemoSite partner;
    static String companyOrigin;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        company = DemoSite.start();
        partner = DemoSite.startPartner(company.url());
        companyOrigin = "http://127.0.0.1:" + company.url().getPort();
    }

    @AfterAll
    static void stop() {
        partner.close();
        company.close();
    }

    private static HttpResponse<String> get(DemoSite site, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(partner, path);
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains("{{"), path + " still has a placeholder");
        return Jsoup.parse(r.body(), partner.url().resolve(path).toString());
    }

    private static List<Element> companyLinks(Document page) {
        return page.select("a[href]").stream().filter(a -> a.attr("abs:href").startsWith(companyOrigin + "/")).toList();
    }

    @Test
    void runsOnItsOwnPortAndIsNotTheCompanySite() throws Exception {
        assertNotEquals(company.url().getPort(), partner.url().getPort());
        assertTrue(get(partner, "/").body().contains("Lyon Artisans"));
        assertFalse(get(partner, "/").body().contains("Nos métiers"), "not the company's home page");
        assertEquals(404, get(partner, "/services/").statusCode());
    }

    @Test
    void theListingLinksToTheCompanyWithItsBrandAsAFollowLink() throws Exception {
        List<Element> links = companyLinks(page(DemoAudit.LISTING));
        assertEquals(1, links.size(), links.toString());
        assertEquals("Atelier Lumière", links.get(0).text());
        assertEquals("", links.get(0).attr("rel"));
    }

    @Test
    void theArticleHasADescriptiveAnchorANofollowLinkAndABrokenTarget() throws Exception {
        List<Element> links = companyLinks(page(DemoAudit.ARTICLE));
        assertTrue(links.stream().anyMatch(a -> a.text().equals("luminaires sur mesure à Lyon") && a.attr("rel").isEmpty()
                && a.attr("abs:href").equals(companyOrigin + "/services/eclairage-sur-mesure/")), links.toString());
        assertTrue(links.stream().anyMatch(a -> a.attr("rel").equals("nofollow")), links.toString());
        assertTrue(links.stream().anyMatch(a -> a.attr("abs:href").equals(companyOrigin + DemoAudit.MISSING_TARGET)));
        assertEquals(404, get(company, DemoAudit.MISSING_TARGET).statusCode(), "the target does not exist");
        assertEquals(200, get(company, "/services/eclairage-sur-mesure/").statusCode());
    }

    @Test
    void theHomeHasASponsoredLinkAndLinksToTheOtherPages() throws Exception {
        Document home = page("/");
        assertTrue(companyLinks(home).stream().anyMatch(a -> a.attr("rel").equals("sponsored")));
        List<String> own = home.select("a[href^=/]").eachAttr("href");
        assertTrue(own.containsAll(List.of(DemoAudit.LISTING, DemoAudit.ARTICLE, DemoAudit.LOST)), own.toString());
    }

    @Test
    void theLostPageNamesTheCompanyWithoutLinkingToIt() throws Exception {
        Document lost = page(DemoAudit.LOST);
        assertTrue(lost.text().contains("Atelier Lumière"));
        assertEquals(List.of(), companyLinks(lost));
    }

    @Test
    void robotsTxtDisallowsOnlyTheArchivesWhichStillLinkToTheCompany() throws Exception {
        String robots = get(partner, "/robots.txt").body();
        assertTrue(robots.contains("User-agent: *"), robots);
        List<String> disallowed = robots.lines().filter(l -> l.startsWith("Disallow:"))
                .map(l -> l.substring("Disallow:".length()).strip()).toList();
        assertEquals(List.of(DemoAudit.BLOCKED), disallowed);
        assertEquals(1, companyLinks(page(DemoAudit.BLOCKED)).size(), "blocked, not lost: a reader would see the link");
    }

    @Test
    void theCompanySiteLinksToItsDirectoryListingsFromTheContactPage() throws Exception {
        Document contact = Jsoup.parse(get(company, "/contact/").body());
        List<String> hrefs = contact.select("a[href]").eachAttr("href");
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("https://www.pagesjaunes.fr/pros/")), hrefs.toString());
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("https://www.google.com/maps/place/")), hrefs.toString());
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("https://www.houzz.fr/pro/")), hrefs.toString());
    }
}
