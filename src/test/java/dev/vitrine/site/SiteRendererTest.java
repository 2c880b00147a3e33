package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.Json;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a hand-written run with tiny templates (in a classpath folder of the test, so the
 * real templates being written elsewhere do not matter): what pages are written, what the
 * records hold, overrides, languages, the atomic swap and failures.
 */
class SiteRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** A classpath folder "tpl/" holding the tiny templates, the real message bundles and one asset. */
    private SiteRenderer renderer(Path classpath) throws IOException {
        Path root = classpath.resolve("tpl");
        SiteFixtures.tinyTemplates(root);
        for (String lang : List.of("fr", "en")) {
            Path bundle = root.resolve(Messages.bundle(lang));
            Files.createDirectories(bundle.getParent());
            try (InputStream in = getClass().getResourceAsStream("/site-templates/" + Messages.bundle(lang))) {
                assertNotNull(in, "the built-in bundle " + lang);
                Files.copy(in, bundle);
            }
        }
        Files.createDirectories(root.resolve("assets/css"));
        Files.writeString(root.resolve("assets/css/report.css"), "body{color:black}");
        Files.writeString(root.resolve("assets/logo.svg"), "<svg/>");
        URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
        return new SiteRenderer("9.9", CLOCK, loader, "tpl/");
    }

    private static Document open(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void rendersEveryPageOfTheReport() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 450);
        Path index = renderer(tmp.resolve("cp")).render(run, null, List.of(), "2026-11-23T101500Z");

        Path site = run.resolve("site");
        assertEquals(site.resolve("index.html"), index);
        for (String file : List.of("index.html", "plan.html", "pages.html", "pages-2.html", "pages-3.html", "social.html",
                "backlinks.html", "technologies.html", "downloads.html", "robots.txt", "data/pages.js",
                "downloads/result.json", "downloads/pages.jsonl", "downloads/findings.csv", "downloads/pages.csv",
                "assets/css/report.css", "assets/logo.svg")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("pages-4.html")), "453 rows make 3 pages of 200");
        for (String element : SiteFixtures.ELEMENTS) {
            assertTrue(Files.isRegularFile(site.resolve("element-" + element + ".html")), element);
        }
        assertEquals("User-agent: *\nDisallow: /\n", Files.readString(site.resolve("robots.txt")));
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".site-")).toList(),
                    "no temporary folder left");
        }

        Document overview = open(index);
        assertEquals("fr", overview.selectFirst("html").attr("lang"));
        assertEquals("Acme & Fils", overview.getElementById("company").text());
        assertEquals("58", overview.getElementById("overall").text());
        assertEquals("Ceinture orange", overview.getElementById("belt").text());
        assertEquals("2/1/2/1", overview.getElementById("verdicts").text());
        assertTrue(overview.getElementById("summary").text().startsWith("Acme & Fils obtient un score global de 58"),
                overview.getElementById("summary").text());
        assertEquals(7, overview.select("#nav a").size());
        assertEquals("index.html", overview.selectFirst("#nav a.active").attr("href"));
        assertEquals(4, overview.select("#race li").size());
        assertTrue(overview.select("#figures li").text().contains("Critères évalués: 5"), overview.select("#figures").text());
    }

    @Test
    void evidenceOfCrawledPagesLinksToTheirDetailPages() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        renderer(tmp.resolve("cp")).render(run, null, List.of());
        Path site = run.resolve("site");

        Document presence = open(site.resolve("element-presence.html"));
        Element https = presence.getElementById("c-home-https");
        assertNotNull(https);
        assertEquals("fail", https.className());
        assertEquals("À corriger", https.selectFirst(".label").text());
        String detail = https.selectFirst("li a").attr("href");
        assertTrue(detail.matches("page-[0-9a-f]{10}\\.html"), detail);
        assertEquals(detail, "page-" + PagesPass.shortHash(SiteFixtures.SITE + "/", 10) + ".html", "stable name");

        // evidence outside the crawl stays text
        Element images = presence.getElementById("c-images-alt");
        assertEquals(1, images.select("li a").size());
        assertTrue(images.text().contains("https://elsewhere.example/"));

        Document page = open(site.resolve(detail));
        Element ref = page.selectFirst("ul:not(#nav) li a");
        assertEquals("Titre home-https", ref.text());
        assertEquals("element-presence.html#c-home-https", ref.attr("href"));

        try (Stream<Path> files = Files.list(site)) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().startsWith("page-")).count(),
                    "a detail page for each crawled URL named as evidence, none for the others");
        }
    }

    @Test
    void crawledTextStaysTextAndUnsafeLinksAreNotLinks() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        renderer(tmp.resolve("cp")).render(run, null, List.of());
        Path site = run.resolve("site");

        for (String file : List.of("pages.html", "element-presence.html", "technologies.html", "social.html")) {
            Document doc = open(site.resolve(file));
            assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src")), file + ": no inline script");
            assertTrue(doc.select("[href^=javascript]").isEmpty(), file);
        }
        Document pages = open(site.resolve("pages.html"));
        assertTrue(pages.text().contains(SiteFixtures.HOSTILE_TITLE), "shown as text");

        Document social = open(site.resolve("social.html"));
        assertEquals("javascript:alert(1)", social.selectFirst(".unsafe").text());
        assertEquals(List.of("https://www.pagesjaunes.fr/pros/1", SiteFixtures.SITE + "/"),
                social.select("#dirs a").eachAttr("href"));

        Document presence = open(site.resolve("element-presence.html"));
        String reco = presence.selectFirst("#c-home-https .reco").html();
        assertTrue(reco.contains("<h3>"), reco);
        assertTrue(reco.contains("&lt;script&gt;"), reco);
        assertTrue(presence.select(".reco img").isEmpty(), "no remote image");

        String data = Files.readString(site.resolve("data/pages.js"));
        assertFalse(data.contains("</script"), data);
        assertFalse(data.contains("<!--"), data);
        String array = data.substring(data.indexOf("window.VITRINE_PAGES = ") + "window.VITRINE_PAGES = ".length()).strip();
        JsonNode rows = Json.MAPPER.readTree(array.substring(0, array.length() - 1));
        assertEquals(3, rows.size());
        JsonNode contact = rows.get(1);
        assertEquals(SiteFixtures.SITE + "/contact", contact.get(0).asText());
        assertEquals(SiteFixtures.HOSTILE_TITLE, contact.get(3).asText(), "JSON escaping only");
        assertEquals(PagesData.COLUMNS.size(), contact.size());

        String csv = Files.readString(site.resolve("downloads/pages.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Accueil\"\")\","), csv);
        assertTrue(csv.startsWith(Csv.BOM + "url,final_url,status,"), csv);
    }

    @Test
    void anOverrideFolderReplacesTheFilesItHolds() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        Path overrides = tmp.resolve("mine");
        Files.createDirectories(overrides.resolve("pages"));
        Files.writeString(overrides.resolve("pages/plan.html"),
                "<html><body><p id=\"mine\" th:text=\"#{plan.mine}\"></p><p id=\"period\" th:text=\"${plan.periods[0].label}\"></p></body></html>");
        Files.createDirectories(overrides.resolve("messages"));
        Files.writeString(overrides.resolve("messages/messages_fr.properties"),
                "plan.mine=Mon plan à moi\nplan.period={0} jours ouvrés\n", StandardCharsets.UTF_8);
        Files.createDirectories(overrides.resolve("assets/css"));
        Files.writeString(overrides.resolve("assets/css/report.css"), "body{color:navy}");
        Files.writeString(overrides.resolve("assets/extra.js"), "// mine");

        renderer(tmp.resolve("cp")).render(run, null, List.of(overrides));
        Path site = run.resolve("site");

        Document plan = open(site.resolve("plan.html"));
        assertEquals("Mon plan à moi", plan.getElementById("mine").text());
        assertEquals("30 jours ouvrés", plan.getElementById("period").text(), "a message the Java reads, overridden");
        assertNotNull(open(site.resolve("index.html")).getElementById("overall"), "the others fall back");
        assertEquals("body{color:navy}", Files.readString(site.resolve("assets/css/report.css")));
        assertEquals("<svg/>", Files.readString(site.resolve("assets/logo.svg")));
        assertEquals("// mine", Files.readString(site.resolve("assets/extra.js")));
    }

    @Test
    void theFirstOverrideFolderWins() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        for (Path dir : List.of(first, second)) {
            Files.createDirectories(dir.resolve("pages"));
            Files.writeString(dir.resolve("pages/backlinks.html"), "<p id=\"who\">" + dir.getFileName() + "</p>");
        }
        Files.writeString(second.resolve("pages/social.html"), "<p id=\"who\">second</p>");
        renderer(tmp.resolve("cp")).render(run, null, List.of(first, second));
        assertEquals("first", open(run.resolve("site/backlinks.html")).getElementById("who").text());
        assertEquals("second", open(run.resolve("site/social.html")).getElementById("who").text());
    }

    @Test
    void englishFromTheAuditOrAskedFor() throws IOException {
        SiteRenderer renderer = renderer(tmp.resolve("cp"));
        Path en = SiteFixtures.run(tmp.resolve("en"), "en", 0);
        renderer.render(en, null, List.of());
        Document overview = open(en.resolve("site/index.html"));
        assertEquals("en", overview.selectFirst("html").attr("lang"));
        assertEquals("Orange belt", overview.getElementById("belt").text());
        assertEquals("Acme & Fils scores 58 out of 100 overall, level “Orange belt”."
                + " Its strengths: Element customer (90/100) and Element mobile (88/100)."
                + " The weakest elements: Element security (10/100) and Element marketing (20/100)."
                + " First recommended action: “Move to HTTPS”.", overview.getElementById("summary").text(),
                "best elements from 70, worst under 50, then the plan's first action");
        assertTrue(overview.getElementById("date").text().equals("November 23, 2026"));

        Path fr = SiteFixtures.run(tmp.resolve("fr"), "fr", 0);
        renderer.render(fr, "en", List.of());
        assertEquals("en", open(fr.resolve("site/index.html")).selectFirst("html").attr("lang"));
        renderer.render(fr, null, List.of());
        assertEquals("23 novembre 2026", open(fr.resolve("site/index.html")).getElementById("date").text());
    }

    @Test
    void aFailedRenderingKeepsThePreviousSite() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        SiteRenderer renderer = renderer(tmp.resolve("cp"));
        renderer.render(run, null, List.of());
        String before = Files.readString(run.resolve("site/index.html"));

        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken.resolve("pages"));
        Files.writeString(broken.resolve("pages/technologies.html"), "<p th:text=\"${technologies.nope.nope}\"></p>");
        VitrineException e = assertThrows(VitrineException.class, () -> renderer.render(run, null, List.of(broken)));

        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains(broken.resolve("pages/technologies.html").toString()), e.getMessage());
        assertEquals(before, Files.readString(run.resolve("site/index.html")));
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".site-")).toList());
        }
    }

    @Test
    void aMissingBuiltInTemplateIsNamed(@TempDir Path cp) throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        SiteRenderer renderer = renderer(cp);
        Files.delete(cp.resolve("tpl/pages/social.html"));
        VitrineException e = assertThrows(VitrineException.class, () -> renderer.render(run, null, List.of()));
        assertTrue(e.getMessage().contains("tpl/pages/social.html"), e.getMessage());
        assertFalse(Files.exists(run.resolve("site")));
    }

    @Test
    void aFolderThatIsNotARunIsABadConfiguration() throws IOException {
        SiteRenderer renderer = renderer(tmp.resolve("cp"));
        VitrineException e = assertThrows(VitrineException.class, () -> renderer.render(tmp, null, List.of()));
        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("is not a scored run folder"), e.getMessage());

        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        assertThrows(VitrineException.class, () -> renderer.render(run, "de", List.of()));
        assertThrows(VitrineException.class, () -> renderer.render(run, null, List.of(tmp.resolve("none"))));
    }

    @Test
    void assetsAreCopiedFromAJarToo() throws IOException {
        for (boolean directoryEntries : List.of(true, false)) {
            Path jar = tmp.resolve("templates-" + directoryEntries + ".jar");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                if (directoryEntries) {
                    for (String dir : List.of("tpl/", "tpl/assets/", "tpl/assets/img/")) {
                        out.putNextEntry(new JarEntry(dir));
                        out.closeEntry();
                    }
                }
                for (String name : List.of("tpl/assets/a.css", "tpl/assets/img/b.svg", "tpl/messages/messages_fr.properties",
                        "tpl/other.txt")) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(name.getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            Path site = tmp.resolve("site-" + directoryEntries);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                Assets.copy(loader, "tpl/", List.of(), site);
            }
            assertEquals("tpl/assets/a.css", Files.readString(site.resolve("assets/a.css")));
            assertEquals("tpl/assets/img/b.svg", Files.readString(site.resolve("assets/img/b.svg")));
            assertFalse(Files.exists(site.resolve("assets/other.txt")), "only the assets folder");
        }
    }
}
