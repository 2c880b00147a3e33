package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Heading;
import dev.vitrine.model.PageFacts.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentExtractionTest {

    @Test
    void listsHeadingsInDocumentOrder() {
        PageFacts facts = Pages.extract("<h2>B</h2><h1> A <small>sous-titre</small></h1><div><h3>C</h3></div>"
                + "<h6></h6><h2>D</h2>");

        assertEquals(List.of(new Heading(2, "B"), new Heading(1, "A sous-titre"), new Heading(3, "C"),
                new Heading(6, ""), new Heading(2, "D")), facts.headings());
    }

    @Test
    void countsWordsOfTheBodyButNotOfScriptsStylesNoscriptOrTemplates() {
        PageFacts facts = Pages.extract("<html><head><title>Pas compté du tout</title></head><body>"
                + "<p>Un deux trois</p><script>var quatre = 'cinq six';</script><style>p { color: red }</style>"
                + "<noscript><p>sept huit</p></noscript><template><p>neuf</p></template>"
                + "<p>dix — onze | 12</p></body></html>");

        assertEquals(6, facts.wordCount()); // un deux trois dix onze 12; dashes and bars are not words
    }

    @Test
    void joinsWordsAcrossInlineTagsAndSplitsThemAcrossBlocks() {
        assertEquals(1, Pages.extract("<p>pé<b>tris</b>sons</p>").wordCount());
        assertEquals(2, Pages.extract("<p>un</p><p>deux</p>").wordCount());
        assertEquals(2, Pages.extract("<p>un<br>deux</p>").wordCount());
    }

    @Test
    void countsTheWordsOfARealisticPage() {
        PageFacts facts = Pages.fixture("home.html");

        // The count jsoup's body text() gives once script, style, noscript and template are removed.
        assertEquals(86, facts.wordCount());
    }

    @Test
    void tellsAMissingAltFromAnEmptyOne() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of(
                new Image("https://www.example.fr/img/logo.svg", "Boulangerie Martin"),
                new Image("https://www.example.fr/img/fournil.jpg", "Le fournil au petit matin"),
                new Image("https://www.example.fr/img/decor.png", ""),
                new Image("https://www.example.fr/img/sans-alt.jpg", null),
                new Image("https://www.example.fr/img/pain-400.jpg", "Pain de campagne"),
                new Image("https://www.example.fr/img/lazy.jpg", "Croissants")), facts.images());
    }

    @Test
    void takesTheFirstSrcsetCandidateEvenWhenItsUrlHasCommas() {
        PageFacts facts = Pages.extract("<img srcset='https://cdn.example.com/w_400,h_300/a.jpg 1x, /b.jpg 2x'>"
                + "<img alt='no source'>");

        assertEquals(List.of(new Image("https://cdn.example.com/w_400,h_300/a.jpg", null),
                new Image(null, "no source")), facts.images());
    }

    @Test
    void findsMicrodataTypes() {
        PageFacts facts = Pages.extract("<div itemscope itemtype='https://schema.org/Product'>"
                + "<div itemprop=offers itemscope itemtype='http://schema.org/Offer/'></div></div>"
                + "<div itemscope itemtype='https://schema.org/Product'></div>"
                + "<span itemscope itemtype='http://data-vocabulary.org/Breadcrumb https://schema.org/ListItem'></span>");

        assertEquals(List.of("Product", "Offer", "Breadcrumb", "ListItem"), facts.microdataTypes());
    }

    @Test
    void listsScriptsStylesheetsAndIframesOnceEach() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of("https://www.googletagmanager.com/gtag/js?id=G-TEST123",
                "https://www.example.fr/assets/app.js"), facts.scripts());
        assertEquals(List.of("https://www.example.fr/assets/site.css?v=3", "https://fonts.example-cdn.com/inter.css"),
                facts.stylesheets());
        assertEquals(List.of("https://www.google.com/maps/embed?pb=abc", "https://www.youtube.com/embed/dQw4w9WgXcQ"),
                facts.iframes());
    }

    @Test
    void findsAppStoreLinksAndSmartBannerMetas() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of("https://apps.apple.com/app/id1234567890",
                "https://play.google.com/store/apps/details?id=fr.example.boulangerie",
                "https://apps.apple.com/fr/app/boulangerie-martin/id1234567890"), facts.appLinks());
    }

    @Test
    void recognisesStoreLinksOnly() {
        assertEquals(true, AppLinks.isStoreLink("https://play.google.com/store/apps/details?id=fr.example"));
        assertEquals(true, AppLinks.isStoreLink("https://itunes.apple.com/fr/app/x/id123"));
        assertEquals(false, AppLinks.isStoreLink("https://play.google.com/store/movies/details?id=x"));
        assertEquals(false, AppLinks.isStoreLink("https://www.apple.com/fr/"));
        assertEquals(null, AppLinks.ofAppleMeta("app-argument=x"));
        assertEquals(null, AppLinks.ofGooglePlayMeta("app-id=<script>"));
    }
}
