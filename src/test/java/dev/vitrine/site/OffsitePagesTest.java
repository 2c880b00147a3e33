package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The social and backlinks pages with the real templates, on a run whose offsite.json data
 * carries hostile strings: the data is shown, as text, and nothing from outside becomes markup,
 * a script or a request.
 */
class OffsitePagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path render(dev.vitrine.model.Offsite offsite, String language) {
        Path run = offsite == null ? SiteFixtures.run(tmp.resolve("run"), language, 0)
                : SiteFixtures.runWithOffsite(tmp.resolve("run"), language, offsite);
        new SiteRenderer("9.9", CLOCK).render(run, null, List.of());
        return run.resolve("site");
    }

    private static Document open(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<String> column(Document doc, String tableId, int column) {
        return doc.select("#" + tableId + " tbody tr").stream()
                .map(tr -> tr.child(column).text()).toList();
    }

    @Test
    void socialPageShowsOwnProfilesTheirVerificationAndTheMentionsApart() throws IOException {
        Document social = open(render(SiteFixtures.offsite(true), "fr").resolve("social.html"));

        assertEquals(List.of("acme", "acme", "acme", SiteFixtures.HOSTILE_TITLE), column(social, "profiles", 1));
        assertEquals(List.of("partner-co"), column(social, "mentions", 1), "a partner's profile is only a mention");
        Element facebook = social.selectFirst("#profiles tbody tr");
        assertEquals("oui", facebook.child(5).text());
        assertNotNull(facebook.selectFirst(".verdict--pass"), facebook.html());
        assertTrue(facebook.child(3).text().contains("pied de page"), facebook.child(3).text());
        List<String> badges = social.select("#profiles tbody tr .verdict").eachAttr("class");
        assertEquals(List.of("verdict verdict--small verdict--pass", "verdict verdict--small verdict--not_applicable",
                "verdict verdict--small verdict--fail", "verdict verdict--small verdict--partial"), badges);
        assertEquals("https://x.com/login", social.select("#profiles tbody tr").get(3).selectFirst(".cell-detail a")
                .attr("href"), "the suspect profile's final address");

        assertEquals(List.of("verified", "unverified", "absent", "suspect", "broken", "absent", "absent"),
                social.select("#coverage li").eachAttr("data-state"));
        assertTrue(social.select("#coverage li").get(0).text().contains("Présent et vérifié"));
        assertEquals(List.of("PagesJaunes " + SiteFixtures.HOSTILE_TITLE, "Evil"), column(social, "listings", 0));
        assertEquals("annuaire", column(social, "listings", 1).get(0));
        assertNull(social.getElementById("verification-off"));

        Element note = social.selectFirst("#consistency .finding-ref");
        assertEquals("Titre same-handle", note.selectFirst("a").text());
        assertEquals("element-presence.html#c-same-handle", note.selectFirst("a").attr("href"));
        assertNotNull(note.selectFirst(".verdict--partial"));
    }

    @Test
    void socialPageSaysWhenVerificationWasOff() throws IOException {
        Document social = open(render(SiteFixtures.offsite(false), "en").resolve("social.html"));
        assertTrue(social.getElementById("verification-off").text().contains("--no-verify-profiles"));
        assertEquals(List.of("unverified", "unverified", "absent", "unverified", "unverified", "absent", "absent"),
                social.select("#coverage li").eachAttr("data-state"));
        assertEquals("not verified", social.selectFirst("#profiles tbody tr .verdict").text());
    }

    @Test
    void backlinksPageShowsFiguresAnchorsSourcesImportsDomainsBrokenTargetsAndLinks() throws IOException {
        Document page = open(render(SiteFixtures.offsite(true), "fr").resolve("backlinks.html"));

        assertNull(page.getElementById("backlinks-empty-title"), "no empty state with data");
        List<String> figures = page.select("#backlink-figures .figure").eachText();
        assertTrue(figures.contains("Domaines référents 3"), figures.toString());
        assertTrue(figures.contains("Liens suivis par les moteurs 50 %"), figures.toString());
        assertTrue(figures.contains("Sources qui renvoient vers le site 1 sur 3"), figures.toString());
        assertEquals(List.of("nom de la marque", "mots descriptifs", "générique (« cliquez ici »)", "adresse du site"),
                column(page, "anchors", 0));
        assertEquals("50 %", column(page, "anchors", 2).get(0));
        assertEquals("50", page.selectFirst("#anchors .anchor-bar__value--brand").attr("width"));

        assertEquals(List.of("renvoie vers le site", "lien perdu", "injoignable"), column(page, "sources", 2));
        assertTrue(column(page, "sources", 6).get(2).contains(SiteFixtures.HOSTILE_TITLE));
        assertEquals(List.of("links-" + SiteFixtures.HOSTILE_TITLE + ".csv", "broken.csv"), column(page, "imports", 0));
        assertEquals(List.of("news.example", "blog.example", SiteFixtures.HOSTILE_TITLE), column(page, "domains", 0));
        assertEquals("source déclarée", column(page, "domains", 3).get(0));
        assertEquals("import links.csv", column(page, "domains", 3).get(1));

        Element broken = page.selectFirst("#broken tbody tr");
        assertEquals(SiteFixtures.SITE + "/old", broken.selectFirst("a").attr("href"));
        assertEquals("404", broken.child(1).text());
        assertTrue(page.select(".callout").text().contains("redirection permanente (301)"));
        assertEquals("javascript:alert(4)", broken.selectFirst(".unsafe-link").text());

        assertEquals(SiteFixtures.HOSTILE_ANCHOR, column(page, "links", 2).get(0), "the anchor shown as text");
        assertEquals(List.of("suivi", "nofollow", "contenu d’utilisateur (ugc)"), column(page, "links", 4));
        assertEquals("javascript:alert(3)", page.select("#links tbody tr").get(2).selectFirst(".unsafe-link").text());
    }

    @Test
    void bothPagesKeepOutsideTextAsTextAndSendNoRequest() throws IOException {
        Path site = render(SiteFixtures.offsite(true), "en");
        for (String file : List.of("social.html", "backlinks.html")) {
            Document doc = open(site.resolve(file));
            String html = Files.readString(site.resolve(file)).toLowerCase(Locale.ROOT);
            assertFalse(html.contains("<script>alert"), file);
            assertFalse(html.contains("<img src=x"), file);
            assertTrue(doc.select("img").isEmpty(), file + ": no image from outside");
            assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src") && !s.attr("src").contains("//")),
                    file + ": only the report's own scripts");
            assertTrue(doc.select("[href^=javascript], [src^=javascript]").isEmpty(), file);
            assertTrue(doc.select("[src^=http], link[href^=http]").isEmpty(), file + ": no request leaves the report");
            for (Element a : doc.select("a[href^=http]")) {
                assertTrue(a.attr("rel").contains("nofollow") && a.attr("rel").contains("noreferrer"), a.outerHtml());
            }
            assertTrue(doc.text().contains(SiteFixtures.HOSTILE_TITLE), file + ": hostile text still shown");
            assertFalse(doc.text().contains("??"), file + ": every message key exists");
        }
    }

    @Test
    void withoutOffsiteDataTheSocialPageIsAsBeforeAndBacklinksExplainHowToDeclareSources() throws IOException {
        Path site = render(null, "fr");
        Document social = open(site.resolve("social.html"));
        assertEquals(2, social.select("#profiles tbody tr").size(), "every linked profile, as before");
        assertNull(social.getElementById("mentions"));
        assertEquals(List.of("present", "absent", "absent", "present", "absent", "absent", "absent"),
                social.select("#coverage li").eachAttr("data-state"));
        assertTrue(social.select(".link-list a").eachAttr("href").contains("https://www.pagesjaunes.fr/pros/1"));

        Document backlinks = open(site.resolve("backlinks.html"));
        assertNotNull(backlinks.getElementById("backlinks-empty-title"));
        assertTrue(backlinks.text().contains("backlinks.sources"), "explains audit.yaml");
        assertTrue(backlinks.text().contains("depth: 1"), "shows the {url, depth: 1} form");
        assertFalse(backlinks.text().contains("??"));
    }

    @Test
    void backlinksWithNothingDeclaredKeepTheEmptyState() throws IOException {
        dev.vitrine.model.Offsite o = SiteFixtures.offsite(true);
        dev.vitrine.model.Offsite none = new dev.vitrine.model.Offsite(o.checkedAt(), true, o.profiles(),
                o.directories(), null);
        Document backlinks = open(render(none, "en").resolve("backlinks.html"));
        assertNotNull(backlinks.getElementById("backlinks-empty-title"));
        assertNull(backlinks.getElementById("links"));
        assertFalse(backlinks.text().contains("??"));
    }
}
