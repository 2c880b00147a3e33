package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Link;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Pages written to hurt: the extractor bounds what it keeps and never throws. */
class HostileInputTest {

    @Test
    void cutsAFiveMegabyteTitle() {
        PageFacts facts = Pages.extract("<title>" + "Pain ".repeat(1_000_000) + "</title><h1>Accueil</h1>");

        assertEquals(Limits.TEXT, facts.title().length() + 1); // the trailing space of the cut is trimmed
        assertTrue(facts.title().startsWith("Pain Pain"));
        assertEquals("Accueil", facts.headings().get(0).text());
    }

    @Test
    void capsTenThousandLinks() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            html.append("<a href='/p/").append(i).append("'>Page ").append(i).append("</a>");
        }
        html.append("<a href='https://www.facebook.com/garage'>fb</a><a href='tel:0102030405'>t</a>");
        PageFacts facts = Pages.extract(html.toString());

        assertEquals(Limits.LINKS, facts.links().size());
        assertEquals(new Link("https://www.example.fr/p/0", "Page 0", null, true), facts.links().get(0));
        // Facts beyond the cap of links are still read.
        assertEquals("garage", facts.social().get(0).handle());
        assertEquals(List.of("0102030405"), facts.tel());
    }

    @Test
    void capsImagesHeadingsFormsAndScripts() {
        String html = "<img src=a.png>".repeat(1_500) + "<h2>t</h2>".repeat(800) + "<form></form>".repeat(150);
        StringBuilder scripts = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            scripts.append("<script src='/s").append(i).append(".js'></script>");
        }
        PageFacts facts = Pages.extract(html + scripts);

        assertEquals(Limits.IMAGES, facts.images().size());
        assertEquals(Limits.HEADINGS, facts.headings().size());
        assertEquals(Limits.FORMS, facts.forms().size());
        assertEquals(Limits.SCRIPTS, facts.scripts().size());
    }

    @Test
    void boundsLongTextsAndUrls() {
        String longWord = "x".repeat(5_000);
        PageFacts facts = Pages.extract("<meta name=description content='" + longWord + "'>"
                + "<a href='/" + longWord + "'>" + longWord + "</a><h1>" + longWord + "</h1>"
                + "<meta property='og:" + longWord + "' content='" + longWord + "'>");

        assertEquals(Limits.TEXT, facts.metaDescription().length());
        assertEquals(Limits.URL, facts.links().get(0).href().length());
        assertEquals(Limits.SHORT_TEXT, facts.links().get(0).text().length());
        assertEquals(Limits.SHORT_TEXT, facts.headings().get(0).text().length());
        String key = facts.openGraph().keySet().iterator().next();
        assertEquals(Limits.TOKEN, key.length());
        assertEquals(Limits.META_VALUE, facts.openGraph().get(key).length());
    }

    @Test
    void capsOpenGraphEntries() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            html.append("<meta property='og:k").append(i).append("' content=v>");
        }
        assertEquals(Limits.META_ENTRIES, Pages.extract(html.toString()).openGraph().size());
    }

    @Test
    void survivesDeeplyNestedJsonLdAndHtml() {
        String json = "[".repeat(50_000) + "]".repeat(50_000);
        String html = "<script type='application/ld+json'>" + json + "</script>"
                + "<div>".repeat(20_000) + "<h1>Au fond</h1><a href='/fond'>fond</a>" + "</div>".repeat(20_000);
        PageFacts facts = Pages.extract(html);

        assertEquals(1, facts.jsonLdErrors().size());
        assertEquals("Au fond", facts.headings().get(0).text());
        assertEquals("https://www.example.fr/fond", facts.links().get(0).href());
        assertNull(facts.error());
    }

    @Test
    void keepsScriptPayloadsAsText() {
        PageFacts facts = Pages.extract("<title></title><script>alert(1)</script></title>"
                + "<h1><img src=x onerror=alert(1)>Titre</h1><a href=\"javascript:alert('<b>')\">&lt;script&gt;</a>");

        assertEquals("", facts.title());
        assertEquals("Titre", facts.headings().get(0).text());
        assertEquals("<script>", facts.links().get(0).text());
    }

    @Test
    void survivesMalformedMarkupAndAttributes() {
        String html = "<html lang><meta charset><meta name=robots><meta property=og:><link rel=canonical href>"
                + "<a href='http://[::1'>ipv6</a><a href='https://exa mple.fr/x y'>space</a><a href='http://%zz/'>bad</a>"
                + "<a href='tel:%'>t</a><a href='mailto:%E9%'>m</a><img srcset=', ,'><form action='::'></form>"
                + "<div itemtype></div><a href='https://www.facebook.com/profile.php?id='>fb</a>"
                + "<script type='application/ld+json'>{\"@type\": 12, \"sameAs\": {\"x\": 1}}</script>"
                + "<a href='https://wa.me/%'>w</a><h7>x</h7><table><a href=/in-table>t</a><tr><td>x";
        PageFacts facts = Pages.extract(html);

        assertNull(facts.error());
        assertEquals("", facts.lang());
        assertEquals("", facts.metaRobots());
        assertNull(facts.canonical());
        assertTrue(facts.links().size() >= 4);
        assertEquals(List.of(), facts.social());
    }

    @Test
    void makesEveryListImmutable() {
        PageFacts facts = Pages.fixture("home.html");

        assertThrows(UnsupportedOperationException.class, () -> facts.links().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.headings().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.social().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.jsonLd().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.openGraph().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.twitter().clear());
        assertThrows(UnsupportedOperationException.class, () -> facts.appLinks().clear());
    }

    @Test
    void readsANullDocumentAsAResourceWithAnError() {
        PageFacts facts = Pages.EXTRACTOR.extract(Pages.fetched(Pages.HOME, null), null);

        assertNotNull(facts.error());
        assertEquals(Pages.HOME, facts.url());
    }

    @Test
    void givesTheSameFactsFromManyThreadsAtOnce() throws Exception {
        String html = Pages.read("home.html");
        PageFacts expected = Pages.extract(html);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PageFacts>> results = pool.invokeAll(java.util.Collections.nCopies(64,
                    () -> Pages.EXTRACTOR.extract(Pages.fetched(Pages.HOME, null), Jsoup.parse(html, Pages.HOME))));
            for (Future<PageFacts> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
