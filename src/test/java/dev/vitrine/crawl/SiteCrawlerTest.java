package dev.vitrine.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.PageFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCrawlerTest {

    @TempDir
    Path dir;
    FakeSite site;

    @BeforeEach
    void startSite() {
        site = new FakeSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private CrawlRun crawl() {
        return CrawlRun.of(site.url("/"), CrawlRun.FAST, dir);
    }

    private String u(String path) {
        return site.origin() + path;
    }

    @Test
    void recordsEveryLinkedPageOnceWithItsDepth() {
        site.page("/", "Accueil", "<a href='/a/'>A</a> <a href='/b/'>B</a> <a href='/a/'>A again</a>")
            .page("/a/", "A", "<a href='/a/deep/'>deeper</a> <a href='/'>home</a>")
            .page("/b/", "B", "<a href='/a/'>A</a>")
            .page("/a/deep/", "Deep", "<img src='/logo.png' alt='logo'>")
            .respond("/logo.png", aResponse().withStatus(200).withHeader("Content-Type", "image/png")
                    .withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

        CrawlRun run = crawl();

        assertEquals(List.of(u("/"), u("/a/"), u("/a/deep/"), u("/b/"), u("/logo.png")), run.urls());
        assertEquals(0, run.get(u("/")).depth());
        assertEquals(1, run.get(u("/b/")).depth());
        assertEquals(2, run.get(u("/a/deep/")).depth());
        assertEquals("Deep", run.get(u("/a/deep/")).title());
        assertEquals(1, site.requestsFor("/a/"), "each URL is fetched once");
        assertEquals(4, run.summary().totals().htmlPages());
        assertNull(run.summary().stoppedBy());
        assertTrue(site.userAgentOf("/").startsWith("Vitrine/"), "identifies itself");
    }

    @Test
    void staysOnTheAuditedSite() {
        try (FakeSite other = new FakeSite()) {
            other.page("/", "Other", "other site");
            site.page("/", "Home", "<a href='" + other.url("/") + "'>partner</a>"
                    + "<a href='http://localhost:" + site.url("/").getPort() + "/x'>same port, other host</a>"
                    + "<a href='mailto:a@b.fr'>mail</a><a href='javascript:alert(1)'>js</a>");

            CrawlRun run = crawl();

            assertEquals(List.of(u("/")), run.urls());
            assertEquals(0, other.requestsFor("/"));
            PageFacts home = run.get(u("/"));
            assertFalse(home.links().get(0).internal());
        }
    }

    @Test
    void obeysRobotsTxtDisallowUnlessIgnored() throws IOException {
        site.page("/", "Home", "<a href='/private/'>p</a> <a href='/public/'>q</a>")
            .page("/private/", "Private", "secret")
            .page("/public/", "Public", "ok")
            .text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n");

        CrawlRun obeyed = crawl();
        assertEquals(List.of(u("/"), u("/public/")), obeyed.urls());
        assertEquals(0, site.requestsFor("/private/"));
        CrawlSummary.Robots robots = obeyed.summary().robots();
        assertEquals(200, robots.status());
        assertEquals(2, robots.groups().size());
        assertEquals(List.of("/private/"), robots.groups().get(0).disallow());
        assertEquals(List.of("BadBot"), robots.groups().get(1).userAgents());

        CrawlRun ignored = CrawlRun.of(site.url("/"), CrawlRun.FAST.withIgnoreRobots(true),
                Files.createDirectories(dir.resolve("ignored")));
        assertTrue(ignored.page(u("/private/")).isPresent());
        assertFalse(ignored.summary().robots().obeyed());
    }

    @Test
    void seedsPagesOnlyListedInThePlainSitemapAsUnlinked() {
        site.page("/", "Home", "<a href='/linked/'>l</a>")
            .page("/linked/", "Linked", "")
            .page("/orphan/", "Orphan", "<a href='/orphan/child/'>c</a>")
            .page("/orphan/child/", "Child of orphan", "")
            .text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: " + u("/sitemap.xml"))
            .text("/sitemap.xml", "application/xml", urlset("/", "/linked/", "/orphan/"));

        CrawlRun run = crawl();

        assertEquals(1, run.get(u("/linked/")).depth());
        assertEquals(-1, run.get(u("/orphan/")).depth(), "reached only through the sitemap");
        assertEquals(-1, run.get(u("/orphan/child/")).depth());
        assertEquals(3, run.summary().totals().sitemapUrls());
        assertEquals(1, run.summary().totals().sitemapOnlyPages());
        CrawlSummary.Sitemap sitemap = run.summary().sitemaps().get(0);
        assertEquals("robots.txt", sitemap.declaredBy());
        assertEquals("urlset", sitemap.kind());
        assertEquals(3, sitemap.urls());
        assertEquals(List.of(u("/sitemap.xml")), run.summary().robots().sitemaps());
    }

    @Test
    void readsSitemapIndexAndGzippedSitemaps() throws IOException {
        site.page("/", "Home", "nothing linked")
            .page("/from-gzip/", "G", "")
            .page("/from-xml/", "X", "")
            .text("/sitemap.xml", "application/xml", "<?xml version='1.0' encoding='UTF-8'?>"
                    + "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    + "<sitemap><loc>" + u("/pages.xml") + "</loc></sitemap>"
                    + "<sitemap><loc>" + u("/more.xml.gz") + "</loc></sitemap></sitemapindex>")
            .text("/pages.xml", "application/xml", urlset("/from-xml/"))
            .respond("/more.xml.gz", aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                    .withBody(gzip(urlset("/from-gzip/"))));

        CrawlRun run = crawl();

        assertTrue(run.page(u("/from-xml/")).isPresent());
        assertTrue(run.page(u("/from-gzip/")).isPresent());
        List<CrawlSummary.Sitemap> sitemaps = run.summary().sitemaps();
        assertEquals("index", sitemaps.get(0).kind());
        assertEquals("default location", sitemaps.get(0).declaredBy());
        assertEquals(3, sitemaps.size());
        assertTrue(sitemaps.stream().allMatch(s -> s.error() == null), sitemaps.toString());
    }

    @Test
    void recordsARedirectChainUnderTheLinkedUrl() {
        site.page("/", "Home", "<a href='/old'>old</a>")
            .redirect("/old", 301, "/older")
            .redirect("/older", 302, u("/new/"))
            .page("/new/", "New", "");

        CrawlRun run = crawl();

        PageFacts moved = run.get(u("/old"));
        assertEquals(u("/new/"), moved.finalUrl());
        assertEquals(200, moved.status());
        assertEquals("New", moved.title());
        assertEquals(List.of(301, 302), moved.redirects().stream().map(PageFacts.Redirect::status).toList());
        assertEquals(u("/older"), moved.redirects().get(0).location());
        assertEquals(2, run.pages().size(), "the hops are not separate records");
    }

    @Test
    void reportsARedirectLoopAndGoesOn() {
        site.page("/", "Home", "<a href='/loop-a'>a</a> <a href='/fine/'>fine</a>")
            .redirect("/loop-a", 301, "/loop-b")
            .redirect("/loop-b", 301, "/loop-a")
            .page("/fine/", "Fine", "");

        CrawlRun run = crawl();

        PageFacts loop = run.get(u("/loop-a"));
        assertTrue(loop.error().contains("redirect loop"), loop.error());
        assertEquals(2, loop.redirects().size());
        assertTrue(run.page(u("/fine/")).isPresent());
    }

    @Test
    void recordsBrokenLinksWithEveryPageLinkingToThem() {
        site.page("/", "Home", "<a href='/missing'>m</a> <a href='/a/'>a</a> <a href='/b/'>b</a>")
            .page("/a/", "A", "<a href='/missing'>m</a> <a href='/crash'>c</a>")
            .page("/b/", "B", "<a href='/crash'>c</a> <img src='/missing.png'>")
            .status("/crash", 500);

        CrawlRun run = crawl();

        assertEquals(404, run.get(u("/missing")).status());
        assertEquals(500, run.get(u("/crash")).status());
        List<CrawlSummary.BrokenLink> broken = run.summary().brokenLinks();
        assertEquals(3, broken.size());
        CrawlSummary.BrokenLink missing = broken.stream().filter(b -> b.url().equals(u("/missing"))).findFirst().orElseThrow();
        assertEquals(List.of(u("/"), u("/a/")), missing.linkedFrom().stream().sorted().toList());
        assertEquals(2, missing.linkedFromCount());
        assertEquals(1, run.summary().totals().serverErrors());
        assertEquals(2, run.summary().totals().clientErrors());
    }

    @Test
    void recordsASlowPageAsTimedOutAndGoesOn() {
        site.page("/", "Home", "<a href='/slow/'>slow</a> <a href='/quick/'>quick</a>")
            .respond("/slow/", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody("<title>late</title>").withFixedDelay(3_000))
            .page("/quick/", "Quick", "");

        CrawlRun run = CrawlRun.of(site.url("/"), CrawlRun.FAST.withTimeouts(1_000, 500), dir);

        PageFacts slow = run.get(u("/slow/"));
        assertNotNull(slow.error());
        assertTrue(slow.error().contains("timed out"), slow.error());
        assertEquals(1, run.summary().totals().fetchErrors());
        assertTrue(run.page(u("/quick/")).isPresent());
    }

    @Test
    void stopsAtMaxPages() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            site.page("/p" + i + "/", "Page " + i, "");
            links.append("<a href='/p").append(i).append("/'>").append(i).append("</a>");
        }
        site.page("/", "Home", links.toString());

        CrawlRun run = CrawlRun.of(site.url("/"), CrawlRun.FAST.withMaxPages(10), dir);

        assertTrue(run.pages().size() <= 10, "fetched " + run.pages().size());
        assertTrue(run.pages().size() >= 9, "fetched " + run.pages().size());
        assertEquals("maxPages", run.summary().stoppedBy());
    }

    @Test
    void stopsAtMaxDepth() {
        for (int d = 0; d < 5; d++) {
            site.page(d == 0 ? "/" : "/d" + d + "/", "Depth " + d, "<a href='/d" + (d + 1) + "/'>next</a>");
        }

        CrawlRun run = CrawlRun.of(site.url("/"), CrawlRun.FAST.withMaxDepth(2), dir);

        assertEquals(List.of(u("/"), u("/d1/"), u("/d2/")), run.urls());
        assertEquals("maxDepth", run.summary().stoppedBy());
    }

    @Test
    void recordsNonHtmlContentWithoutParsingIt() {
        site.page("/", "Home", "<a href='/brochure.pdf'>pdf</a> <a href='/data.json'>json</a>")
            .respond("/brochure.pdf", aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                    .withBody("%PDF-1.4 <a href='/hidden/'>not a link</a>"))
            .text("/data.json", "application/json", "{\"href\": \"/also-hidden/\"}");

        CrawlRun run = crawl();

        PageFacts pdf = run.get(u("/brochure.pdf"));
        assertEquals("application/pdf", pdf.contentType());
        assertNull(pdf.title());
        assertTrue(pdf.bytes() > 0);
        assertEquals("application/json", run.get(u("/data.json")).contentType());
        assertEquals(3, run.pages().size(), "nothing is followed from non-HTML bodies");
    }

    @Test
    void decodesIso88591PagesFromTheHeaderOrTheMetaCharset() {
        byte[] latin1 = "<html><head><title>Café crème à l'été</title></head><body>ok</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] metaOnly = ("<html><head><meta charset=\"iso-8859-1\"><title>Crêpes</title></head>"
                + "<body>ok</body></html>").getBytes(StandardCharsets.ISO_8859_1);
        site.page("/", "Home", "<a href='/latin/'>l</a> <a href='/meta/'>m</a>")
            .respond("/latin/", aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                    .withBody(latin1))
            .respond("/meta/", aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(metaOnly));

        CrawlRun run = crawl();

        assertEquals("Café crème à l'été", run.get(u("/latin/")).title());
        assertEquals("ISO-8859-1", run.get(u("/latin/")).charset());
        assertEquals("Crêpes", run.get(u("/meta/")).title());
    }

    @Test
    void survivesMalformedHtml() {
        site.html("/", "<html><head><title>Broken <b>markup</title><body><div><p>unclosed <a href='/next/'>next"
                + "<table><tr><td>cell</div></span>\u0000\uFFFD</html></html><<<>>>")
            .page("/next/", "Next", "");

        CrawlRun run = crawl();

        assertTrue(run.page(u("/next/")).isPresent(), "links in malformed HTML are still followed");
        assertNull(run.get(u("/")).error());
    }

    @Test
    void keepsTheStartUrlAndItsRedirectsOnTheHomeRecord() {
        site.redirect("/", 301, "/fr/")
            .page("/fr/", "Accueil", "<a href='/fr/contact/'>contact</a>")
            .page("/fr/contact/", "Contact", "");

        CrawlRun run = crawl();

        PageFacts home = run.get(u("/"));
        assertEquals(u("/fr/"), home.finalUrl());
        assertEquals(1, home.redirects().size());
        assertEquals(u("/fr/"), run.summary().homeUrl());
        assertEquals(1, run.summary().homeRedirects().size());
        assertTrue(run.page(u("/fr/contact/")).isPresent());
    }

    @Test
    void keepsSecurityHeadersWithLowerCaseNamesAndOnlyCookieNames() {
        site.respond("/", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withHeader("Strict-Transport-Security", "max-age=31536000")
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Set-Cookie", "session=secret-value; HttpOnly")
                .withBody("<title>Home</title>"));

        PageFacts home = crawl().get(u("/"));

        assertEquals("max-age=31536000", home.headers().get("strict-transport-security"));
        assertEquals("DENY", home.headers().get("x-frame-options"));
        assertEquals("session", home.headers().get("set-cookie"));
    }

    @Test
    void writesCrawlJsonBesidePagesJsonl() {
        site.page("/", "Home", "");

        CrawlRun run = crawl();

        assertTrue(Files.exists(dir.resolve(SiteCrawler.CRAWL_FILE)));
        assertEquals(site.url("/").toString(), run.summary().startUrl());
        assertTrue(run.summary().durationMillis() >= 0);
        assertEquals(1, run.summary().totals().fetched());
    }

    private String urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>"
                + "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>");
        for (String p : paths) {
            xml.append("<url><loc>").append(u(p)).append("</loc></url>");
        }
        return xml.append("</urlset>").toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
