package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadExtractionTest {

    @Test
    void readsTheWholeHeadOfARealisticPage() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals("Boulangerie Martin – Pain au levain à Lyon", facts.title());
        assertEquals("Boulangerie artisanale à Lyon : pains au levain, viennoiseries et gâteaux sur commande.",
                facts.metaDescription());
        assertEquals("https://www.example.fr/", facts.canonical());
        assertEquals("index, follow, max-image-preview:large", facts.metaRobots());
        assertEquals("fr-FR", facts.lang());
        assertEquals("width=device-width, initial-scale=1", facts.viewport());
        assertEquals("utf-8", facts.charset());
        assertNull(facts.error());
    }

    @Test
    void keepsFullOpenGraphAndTwitterKeysWithTheFirstValueOfARepeatedKey() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of("og:title", "og:type", "og:image", "og:locale"), List.copyOf(facts.openGraph().keySet()));
        assertEquals("https://www.example.fr/img/vitrine.jpg", facts.openGraph().get("og:image"));
        assertEquals(Map.of("twitter:card", "summary_large_image", "twitter:site", "@BoulangerieMartin",
                "twitter:title", "Boulangerie Martin, Lyon"), facts.twitter());
    }

    @Test
    void copiesTheFetchFieldsUnchanged() {
        FetchedPage fetched = new FetchedPage("http://example.fr/a", "https://www.example.fr/a",
                List.of(new PageFacts.Redirect("http://example.fr/a", 301, "https://www.example.fr/a")), 200,
                "text/html", 999, 42, 3, Map.of("server", "nginx"), null);
        PageFacts facts = Pages.EXTRACTOR.extract(fetched, Jsoup.parse("<title>A</title>", fetched.finalUrl()));

        assertEquals(fetched.url(), facts.url());
        assertEquals(fetched.finalUrl(), facts.finalUrl());
        assertSame(fetched.redirects(), facts.redirects());
        assertEquals(200, facts.status());
        assertEquals("text/html", facts.contentType());
        assertEquals(999, facts.bytes());
        assertEquals(42, facts.responseMillis());
        assertEquals(3, facts.depth());
        assertSame(fetched.headers(), facts.headers());
    }

    @Test
    void tellsAMissingDescriptionFromAnEmptyOne() {
        assertNull(Pages.extract("<title>x</title>").metaDescription());
        assertEquals("", Pages.extract("<meta name=description content=''>").metaDescription());
        assertEquals("", Pages.extract("<meta name=description>").metaDescription());
        assertEquals("Premier", Pages.extract(
                "<meta name=DESCRIPTION content=' Premier '><meta name=description content=Second>").metaDescription());
    }

    @Test
    void leavesMissingHeadFieldsNull() {
        PageFacts facts = Pages.extract("<p>Bonjour</p>");

        assertNull(facts.title());
        assertNull(facts.canonical());
        assertNull(facts.metaRobots());
        assertNull(facts.lang());
        assertNull(facts.viewport());
        assertEquals(Map.of(), facts.openGraph());
    }

    @Test
    void keepsAScriptInTheTitleAsPlainText() {
        PageFacts facts = Pages.extract("<title><script>alert('x')</script> Accueil</title><p>ok</p>");

        assertEquals("<script>alert('x')</script> Accueil", facts.title());
    }

    @Test
    void ignoresTheTitleOfAnSvgIcon() {
        PageFacts facts = Pages.extract("<body><svg><title>Facebook</title></svg></body>");

        assertNull(facts.title());
    }

    @Test
    void takesTheCharsetFromTheServerThenThePageThenJsoup() {
        String html = "<meta http-equiv='Content-Type' content='text/html; charset=\"ISO-8859-1\"'><title>x</title>";

        assertEquals("windows-1252", Pages.EXTRACTOR.extract(Pages.fetched(Pages.HOME, "windows-1252"),
                Jsoup.parse(html, Pages.HOME)).charset());
        assertEquals("ISO-8859-1", Pages.extract(html).charset());
        assertEquals("UTF-8", Pages.extract("<title>x</title>").charset());
    }

    @Test
    void resolvesCanonicalAndHreflangAgainstThePage() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of(
                new PageFacts.Hreflang("fr", "https://www.example.fr/"),
                new PageFacts.Hreflang("en", "https://www.example.fr/en/"),
                new PageFacts.Hreflang("x-default", "https://www.example.fr/")), facts.hreflang());
    }
}
