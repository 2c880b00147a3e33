package dev.vitrine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report in a real browser (Debian's chromium, headless; skipped where it is not
 * installed, .ci/run installs it): pages opened from file:// show their content, the table
 * script renders its rows, nothing goes wrong in the console and no request leaves the report.
 */
class ReportBrowserTest {

    static Path run;
    static Path site;
    static AuditResult result;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(HeadlessChromium.available(), "no " + HeadlessChromium.CHROMIUM + " on this machine (apt-get install chromium)");
        run = ReportFixtures.demoRun();
        site = run.resolve("site");
        result = ReportFixtures.result(run);
    }

    private static Document open(Path html) {
        assertTrue(Files.isRegularFile(html), "no " + html);
        HeadlessChromium.Page page = HeadlessChromium.open(html);
        assertEquals(List.of(), page.consoleErrors(), () -> html.getFileName() + ": console errors\n" + String.join("\n", page.consoleLines()));
        assertEquals(List.of(), page.outsideRequests(), html.getFileName() + ": requests that left the report");
        assertFalse(page.dom().isBlank(), () -> html.getFileName() + ": nothing dumped\n" + page.stderr());
        return Jsoup.parse(page.dom(), html.toUri().toString());
    }

    @Test
    void theOverviewShowsTheCompanyAndTheScore() {
        Document dom = open(site.resolve("index.html"));
        String text = dom.text();
        assertTrue(text.contains(ReportFixtures.DEMO_COMPANY), "the company");
        String score = String.valueOf(Math.round(result.overallScore()));
        Element gauge = dom.selectFirst(".gauge__text");
        assertNotNull(gauge, "the score gauge");
        assertEquals(score, gauge.text().strip());
        for (ElementScore element : result.elements()) {
            assertTrue(text.contains(element.title().fr()), "the element " + element.element());
        }
    }

    @Test
    void anElementPageShowsItsFindings() {
        ElementScore element = result.elements().stream()
                .filter(e -> result.findings().stream().anyMatch(f -> f.element().equals(e.element())))
                .findFirst().orElseThrow();
        Document dom = open(site.resolve("element-" + element.element() + ".html"));
        String text = dom.text();
        assertTrue(text.contains(ReportFixtures.DEMO_COMPANY), "the company");
        assertTrue(text.contains(element.title().fr()), "the element's title");
        result.findings().stream().filter(f -> f.element().equals(element.element())).forEach(f ->
                assertTrue(text.contains(f.title().fr()), "the finding " + f.criterion()));
    }

    @Test
    void theCrawledPagesTableIsRenderedByItsScript() {
        Document staticPage = SiteLinkChecker.parse(site.resolve("pages.html"));
        Document dom = open(site.resolve("pages.html"));
        assertTrue(dom.text().contains(ReportFixtures.DEMO_COMPANY), "the company");
        Elements rows = dom.select("tbody[data-pages-body] > tr:not(:has(.empty-cell))");
        int total = result.crawl().totals().fetched(); // the table lists every address fetched
        assertFalse(rows.isEmpty(), "rows in the table");
        assertTrue(rows.size() <= total, rows.size() + " rows for " + total + " addresses");
        assertEquals(SiteLinkChecker.parse(site.resolve("pages.html")).select("tbody[data-pages-body] > tr").size(),
                rows.size(), "the script shows as many rows as the page without script (one page of the table)");
        List<Element> blank = rows.stream().filter(r -> r.select("td").isEmpty() || r.select("td").first().text().isBlank()).toList();
        assertEquals(List.of(), blank.stream().map(Element::outerHtml).limit(1).toList(),
                blank.size() + " of " + rows.size() + " rows rendered by report.js have no address (does it read data/pages.js "
                        + "in the shape the renderer writes it?)");
        String home = URI.create(result.audit().website().toString()).getPath();
        assertTrue(rows.stream().anyMatch(r -> r.select("td").first().text().strip().equals(home)
                        || r.select("td").first().text().contains(result.audit().website().toString())),
                "the home page is in the table");
        Element filters = staticPage.selectFirst("[data-pages-filters]");
        if (filters != null && filters.hasAttr("hidden")) {
            Element live = dom.selectFirst("[data-pages-filters]");
            assertNotNull(live, "the filters");
            assertFalse(live.hasAttr("hidden"), "report.js took over the table: its filters are shown");
        }
    }

    @Test
    void theHostileSitesTableRendersNothingExecutable() {
        Path hostile = HostileSite.run().resolve("site");
        Document dom = open(hostile.resolve("pages.html"));
        assertEquals(List.of(), HostileSite.problems(dom, "pages.html (after its script ran)"));
        assertTrue(dom.text().contains(HostileSite.TITLE), () -> "the hostile title, as text, in the table: "
                + HostileSite.abbreviate(dom.select("tbody[data-pages-body]").text()));
        assertTrue(dom.text().contains(HostileSite.COMPANY), "the hostile company name, as text");
        Document index = open(hostile.resolve("index.html"));
        assertEquals(List.of(), HostileSite.problems(index, "index.html (after its script ran)"));
    }
}
