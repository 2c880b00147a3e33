package dev.vitrine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.Json;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the report says, read back with jsoup selectors and compared with result.json: the
 * demo run rendered by the audit (French), rendered again in English, and rendered with
 * overridden templates.
 */
class ReportContentTest {

    static Path run;
    static Path site;
    static AuditResult result;

    @BeforeAll
    static void renderTheDemo() {
        run = ReportFixtures.demoRun();
        site = run.resolve("site");
        result = ReportFixtures.result(run);
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "the audit renders " + site);
    }

    private static Document page(Path site, String name) {
        Path file = site.resolve(name);
        assertTrue(Files.isRegularFile(file), "no " + file);
        return SiteLinkChecker.parse(file);
    }

    // ---- scores

    @Test
    void theOverviewShowsTheOverallScoreOfResultJsonRounded() {
        assertNotNull(result.overallScore(), "the demo is scored");
        String score = String.valueOf(Math.round(result.overallScore()));
        Document index = page(site, "index.html");
        assertEquals(score, text(index, ".gauge__text"), "the gauge");
        for (Path html : SiteLinkChecker.htmlFiles(site)) {
            Element chip = SiteLinkChecker.parse(html).selectFirst(".score-chip__value");
            assertNotNull(chip, "the score in the header of " + html.getFileName());
            assertEquals(score, chip.text().strip(), "the header of " + html.getFileName());
        }
    }

    @Test
    void theOverviewCountsEveryVerdictOfResultJson() {
        Document index = page(site, "index.html");
        Map<Verdict, Long> counts = count(result.findings());
        assertEquals(counts.get(Verdict.PASS), number(index, ".verdict-counts .verdict--pass .verdict-count__value"));
        assertEquals(counts.get(Verdict.PARTIAL), number(index, ".verdict-counts .verdict--partial .verdict-count__value"));
        assertEquals(counts.get(Verdict.FAIL), number(index, ".verdict-counts .verdict--fail .verdict-count__value"));
        assertEquals(counts.get(Verdict.NOT_APPLICABLE),
                number(index, ".verdict-counts .verdict--not_applicable .verdict-count__value"));
    }

    @Test
    void eachElementPageHasTheVerdictCountsAndScoreOfResultJson() {
        for (ElementScore element : result.elements()) {
            String name = "element-" + element.element() + ".html";
            Document doc = page(site, name);
            List<Finding> findings = result.findings().stream().filter(f -> f.element().equals(element.element())).toList();
            Map<Verdict, Long> counts = count(findings);
            for (Verdict v : Verdict.values()) {
                assertEquals(counts.get(v), (long) doc.select("article.finding.finding--" + v.id()).size(),
                        name + ": cards of verdict " + v.id());
                assertEquals(counts.get(v), number(doc, ".verdict-summary .verdict--" + v.id()),
                        name + ": the count of verdict " + v.id());
            }
            assertEquals(findings.size(), doc.select("article.finding").size(), name);
            String expectedScore = element.score() == null ? null : String.valueOf(Math.round(element.score()));
            if (expectedScore != null) {
                assertEquals(expectedScore, text(doc, ".element-head__score-value > span"), name + ": the element's score");
            }
            assertEquals(element.title().fr(), text(doc, "h1"), name + ": its title");
        }
    }

    @Test
    void everyFailedFindingComesWithItsRecommendation() {
        int pagesWithFailures = 0;
        for (ElementScore element : result.elements()) {
            String name = "element-" + element.element() + ".html";
            List<Finding> failed = result.findings().stream()
                    .filter(f -> f.element().equals(element.element()) && f.verdict() == Verdict.FAIL).toList();
            if (failed.isEmpty()) {
                continue;
            }
            pagesWithFailures++;
            Document doc = page(site, name);
            for (Finding f : failed) {
                Element card = card(doc, f.title().fr());
                assertNotNull(card, name + ": a card for " + f.criterion() + " (" + f.title().fr() + ")");
                assertTrue(card.hasClass("finding--fail"), name + ": " + f.criterion() + " is shown as failed");
                Element reco = card.selectFirst(".finding__reco .prose");
                assertNotNull(reco, name + ": " + f.criterion() + " has its recommendation");
                assertFalse(reco.text().isBlank(), name + ": " + f.criterion() + " has its recommendation");
                // Our Markdown became HTML: paragraphs or lists, not "## Why" as text.
                assertFalse(reco.select("p, ul, ol").isEmpty(), name + ": " + f.criterion() + " is rendered from Markdown");
                assertFalse(reco.text().contains("**"), name + ": " + f.criterion() + " shows raw Markdown");
            }
        }
        assertTrue(pagesWithFailures > 0, "the demo was written with gaps");
    }

    /**
     * The table lists every fetched address (pages, images, stylesheets, broken links: the
     * renderer's choice, "addresses visited"), so its total is the crawl's fetched count, and
     * the rows that are HTML pages answering 2xx are exactly the crawl's HTML pages.
     */
    @Test
    void theCrawledPagesTableHoldsEveryFetchedAddressAndEveryHtmlPage() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("pages.jsonl"))) {
            if (!line.isBlank()) {
                records.add(Json.MAPPER.readTree(line));
            }
        }
        Set<String> htmlUrls = new HashSet<>();
        for (JsonNode r : records) {
            int status = r.path("status").asInt();
            if (r.path("contentType").asText("").toLowerCase(Locale.ROOT).contains("html") && status >= 200 && status < 300) {
                htmlUrls.add(r.path("url").asText());
            }
        }
        assertEquals(result.crawl().totals().htmlPages(), htmlUrls.size(), "HTML pages in pages.jsonl");

        Document first = page(site, "pages.html");
        Element status = first.selectFirst("[data-pages-status]");
        assertNotNull(status, "pages.html says how many pages there are");
        int total = lastNumber(status.text());
        assertEquals(records.size(), total, "pages.html: " + status.text() + " (records of pages.jsonl)");
        assertEquals(result.crawl().totals().fetched(), total, "pages.html: " + status.text() + " (fetched)");

        List<Path> tablePages = new ArrayList<>();
        tablePages.add(site.resolve("pages.html"));
        for (int n = 2; Files.isRegularFile(site.resolve("pages-" + n + ".html")); n++) {
            tablePages.add(site.resolve("pages-" + n + ".html"));
        }
        int rows = 0;
        Set<String> htmlRows = new HashSet<>();
        for (Path p : tablePages) {
            for (Element row : SiteLinkChecker.parse(p).select("tbody[data-pages-body] > tr:not(:has(.empty-cell))")) {
                rows++;
                Element url = row.selectFirst("td.cell-url [title]");
                assertNotNull(url, p.getFileName() + ": a row names its full address: " + row.outerHtml());
                if (htmlUrls.contains(url.attr("title"))) {
                    htmlRows.add(url.attr("title"));
                }
            }
        }
        assertEquals(total, rows, "rows over " + tablePages.size() + " page(s) of the table");
        assertEquals(htmlUrls, htmlRows, "every HTML page has its row");
    }

    // ---- English

    @Test
    void englishRenderingIsInEnglish() {
        Path en = ReportLinksTest.demoInEnglish();
        for (Path html : SiteLinkChecker.htmlFiles(en)) {
            Document doc = SiteLinkChecker.parse(html);
            assertEquals("en", doc.selectFirst("html").attr("lang"), html.getFileName() + ": <html lang=\"en\">");
        }
        Document index = page(en, "index.html");
        String text = index.text();
        for (ElementScore element : result.elements()) {
            assertTrue(text.contains(element.title().en()), "the English title of " + element.element());
            if (!element.title().fr().equals(element.title().en())) {
                assertFalse(text.contains(element.title().fr()), "no French title of " + element.element());
            }
        }
        ElementScore firstElement = result.elements().get(0);
        Document element = page(en, "element-" + firstElement.element() + ".html");
        result.findings().stream().filter(f -> f.element().equals(firstElement.element())).forEach(f ->
                assertNotNull(card(element, f.title().en()), "an English card for " + f.criterion()));
        // Interface labels come from the English bundle: none of the French navigation remains.
        String nav = index.select("nav").text();
        assertFalse(nav.isBlank(), "a navigation");
        String frenchNav = page(site, "index.html").select("nav").text();
        assertFalse(nav.equals(frenchNav), "the navigation is translated: " + nav);
        assertTrue(page(site, "index.html").selectFirst("html").attr("lang").equals("fr"), "French by default");
    }

    @Test
    void datesAreWrittenForTheLanguage() {
        String fr = page(site, "index.html").text().toLowerCase(Locale.FRENCH);
        String en = page(ReportLinksTest.demoInEnglish(), "index.html").text();
        assertTrue(months(Locale.FRENCH).stream().anyMatch(m -> fr.contains(m.toLowerCase(Locale.FRENCH))),
                "a French date (" + months(Locale.FRENCH) + ") on the French overview");
        assertTrue(months(Locale.ENGLISH).stream().anyMatch(en::contains),
                "an English date (" + months(Locale.ENGLISH) + ") on the English overview");
    }

    /** The month of the run, in UTC and in the machine's zone (they differ in a month's last hours). */
    private static List<String> months(Locale locale) {
        return List.of(result.scoredAt().atZone(ZoneOffset.UTC).getMonth().getDisplayName(TextStyle.FULL, locale),
                result.scoredAt().atZone(ZoneId.systemDefault()).getMonth().getDisplayName(TextStyle.FULL, locale));
    }

    @Test
    void noMessageKeyIsMissingInEitherLanguage() {
        // Thymeleaf writes a message missing from the bundle as ??key_locale??.
        Pattern missing = Pattern.compile("\\?\\?[\\w.\\-]+_\\w*\\?\\?");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(site, ReportLinksTest.demoInEnglish())) {
            for (Path html : SiteLinkChecker.htmlFiles(root)) {
                Matcher m = missing.matcher(ReportFixtures.read(html));
                while (m.find()) {
                    found.add(root.getParent().getParent().getFileName() + "/" + html.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "messages missing from a bundle");
    }

    // ---- overrides

    private static final String FOOTER = "fragments/footer.html";
    private static final String MARKER = "Cabinet Conseil Dupont — rapport sur mesure";
    private static final String CSS_MARKER = "/* override: cabinet Dupont */ .override-marker{color:#123456}";

    @Test
    void aTemplatesFolderReplacesOnlyTheFilesItHolds() throws IOException {
        String stylesheet = stylesheetOf(page(site, "index.html"));
        Path templates = ReportFixtures.temp("templates");
        writeOverrides(templates, stylesheet);
        Path copy = ReportFixtures.copyOf(run, "override");
        ReportFixtures.vitrine().render(copy, "fr", List.of(templates));
        assertOverridden(copy.resolve("site"), stylesheet);
    }

    @Test
    void theAuditsOwnSiteTemplatesFolderReplacesOnlyTheFilesItHolds() throws IOException {
        String stylesheet = stylesheetOf(page(site, "index.html"));
        Path audit = ReportFixtures.temp("audit").resolve("demo");
        Files.createDirectories(audit.resolve("runs"));
        Files.writeString(audit.resolve("audit.yaml"), "company: " + ReportFixtures.DEMO_COMPANY + "\nwebsite: "
                + result.audit().website() + "\n", StandardCharsets.UTF_8);
        writeOverrides(audit.resolve("site-templates"), stylesheet);
        Path copy = audit.resolve("runs").resolve(run.getFileName());
        Files.move(ReportFixtures.copyOf(run, "audit-run"), copy);
        ReportFixtures.vitrine().render(copy, "fr", List.of());
        assertOverridden(copy.resolve("site"), stylesheet);
    }

    private static void writeOverrides(Path templates, String stylesheet) throws IOException {
        String footer = builtIn(FOOTER);
        int end = footer.lastIndexOf("</footer>");
        assertTrue(end > 0, "the built-in " + FOOTER + " has a <footer>");
        Path footerFile = templates.resolve(FOOTER);
        Files.createDirectories(footerFile.getParent());
        Files.writeString(footerFile, footer.substring(0, end) + "<p class=\"override-marker\">" + MARKER + "</p>"
                + footer.substring(end));
        Path css = templates.resolve(stylesheet);
        Files.createDirectories(css.getParent());
        Files.writeString(css, builtIn(stylesheet) + "\n" + CSS_MARKER + "\n");
    }

    private static void assertOverridden(Path overridden, String stylesheet) throws IOException {
        Set<String> expectedPages = names(site);
        assertEquals(expectedPages, names(overridden), "the same pages");
        for (Path html : SiteLinkChecker.htmlFiles(overridden)) {
            Document doc = SiteLinkChecker.parse(html);
            Element marker = doc.selectFirst("footer .override-marker");
            assertNotNull(marker, html.getFileName() + ": the overridden footer");
            assertEquals(MARKER, marker.text());
            Document original = SiteLinkChecker.parse(site.resolve(overridden.relativize(html).toString()));
            assertEquals(original.select("main").outerHtml(), doc.select("main").outerHtml(),
                    html.getFileName() + ": everything but the footer renders from the built-in templates");
            assertEquals(original.select("header").first() == null ? null : original.select("header").first().outerHtml(),
                    doc.select("header").first() == null ? null : doc.select("header").first().outerHtml(),
                    html.getFileName() + ": the built-in header");
        }
        assertTrue(Files.readString(overridden.resolve(stylesheet)).contains(CSS_MARKER), "the overridden stylesheet");
        // Every other asset is the built-in one, byte for byte.
        try (var files = Files.walk(site.resolve("assets"))) {
            for (Path asset : files.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(asset).toString().replace('\\', '/');
                if (!rel.equals(stylesheet)) {
                    assertArrayEquals(Files.readAllBytes(asset), Files.readAllBytes(overridden.resolve(rel)), rel);
                }
            }
        }
        List<String> problems = SiteLinkChecker.check(overridden, ReportFixtures.DEMO_COMPANY);
        assertEquals(List.of(), problems, () -> SiteLinkChecker.describe(problems));
    }

    /** The report's own stylesheet, as the pages link it: "assets/style.css". */
    private static String stylesheetOf(Document index) {
        Element link = index.selectFirst("link[rel=stylesheet][href^=assets/]");
        assertNotNull(link, "index.html links its stylesheet under assets/");
        return link.attr("href").replaceAll("[?#].*$", "");
    }

    private static String builtIn(String path) {
        try (InputStream in = ReportContentTest.class.getResourceAsStream("/site-templates/" + path)) {
            assertNotNull(in, "a built-in site-templates/" + path + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(Path root) {
        return SiteLinkChecker.htmlFiles(root).stream().map(p -> root.relativize(p).toString()).collect(Collectors.toSet());
    }

    // ---- helpers

    private static Map<Verdict, Long> count(List<Finding> findings) {
        Map<Verdict, Long> counts = new java.util.EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, findings.stream().filter(f -> f.verdict() == v).count());
        }
        return counts;
    }

    private static String text(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        assertNotNull(e, "no " + selector);
        return e.text().strip();
    }

    /** The first whole number in the element: "12 conformes" → 12. */
    private static long number(Document doc, String selector) {
        Matcher m = Pattern.compile("\\d+").matcher(text(doc, selector));
        assertTrue(m.find(), "a number in " + selector);
        return Long.parseLong(m.group());
    }

    /** The last number of a sentence, whatever the locale groups thousands with: "1–50 sur 1 234 pages" → 1234. */
    static int lastNumber(String text) {
        Matcher m = Pattern.compile("\\d(?:[\\d\\u00a0\\u202f ,.]*\\d)?").matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        assertNotNull(last, "a number in «" + text + "»");
        return Integer.parseInt(last.replaceAll("[^\\d]", ""));
    }

    /** The finding card whose title is {@code title}. */
    private static Element card(Document doc, String title) {
        for (Element card : doc.select("article.finding")) {
            Element h = card.selectFirst(".finding__title");
            if (h != null && h.text().strip().equals(title.strip())) {
                return card;
            }
        }
        return null;
    }
}
