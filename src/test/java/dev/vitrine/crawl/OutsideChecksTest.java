package dev.vitrine.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.crawl.OutsideChecks.RedirectKind;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requests beside the crawl: plain-http home, security.txt, llms.txt, stylesheets, HTTP version. */
class OutsideChecksTest {

    private static final String SECURITY_TXT = "Contact: mailto:security@example.fr\nExpires: 2030-01-01T00:00:00Z\n";

    @TempDir
    Path dir;
    FakeSite site;
    DirectFetcher http = new DirectFetcher(CrawlRun.FAST, "Vitrine/test");

    @BeforeEach
    void startSite() {
        site = new FakeSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private String u(String path) {
        return site.origin() + path;
    }

    // security.txt and llms.txt

    @Test
    void findsSecurityTxtAtItsWellKnownPlace() throws Exception {
        site.text("/.well-known/security.txt", "text/plain; charset=utf-8", SECURITY_TXT)
            .text("/security.txt", "text/plain", "Contact: mailto:old@example.fr\n");

        CrawlSummary.TextFile found = OutsideChecks.securityTxt(http, site.url("/"));

        assertEquals(u("/.well-known/security.txt"), found.url());
        assertEquals(200, found.status());
        assertEquals(SECURITY_TXT, found.content());
        assertFalse(found.truncated());
        assertNull(found.error());
        assertEquals(0, site.requestsFor("/security.txt"), "the fallback is only asked when the first is missing");
    }

    @Test
    void fallsBackToSecurityTxtAtTheRoot() throws Exception {
        site.text("/security.txt", "text/plain", SECURITY_TXT);

        CrawlSummary.TextFile found = OutsideChecks.securityTxt(http, site.url("/"));

        assertEquals(u("/security.txt"), found.url());
        assertEquals(200, found.status());
        assertEquals(SECURITY_TXT, found.content());
    }

    @Test
    void recordsAMissingSecurityTxtAtItsWellKnownPlace() throws Exception {
        CrawlSummary.TextFile missing = OutsideChecks.securityTxt(http, site.url("/"));

        assertEquals(u("/.well-known/security.txt"), missing.url());
        assertEquals(404, missing.status());
        assertNull(missing.content());
        assertNull(missing.error());
        assertEquals(1, site.requestsFor("/security.txt"));
    }

    @Test
    void rejectsAnHtmlPageServedWithStatus200() throws Exception {
        site.html("/.well-known/security.txt", "<!doctype html><html><title>Page introuvable</title></html>")
            .text("/llms.txt", "text/plain", "\n  <html><body>Oops</body></html>");

        CrawlSummary.TextFile soft404 = OutsideChecks.securityTxt(http, site.url("/"));
        CrawlSummary.TextFile disguised = OutsideChecks.textFile(http, site.url("/llms.txt"));

        assertEquals(200, soft404.status());
        assertNull(soft404.content());
        assertEquals("not a text file", soft404.error());
        assertEquals("text/html; charset=utf-8", soft404.contentType());
        assertNull(disguised.content(), "a body starting with '<' is a page, whatever its type says");
        assertEquals("not a text file", disguised.error());
    }

    @Test
    void readsLlmsTxtWhenPresentAndRecordsItsAbsence() throws Exception {
        CrawlSummary.TextFile missing = OutsideChecks.textFile(http, site.url("/llms.txt"));
        site.text("/llms.txt", "text/markdown", "# Boulangerie Martin\n\n> Pain au levain, Lyon.\n");
        CrawlSummary.TextFile present = OutsideChecks.textFile(http, site.url("/llms.txt"));

        assertEquals(404, missing.status());
        assertNull(missing.content());
        assertEquals(200, present.status());
        assertEquals("text/markdown", present.contentType());
        assertTrue(present.content().startsWith("# Boulangerie Martin"));
    }

    @Test
    void boundsATextFileTo64KilobytesAndFollowsRedirects() throws Exception {
        site.redirect("/llms.txt", 301, "/docs/llms.txt")
            .text("/docs/llms.txt", "text/plain", "x".repeat(200_000));

        CrawlSummary.TextFile big = OutsideChecks.textFile(http, site.url("/llms.txt"));

        assertEquals(u("/docs/llms.txt"), big.url(), "the URL that answered");
        assertEquals(OutsideChecks.TEXT_BYTES, big.content().length());
        assertTrue(big.truncated());
    }

    @Test
    void recordsAFailedRequestInsteadOfThrowing() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/");

        CrawlSummary.TextFile file = OutsideChecks.textFile(http, closed.resolve("/llms.txt"));
        CrawlSummary.HttpHome home = OutsideChecks.httpHome(http, closed, SiteScope.of(closed));

        assertEquals(0, file.status());
        assertEquals("the connection was refused", file.error());
        assertEquals(0, home.status());
        assertEquals("the connection was refused", home.error());
        assertFalse(home.redirectsToHttps());
    }

    // plain-http home

    @Test
    void classifiesRedirectsOfThePlainHttpHome() {
        URI base = URI.create("http://boulangerie-martin.fr/");
        SiteScope scope = SiteScope.of(URI.create("https://www.boulangerie-martin.fr/"));

        assertEquals(RedirectKind.HTTPS_ON_SITE, OutsideChecks.classify(base, 301, "https://www.boulangerie-martin.fr/", scope));
        assertEquals(RedirectKind.HTTPS_ON_SITE, OutsideChecks.classify(base, 308, " HTTPS://boulangerie-martin.fr/fr/ ", scope));
        assertEquals(RedirectKind.HTTP_ON_SITE, OutsideChecks.classify(base, 302, "http://www.boulangerie-martin.fr/", scope));
        assertEquals(RedirectKind.HTTP_ON_SITE, OutsideChecks.classify(base, 301, "/fr/", scope), "relative stays on http");
        assertEquals(RedirectKind.ELSEWHERE, OutsideChecks.classify(base, 301, "https://parking.example.com/", scope));
        assertEquals(RedirectKind.ELSEWHERE, OutsideChecks.classify(base, 301, "https://boulangerie-martin.fr:8443/", scope));
        assertEquals(RedirectKind.ELSEWHERE, OutsideChecks.classify(base, 301, "javascript:alert(1)", scope));
        assertEquals(RedirectKind.ELSEWHERE, OutsideChecks.classify(base, 301, "http://[bad", scope));
        assertEquals(RedirectKind.NONE, OutsideChecks.classify(base, 200, null, scope));
        assertEquals(RedirectKind.NONE, OutsideChecks.classify(base, 301, null, scope));
        assertEquals(RedirectKind.NONE, OutsideChecks.classify(base, 404, "https://www.boulangerie-martin.fr/", scope));
    }

    @Test
    void choosesThePlainHttpHome() {
        assertEquals(URI.create("http://www.acme.fr/"),
                OutsideChecks.httpHomeUrl(URI.create("https://acme.fr/"), URI.create("https://www.acme.fr/fr/")));
        assertEquals(URI.create("http://www.acme.fr/"),
                OutsideChecks.httpHomeUrl(URI.create("http://acme.fr/"), URI.create("https://www.acme.fr:443/")));
        assertEquals(URI.create("http://www.acme.fr/fr/"),
                OutsideChecks.httpHomeUrl(URI.create("http://acme.fr/"), URI.create("http://www.acme.fr/fr/")));
        assertEquals(URI.create("http://127.0.0.1:8080/"),
                OutsideChecks.httpHomeUrl(URI.create("http://127.0.0.1:8080/"), URI.create("https://127.0.0.1:8443/")));
        assertEquals(URI.create("http://acme.fr:8443/"),
                OutsideChecks.httpHomeUrl(URI.create("https://acme.fr:8443/"), URI.create("https://acme.fr:8443/")));
    }

    @Test
    void followsRedirectsOnTheSiteOverHttpToFindHttps() throws Exception {
        try (FakeSite secure = FakeSite.https()) {
            site.redirect("/", 301, "/accueil").redirect("/accueil", 302, secure.url("/").toString());
            SiteScope scope = SiteScope.of(site.url("/"), secure.url("/"));

            CrawlSummary.HttpHome home = OutsideChecks.httpHome(http, site.url("/"), scope);
            CrawlSummary.HttpHome outOfScope = OutsideChecks.httpHome(http, site.url("/"), SiteScope.of(site.url("/")));

            assertEquals(301, home.status());
            assertEquals(u("/accueil"), home.location(), "the first answer, resolved");
            assertTrue(home.redirectsToHttps());
            assertFalse(outOfScope.redirectsToHttps(), "https on another site does not count");
        }
    }

    // stylesheets

    @Test
    void readsOnlyOffSiteStylesheetsAndAtMostTen() throws Exception {
        try (FakeSite cdn = new FakeSite()) {
            cdn.text("/a.css", "text/css", "@media print{}@media (max-width:600px){}")
               .text("/b.css", "text/css", "/* @media */ p{}")
               .html("/c.css", "<!doctype html><title>404</title>");
            List<String> hrefs = new java.util.ArrayList<>(List.of(u("/site.css"), cdn.url("/a.css").toString(),
                    cdn.url("/b.css").toString(), cdn.url("/a.css").toString(), cdn.url("/c.css").toString(),
                    cdn.url("/gone.css").toString(), "data:text/css,@media", "not a url at all"));
            for (int i = 0; i < 20; i++) {
                hrefs.add(cdn.url("/more-" + i + ".css").toString());
            }

            List<CrawlSummary.Stylesheet> sheets = OutsideChecks.stylesheets(http, hrefs, SiteScope.of(site.url("/")));

            assertEquals(OutsideChecks.MAX_STYLESHEETS, sheets.size());
            assertEquals(0, site.requestsFor("/site.css"), "on-site stylesheets are the crawl's");
            assertEquals(1, cdn.requestsFor("/a.css"), "each URL once");
            CrawlSummary.Stylesheet a = sheets.get(0);
            assertEquals(cdn.url("/a.css").toString(), a.url());
            assertEquals(200, a.status());
            assertEquals(2, a.mediaQueries());
            assertEquals(40, a.bytes());
            assertEquals(0, sheets.get(1).mediaQueries());
            assertEquals("not a stylesheet", sheets.get(2).error());
            assertEquals(404, sheets.get(3).status());
            assertEquals(cdn.url("/more-0.css").toString(), sheets.get(4).url());
        }
    }

    @Test
    void boundsAStylesheetTo512Kilobytes() throws Exception {
        try (FakeSite cdn = new FakeSite()) {
            cdn.text("/huge.css", "text/css", "@media print{}" + " ".repeat(600_000) + "@media screen{}");

            CrawlSummary.Stylesheet huge = OutsideChecks.stylesheets(http, List.of(cdn.url("/huge.css").toString()),
                    SiteScope.of(site.url("/"))).get(0);

            assertEquals(OutsideChecks.CSS_BYTES, huge.bytes());
            assertEquals(1, huge.mediaQueries(), "counted in the part read");
        }
    }

    // through the crawl

    @Test
    void aCrawlRecordsTheOutsideFetchesInCrawlJson() throws IOException {
        try (FakeSite cdn = new FakeSite()) {
            cdn.text("/theme.css", "text/css; charset=utf-8", "@media (min-width: 768px) { .col { width: 50% } }");
            site.page("/", "Accueil", "<link rel='stylesheet' href='/style.css'>"
                            + "<link rel='stylesheet' href='" + cdn.url("/theme.css") + "'>"
                            + "<a href='/contact/'>contact</a>")
                .page("/contact/", "Contact", "")
                .text("/style.css", "text/css", """
                        /* @media print { hidden } */
                        .menu::before { content: "@media" }
                        @media (max-width: 600px) { .menu { display: none } }
                        @media print { nav { display: none } }
                        """)
                .text("/.well-known/security.txt", "text/plain", SECURITY_TXT);

            CrawlRun run = CrawlRun.of(site.url("/"), CrawlRun.FAST, dir);

            PageFacts css = run.get(u("/style.css"));
            assertEquals(2, css.mediaQueries(), "on-site CSS is counted in pages.jsonl, comments and strings aside");
            assertEquals(0, run.get(u("/")).mediaQueries());
            assertNull(css.error());

            CrawlSummary.Outside outside = run.summary().outside();
            assertNotNull(outside);
            assertEquals(u("/"), outside.httpHome().url());
            assertEquals(200, outside.httpHome().status(), "the plain-http home serves the page itself");
            assertFalse(outside.httpHome().redirectsToHttps());
            assertEquals(SECURITY_TXT, outside.securityTxt().content());
            assertEquals(404, outside.llmsTxt().status());
            assertEquals(List.of(new CrawlSummary.Stylesheet(cdn.url("/theme.css").toString(), 200, 49, 1, null)),
                    outside.stylesheets(), "only the off-site stylesheet is read here");
            assertEquals(1, site.requestsFor("/style.css"), "the on-site one was crawled, once");
            assertNull(outside.homeHttpVersion(), "an http home has no HTTP/2");
            assertNull(outside.homeAltSvc());

            CrawlSummary reread = Json.MAPPER.readValue(dir.resolve(SiteCrawler.CRAWL_FILE).toFile(), CrawlSummary.class);
            assertEquals(outside, reread.outside());
        }
    }

    @Test
    void aSiteThatSendsHttpVisitorsToHttpsOverHttp2() {
        try (FakeSite secure = FakeSite.https()) {
            site.redirect("/", 301, secure.url("/").toString());
            secure.respond("/", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withHeader("Alt-Svc", "h3=\":443\"; ma=86400").withBody("<title>Accueil</title>"));

            CrawlRun run = CrawlRun.of(site.url("/"), CrawlRun.FAST, dir);

            assertEquals(secure.url("/").toString(), run.summary().homeUrl());
            assertEquals(200, run.get(u("/")).status(), "crawled over https");
            assertEquals(secure.url("/").toString(), run.get(u("/")).finalUrl());
            CrawlSummary.Outside outside = run.summary().outside();
            assertEquals(u("/"), outside.httpHome().url(), "a local https site's http twin is the start URL");
            assertEquals(301, outside.httpHome().status());
            assertEquals(secure.url("/").toString(), outside.httpHome().location());
            assertTrue(outside.httpHome().redirectsToHttps());
            assertEquals("HTTP/2", outside.homeHttpVersion());
            assertEquals("h3=\":443\"; ma=86400", outside.homeAltSvc());
            assertEquals(secure.url("/.well-known/security.txt").toString(), outside.securityTxt().url());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
