package dev.vitrine.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SiteLinkChecker} over every report site these tests generate: the demo in French
 * and in English, a site with awkward URLs, and the hostile site of {@link ReportXssTest}.
 */
class ReportLinksTest {

    static final String EDGE_COMPANY = "Café & Co — « L’Atelier »";

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("demo (fr)", (SiteSource) () -> ReportFixtures.demoRun().resolve("site"), ReportFixtures.DEMO_COMPANY),
                Arguments.of("demo (en)", (SiteSource) ReportLinksTest::demoInEnglish, ReportFixtures.DEMO_COMPANY),
                Arguments.of("awkward URLs", (SiteSource) ReportLinksTest::edgeSite, EDGE_COMPANY),
                Arguments.of("hostile site", (SiteSource) () -> HostileSite.run().resolve("site"), HostileSite.COMPANY));
    }

    @FunctionalInterface
    interface SiteSource {
        Path site() throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyLinkResolvesNothingLoadsFromOutsideEveryPageIsNoindexAndNamesTheCompany(String name, SiteSource source,
                                                                                     String company) throws Exception {
        Path site = source.site();
        assertTrue(Files.isRegularFile(site.resolve("index.html")), name + ": no " + site.resolve("index.html"));
        List<String> problems = SiteLinkChecker.check(site, company);
        assertEquals(List.of(), problems, () -> name + ": " + SiteLinkChecker.describe(problems));
    }

    @Test
    void theDemoSiteHasEveryPageOfTheReport() {
        Path site = ReportFixtures.demoRun().resolve("site");
        for (String page : List.of("index.html", "plan.html", "pages.html", "social.html", "backlinks.html",
                "technologies.html", "downloads.html")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        ReportFixtures.result(ReportFixtures.demoRun()).elements().forEach(e ->
                assertTrue(Files.isRegularFile(site.resolve("element-" + e.element() + ".html")), e.element()));
        assertTrue(Files.isRegularFile(site.resolve("data/pages.js")));
        for (String download : List.of("result.json", "pages.jsonl", "findings.csv", "pages.csv")) {
            assertTrue(Files.isRegularFile(site.resolve("downloads").resolve(download)), download);
        }
    }

    /** The checker itself: a site with every kind of fault is reported, fault by fault. */
    @Test
    void theCheckerFindsEveryKindOfFault() throws IOException {
        Path site = ReportFixtures.temp("broken-site");
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("folder"));
        Files.writeString(site.resolve("assets/style.css"), "body{background:url(https://cdn.example/bg.png)} "
                + ".a{background:url('missing.png')} .b{background:url(data:image/png;base64,AAAA)}");
        Files.writeString(site.resolve("index.html"), """
                <!doctype html><html lang="fr"><head><meta name="robots" content="noindex">
                <link rel="stylesheet" href="assets/style.css">
                <link rel="stylesheet" href="https://fonts.example/font.css">
                <script src="//cdn.example/lib.js"></script></head>
                <body><p>Société Test</p>
                <a href="other.html#nowhere">broken fragment</a>
                <a href="other.html#here">good fragment</a>
                <a href="#top">top</a>
                <a href="missing.html">missing page</a>
                <a href="/index.html">root-relative</a>
                <a href="folder/">a folder</a>
                <a href="../outside.html">outside</a>
                <a href="https://www.example.com/">a crawled site: fine</a>
                <a href="javascript:alert(1)">script</a>
                <img src="https://tracker.example/pixel.gif">
                <iframe src="https://www.youtube.com/embed/x"></iframe>
                <video><source src="https://cdn.example/v.mp4"></video>
                <span id="dup"></span><span id="dup"></span>
                </body></html>""");
        Files.writeString(site.resolve("other.html"), """
                <!doctype html><html><head><title>Autre</title></head><body><h2 id="here">Ici</h2></body></html>""");

        List<String> problems = SiteLinkChecker.check(site, "Société Test");
        String all = String.join("\n", problems);
        for (String expected : List.of(
                "index.html: <link href=\"https://fonts.example/font.css\"> points outside the report",
                "index.html: <script src=\"//cdn.example/lib.js\"> points outside the report",
                "index.html: <a href=\"other.html#nowhere\"> is broken: no id \"nowhere\" in other.html",
                "index.html: <a href=\"missing.html\"> is broken: no missing.html",
                "index.html: <a href=\"/index.html\"> is root-relative",
                "index.html: <a href=\"folder/\"> points at a folder",
                "index.html: <a href=\"../outside.html\"> leaves the site folder",
                "index.html: <a href=\"javascript:alert(1)\"> is a javascript: link",
                "index.html: <img src=\"https://tracker.example/pixel.gif\"> points outside the report",
                "index.html: <iframe src=\"https://www.youtube.com/embed/x\"> points outside the report",
                "index.html: <source src=\"https://cdn.example/v.mp4\"> points outside the report",
                "index.html: id \"dup\" is used twice",
                "other.html: no <meta name=\"robots\" content=\"noindex…\">",
                "other.html: the company name \"Société Test\" is not on the page",
                "assets/style.css: stylesheet url(https://cdn.example/bg.png) points outside the report",
                "assets/style.css: stylesheet url(missing.png) is broken")) {
            assertTrue(all.contains(expected), "expected «" + expected + "» in:\n" + all);
        }
        assertFalse(all.contains("www.example.com"), all);
        assertFalse(all.contains("#here"), all);
        assertFalse(all.contains("#top"), all);
        assertFalse(all.contains("data:image"), all);
        assertEquals(16, problems.size(), all);
    }

    // ---- the English rendering of the demo, and a site with awkward URLs

    private static Path demoEnglish;
    private static Path edge;

    static synchronized Path demoInEnglish() {
        if (demoEnglish == null) {
            Path copy = ReportFixtures.copyOf(ReportFixtures.demoRun(), "demo-en");
            ReportFixtures.vitrine().render(copy, "en", List.of());
            demoEnglish = copy.resolve("site");
        }
        return demoEnglish;
    }

    /**
     * URLs with spaces, accents, quotes, queries, fragments; a redirect, a server error, a PDF,
     * a page only in the sitemap: every detail page and table row must still link right.
     */
    static synchronized Path edgeSite() {
        if (edge != null) {
            return edge;
        }
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404).withBody("introuvable")));
            String nav = "<nav><a href=\"/\">Accueil</a> <a href=\"/%C3%A9t%C3%A9%20caf%C3%A9/\">Été café</a> "
                    + "<a href=\"/liste?tri=prix&amp;page=2#haut\">Liste</a> <a href=\"/a%22b'c/\">Guillemets</a> "
                    + "<a href=\"/ancien\">Ancien</a> <a href=\"/erreur\">Erreur</a> <a href=\"/tarifs.pdf\">Tarifs</a> "
                    + "<a href=\"/index.html\">Index</a> <a href=\"/%23diese/\">Dièse</a></nav>";
            for (String path : List.of("/", "/%C3%A9t%C3%A9%20caf%C3%A9/", "/liste", "/a%22b'c/", "/nouveau/",
                    "/index.html", "/%23diese/", "/orpheline/")) {
                server.stubFor(get(path.equals("/liste") ? urlPathEqualTo(path) : urlEqualTo(path)).willReturn(aResponse()
                        .withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody("<!doctype html><html lang=\"fr\"><head><title>Café &amp; Co " + path + "</title></head><body>"
                                + "<h1>Page " + path + "</h1><p>Quelques mots.</p>" + nav + "</body></html>")));
            }
            server.stubFor(get(urlEqualTo("/ancien")).willReturn(aResponse().withStatus(301).withHeader("Location", "/nouveau/")));
            server.stubFor(get(urlEqualTo("/erreur")).willReturn(aResponse().withStatus(500).withBody("panne")));
            server.stubFor(get(urlEqualTo("/tarifs.pdf")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
            server.stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/xml")
                    .withBody("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>"
                            + server.baseUrl() + "/orpheline/</loc></url></urlset>")));
            AuditDefinition audit = new AuditDefinition("cafe", EDGE_COMPANY, URI.create(server.baseUrl() + "/"), "fr",
                    List.of("sales"), List.of(), null, null);
            edge = ReportFixtures.vitrine().audit(audit, CrawlSettings.DEFAULTS.withDelayMillis(0), ReportFixtures.temp("edge"))
                    .runDir().resolve("site");
            return edge;
        } finally {
            server.stop();
        }
    }
}
