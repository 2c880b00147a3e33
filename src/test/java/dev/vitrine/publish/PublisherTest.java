package dev.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vitrine publish} on an audits folder of two audits with real reports. */
class PublisherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path audits;
    Path out;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void auditsFolder() {
        audits = PortfolioFixtures.audits(temp.resolve("audits"));
        out = temp.resolve("public/portfolio");
    }

    private Publisher.Summary publish() {
        return publish(null, false, "fr");
    }

    private Publisher.Summary publish(String baseUrl, boolean indexable, String language) {
        return new Publisher("9.9", CLOCK).publish(new Publisher.Options(audits, out, baseUrl, indexable, language), notices::add);
    }

    private static int reportFiles() {
        return PortfolioFixtures.files(PortfolioFixtures.site()).size();
    }

    @Test
    void theIndexListsEveryAuditWithItsLatestScoreBeltAndTrend() {
        Publisher.Summary summary = publish();

        assertEquals(2, summary.audits());
        assertEquals(5, summary.runs());
        Document index = PortfolioLinkChecker.parse(out.resolve("index.html"));
        List<Element> rows = index.select("tr[data-slug]");
        assertEquals(List.of("acme", "boulangerie"), rows.stream().map(r -> r.attr("data-slug")).toList());
        Element acme = rows.get(0);
        assertEquals(PortfolioFixtures.ACME, acme.selectFirst("th a").text());
        assertEquals("acme/index.html", acme.selectFirst("th a").attr("href"));
        assertEquals("59", acme.selectFirst("td.score").text());
        assertTrue(acme.selectFirst(".belt-badge").hasClass("belt--orange"));
        assertEquals("Ceinture orange", acme.selectFirst(".belt-badge").text());
        assertEquals("2026-11-01", acme.selectFirst("time").attr("datetime"));
        assertEquals("1 novembre 2026", acme.selectFirst("time").text().replace("1er", "1"));
        assertEquals("acme/runs/2026-11-01T090000Z/site/index.html", acme.select("td a").last().attr("href"));
        Element trend = acme.selectFirst("svg.sparkline");
        assertEquals(3, trend.selectFirst("polyline").attr("points").split(" ").length);
        assertTrue(trend.attr("aria-label").contains("41, 52, 59"), trend.attr("aria-label"));
        // The company name is escaped like everything else from a result.json.
        assertEquals(PortfolioFixtures.BAKERY, rows.get(1).selectFirst("th a").text());
        assertEquals("68", rows.get(1).selectFirst("td.score").text());
        assertTrue(rows.get(1).selectFirst(".belt-badge").hasClass("belt--green"));
        assertFalse(index.html().contains("<Martin>"));
    }

    @Test
    void eachAuditPageListsEveryPublishedRunNewestFirst() {
        publish();

        Document acme = PortfolioLinkChecker.parse(out.resolve("acme/index.html"));
        List<Element> runs = acme.select("tr[data-run]");
        assertEquals(List.of("2026-11-01T090000Z", "2026-10-01T090000Z", "2026-09-01T090000Z"),
                runs.stream().map(r -> r.attr("data-run")).toList());
        assertEquals(List.of("59", "52", "41"), runs.stream().map(r -> r.selectFirst("td.score").text()).toList());
        assertEquals("runs/2026-09-01T090000Z/site/index.html", runs.get(2).selectFirst("td a").attr("href"));
        assertEquals("../index.html", acme.selectFirst(".eyebrow a").attr("href"));
        assertEquals("../assets/portfolio.css", acme.selectFirst("link[rel=stylesheet]").attr("href"));
        // The bakery's unrendered run is left out, and said so.
        assertEquals(2, PortfolioLinkChecker.parse(out.resolve("boulangerie/index.html")).select("tr[data-run]").size());
        assertFalse(Files.exists(out.resolve("boulangerie/runs/" + PortfolioFixtures.BAKERY_UNRENDERED)));
        assertTrue(notices.stream().anyMatch(n -> n.contains(PortfolioFixtures.BAKERY_UNRENDERED) && n.contains("no report")),
                notices::toString);
        assertFalse(Files.exists(out.resolve("never-run")), "an audit never run has nothing to publish");
    }

    @Test
    void theWholeOutputHasNoBrokenRelativeLink() {
        publish();

        List<String> problems = PortfolioLinkChecker.checkFolder(out);
        assertEquals(List.of(), problems, () -> PortfolioLinkChecker.describe(problems));
        // Each run's report sits where the reports' own links to earlier runs expect it.
        for (String run : PortfolioFixtures.ACME_RUNS) {
            assertTrue(Files.isRegularFile(out.resolve("acme/runs/" + run + "/site/index.html")), run);
        }
    }

    @Test
    void theOutputWorksServedUnderASubPath() throws Exception {
        publish();

        try (PreviewServer server = PreviewServer.start(out, 0, "/clients/acme/")) {
            Set<URI> fetched = new HashSet<>();
            List<String> problems = PortfolioLinkChecker.checkServed(server.url(), "/clients/acme/", fetched);
            assertEquals(List.of(), problems, () -> PortfolioLinkChecker.describe(problems));
            long pages = PortfolioFixtures.files(out).stream().filter(f -> f.endsWith(".html")).count();
            long fetchedPages = fetched.stream().filter(u -> u.getPath().endsWith(".html") || u.getPath().endsWith("/")).count();
            // every page was reached through links (the start address is the index page itself)
            assertTrue(fetchedPages >= pages, fetchedPages + " pages fetched of " + pages);
        }
    }

    @Test
    void theLinkChecksCatchABrokenLink() throws Exception {
        publish();
        Files.delete(out.resolve("acme/runs/2026-10-01T090000Z/site/plan.html"));

        List<String> onDisk = PortfolioLinkChecker.checkFolder(out);
        assertTrue(onDisk.stream().anyMatch(p -> p.startsWith("acme/runs/2026-10-01T090000Z/site/index.html: plan.html is broken")),
                () -> PortfolioLinkChecker.describe(onDisk));
        try (PreviewServer server = PreviewServer.start(out, 0, "/clients/acme/")) {
            List<String> served = PortfolioLinkChecker.checkServed(server.url(), "/clients/acme/", new HashSet<>());
            assertTrue(served.stream().anyMatch(p -> p.endsWith("/clients/acme/acme/runs/2026-10-01T090000Z/site/plan.html answers 404")),
                    () -> PortfolioLinkChecker.describe(served));
        }
    }

    @Test
    void publishingTwiceWithoutChangesCopiesNothing() throws IOException {
        Publisher.Summary first = publish();
        assertEquals(5 * reportFiles(), first.filesCopied());
        assertEquals(0, first.filesLinked());
        Object inode = Files.getAttribute(out.resolve("acme/runs/2026-09-01T090000Z/site/index.html"), "unix:ino");

        Publisher.Summary second = publish();

        assertEquals(0, second.filesCopied());
        assertEquals(first.filesCopied(), second.filesLinked());
        assertEquals(inode, Files.getAttribute(out.resolve("acme/runs/2026-09-01T090000Z/site/index.html"), "unix:ino"),
                "the same file, linked");
        List<String> problems = PortfolioLinkChecker.checkFolder(out);
        assertEquals(List.of(), problems, () -> PortfolioLinkChecker.describe(problems));
        assertEquals(5 * reportFiles(), PortfolioFixtures.files(out).stream().filter(f -> f.contains("/runs/")).count());
    }

    @Test
    void changingOneRunCopiesOnlyThatRun() throws IOException {
        publish();
        Path changed = audits.resolve("boulangerie/runs/2026-11-15T080000Z/site/index.html");
        Files.writeString(changed, Files.readString(changed).replace("</body>", "<p>rendu à nouveau</p></body>"));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.parse("2026-11-24T07:00:00Z")));

        Publisher.Summary again = publish();

        assertEquals(reportFiles(), again.filesCopied());
        assertEquals(4 * reportFiles(), again.filesLinked());
        assertTrue(Files.readString(out.resolve("boulangerie/runs/2026-11-15T080000Z/site/index.html")).contains("rendu à nouveau"));
    }

    @Test
    void aNewOptionCopiesEverythingAgain() {
        publish();

        Publisher.Summary indexable = publish(null, true, "fr");

        assertEquals(5 * reportFiles(), indexable.filesCopied(), "pages change with --indexable: nothing can be reused");
        assertEquals(0, indexable.filesLinked());
    }

    @Test
    void notIndexableByDefault() throws IOException {
        publish();

        assertEquals(List.of("User-agent: *", "Disallow: /"),
                Files.readAllLines(out.resolve("robots.txt")).stream().filter(l -> !l.startsWith("#")).toList());
        assertTrue(Files.isRegularFile(out.resolve(".nojekyll")));
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        for (String page : htmlPages()) {
            Document doc = PortfolioLinkChecker.parse(out.resolve(page));
            Element robots = doc.selectFirst("meta[name=robots]");
            assertNotNull(robots, page);
            assertTrue(robots.attr("content").contains("noindex"), page);
            assertNull(doc.selectFirst("link[rel=canonical]"), page);
        }
    }

    @Test
    void indexableWithABaseUrlHasASitemapAndCanonicalLinksAndNoNoindex() throws IOException {
        publish("https://audits.example.com/clients", true, "fr");

        List<String> pages = htmlPages();
        Document sitemap = org.jsoup.Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").stream().map(Element::text).toList();
        assertEquals(pages.size(), locs.size());
        assertTrue(locs.contains("https://audits.example.com/clients/"), locs.get(0));
        assertTrue(locs.contains("https://audits.example.com/clients/acme/index.html"));
        assertTrue(locs.contains("https://audits.example.com/clients/acme/runs/2026-09-01T090000Z/site/plan.html"));
        for (String page : pages) {
            Document doc = PortfolioLinkChecker.parse(out.resolve(page));
            assertNull(doc.selectFirst("meta[name=robots]"), page);
            Element canonical = doc.selectFirst("head link[rel=canonical]");
            assertNotNull(canonical, page);
            String expected = "https://audits.example.com/clients/" + (page.equals("index.html") ? "" : page);
            assertEquals(expected, canonical.attr("href"), page);
            assertTrue(locs.contains(expected), page);
        }
        assertEquals(List.of("User-agent: *", "Allow: /", "", "Sitemap: https://audits.example.com/clients/sitemap.xml"),
                Files.readAllLines(out.resolve("robots.txt")));
        List<String> problems = PortfolioLinkChecker.checkFolder(out);
        assertEquals(List.of(), problems, () -> PortfolioLinkChecker.describe(problems));
    }

    @Test
    void theSwapLeavesNoStagingFolder() throws IOException {
        publish();
        publish();

        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of("portfolio"), siblings.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.isRegularFile(out.resolve(".vitrine-publish.json")));
    }

    @Test
    void aFailedPublishLeavesThePreviousPortfolioUntouched() throws IOException {
        publish();
        List<String> before = PortfolioFixtures.files(out);
        String index = Files.readString(out.resolve("index.html"));
        Files.writeString(audits.resolve("acme/runs/2026-11-01T090000Z/site/index.html"), "changed");

        Publisher failing = new Publisher("9.9", CLOCK, staging -> {
            throw new IllegalStateException("disk full");
        });
        assertThrows(IllegalStateException.class,
                () -> failing.publish(new Publisher.Options(audits, out, null, false, "fr"), notices::add));

        assertEquals(before, PortfolioFixtures.files(out));
        assertEquals(index, Files.readString(out.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of("portfolio"), siblings.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "years of work");

        VitrineException e = assertThrows(VitrineException.class, this::publish);

        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("was not written by vitrine publish"), e.getMessage());
        assertEquals("years of work", Files.readString(out.resolve("thesis.docx")));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of("portfolio"), siblings.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anAuditWithAnUnreadableResultIsSkippedInOneSentence() throws IOException {
        Files.writeString(audits.resolve("acme/runs/2026-10-01T090000Z/result.json"), "{ not json");

        Publisher.Summary summary = publish();

        assertEquals(1, summary.audits());
        assertEquals(List.of("boulangerie"), PortfolioLinkChecker.parse(out.resolve("index.html")).select("tr[data-slug]")
                .stream().map(r -> r.attr("data-slug")).toList());
        List<String> aboutAcme = notices.stream().filter(n -> n.contains("acme")).toList();
        assertEquals(1, aboutAcme.size(), notices::toString);
        assertTrue(aboutAcme.get(0).startsWith("skipped the audit "), aboutAcme.get(0));
        assertFalse(aboutAcme.get(0).contains("\n"));
    }

    @Test
    void englishPagesWithLangEn() {
        publish(null, false, "en");

        Document index = PortfolioLinkChecker.parse(out.resolve("index.html"));
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals("Digital presence audits", index.selectFirst("h1").text());
        assertEquals("Orange belt", index.selectFirst("tr[data-slug=acme] .belt-badge").text());
        assertEquals("November 1, 2026", index.selectFirst("tr[data-slug=acme] time").text());
    }

    @Test
    void aBadBaseUrlIsAUsageError() {
        for (String bad : List.of("audits.example.com", "ftp://example.com/", "https://example.com/?q=1", "javascript:alert(1)")) {
            VitrineException e = assertThrows(VitrineException.class, () -> publish(bad, false, "fr"), bad);
            assertEquals(VitrineException.Kind.USAGE, e.kind());
            assertTrue(e.getMessage().startsWith("--base-url must be the absolute http(s) address"), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingAuditsFolderIsAConfigurationError() {
        audits = temp.resolve("nowhere");

        VitrineException e = assertThrows(VitrineException.class, this::publish);

        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    private List<String> htmlPages() {
        return PortfolioFixtures.files(out).stream().filter(f -> f.endsWith(".html")).toList();
    }
}
