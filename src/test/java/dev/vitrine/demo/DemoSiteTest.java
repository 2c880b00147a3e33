package dev.vitrine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteTest {

    static DemoSite site;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        site = DemoSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheHomePageOnLoopback() throws Exception {
        assertEquals("127.0.0.1", site.url().getHost());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(home.body().contains("Atelier Lumière"));
    }

    @Test
    void redirectsAFolderWithoutItsSlashLikeAStaticHost() throws Exception {
        HttpResponse<String> r = get("/contact");
        assertEquals(301, r.statusCode());
        assertEquals("/contact/", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void answersMissingPagesWith404() throws Exception {
        assertEquals(404, get("/blog/guide-eclairage-2024/").statusCode());
    }

    @Test
    void writesItsOwnOriginIntoRobotsAndSitemap() throws Exception {
        String origin = "http://127.0.0.1:" + site.url().getPort();
        String robots = get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + origin + "/sitemap.xml"), robots);
        String sitemap = get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>" + origin + "/offre-automne/</loc>"), sitemap);
        assertFalse(sitemap.contains("{{BASE_URL}}"));
    }

    @Test
    void refusesPathsThatLeaveTheSiteFolder() throws Exception {
        HttpRequest sneaky = HttpRequest.newBuilder(URI.create(site.url() + "assets/../../logback.xml")).build();
        int status = http.send(sneaky, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status == 400 || status == 404, "status " + status);
    }
}
