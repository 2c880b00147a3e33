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
import org.junit.jupiter.api.Timeout;

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
        PageFacts shop = Pages.fixture("wordpress-shop.html");
        assertThrows(UnsupportedOperationException.class, () -> shop.feeds().clear());
        assertThrows(UnsupportedOperationException.class, () -> shop.icons().clear());
        assertThrows(UnsupportedOperationException.class, () -> shop.videos().clear());
        assertThrows(UnsupportedOperationException.class, () -> shop.technologies().clear());
    }

    @Test
    @Timeout(10)
    void readsOnlyTheStartOfAMegabyteInlineScript() {
        String code = "gtag('config', 'G-ABC123XYZ9');\n" + "var filler = [1, 2, 3];\n".repeat(45_000)
                + "fbq('init', '123456789012345');";
        PageFacts facts = Pages.extract("<script>" + code + "</script><h1>Suite</h1>");

        assertTrue(code.length() > 1_000_000);
        assertEquals(List.of("google-analytics-4"), facts.technologies().stream().map(t -> t.id()).toList());
        assertEquals("Suite", facts.headings().get(0).text());
        assertNull(facts.error());
    }

    @Test
    @Timeout(10)
    void stopsReadingInlineScriptsAfterAMegabytePerPage() {
        String filler = "<script>" + "var x = 0;".repeat(Limits.INLINE_SCRIPT_CHARS / 10) + "</script>";
        PageFacts facts = Pages.extract(filler.repeat(25) + "<script>window.axeptioSettings = {};</script>"
                + "<script src='https://client.crisp.chat/l.js'></script>");

        assertEquals(List.of("crisp"), facts.technologies().stream().map(t -> t.id()).toList());
    }

    /**
     * Every fingerprint regex on input built to make it work hard: its own literal repeated
     * until the input is as long as the extractor allows, in inline code, script URLs and links.
     */
    @Test
    @Timeout(30)
    void survivesInputsBuiltToMakeEveryRegexBacktrack() {
        StringBuilder code = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Fingerprint f : Technologies.builtIn().fingerprints()) {
            for (Rule rule : f.inline()) {
                code.append((rule.needle() + " ( ' \" ").repeat(50));
            }
            for (List<Rule> rules : List.of(f.scripts(), f.links())) {
                for (Rule rule : rules) {
                    String url = "https://" + (rule.needle() + "&?/").repeat(Limits.URL / (rule.needle().length() + 3));
                    html.append("<script src='").append(url).append("'></script><a href='").append(url).append("'>x</a>");
                }
            }
        }
        String hostileCode = code.length() > Limits.INLINE_SCRIPT_CHARS ? code.substring(0, Limits.INLINE_SCRIPT_CHARS) : code.toString();
        PageFacts facts = Pages.extract("<script>" + hostileCode + "</script>" + html);

        assertNull(facts.error());
    }

    @Test
    void readsRegexAndSelectorMetacharactersAsPlainText() {
        String hostile = ".*+?[](){}|\\^$(?i)(a+)+$\\Q\\E";
        PageFacts facts = Pages.extract("<div class='" + hostile + " trustpilot-widget' id='" + hostile + "'>"
                + "<a href='https://wa.me/" + hostile + "'>w</a><iframe src='" + hostile + "'></iframe>"
                + "<meta name='generator' content='" + hostile + "'><time class='date' datetime='" + hostile + "'></time>"
                + "<script>" + hostile + "</script><style>" + hostile + "@media</style></div>");

        assertNull(facts.error());
        assertEquals(List.of("trustpilot"), facts.technologies().stream().map(t -> t.id()).toList());
        assertNull(facts.published());
        assertEquals(1, facts.inlineMediaQueries());
    }

    @Test
    void capsVideosIconsAndFeeds() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            html.append("<iframe src='https://www.youtube.com/embed/v").append(i).append("'></iframe>")
                    .append("<link rel='icon' href='/i").append(i).append(".png'>")
                    .append("<link rel='alternate' type='application/rss+xml' href='/f").append(i).append("'>");
        }
        PageFacts facts = Pages.extract(html.toString());

        assertEquals(Limits.VIDEOS, facts.videos().size());
        assertEquals(Limits.ICONS, facts.icons().size());
        assertEquals(Limits.FEEDS, facts.feeds().size());
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
