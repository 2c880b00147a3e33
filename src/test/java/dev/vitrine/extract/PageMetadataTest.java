package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Icon;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** generator, published, feeds, icons, manifest, theme colour, videos and inline media queries. */
class PageMetadataTest {

    @Test
    void readsTheWholeOfARealisticWordPressPage() {
        PageFacts facts = Pages.fixture("wordpress-shop.html");

        assertEquals("WordPress 6.5.3", facts.generator());
        assertEquals("2026-02-03", facts.published()); // the "updated" time and dateModified are not publication dates
        assertEquals(List.of("https://www.example.fr/feed/", "https://www.example.fr/comments/feed/"), facts.feeds());
        assertEquals(List.of(
                new Icon("icon", "https://www.example.fr/wp-content/uploads/2024/01/cropped-logo-32x32.png", "32x32"),
                new Icon("icon", "https://www.example.fr/wp-content/uploads/2024/01/cropped-logo-192x192.png", "192x192"),
                new Icon("apple-touch-icon", "https://www.example.fr/wp-content/uploads/2024/01/cropped-logo-180x180.png", null),
                new Icon("shortcut icon", "https://www.example.fr/favicon.ico", null),
                new Icon("mask-icon", "https://www.example.fr/safari-pinned-tab.svg", null)), facts.icons());
        assertEquals("https://www.example.fr/site.webmanifest", facts.manifest());
        assertEquals("#1f3a5f", facts.themeColor());
        assertEquals(List.of("https://www.youtube-nocookie.com/embed/ZyXwVuTsRqP?rel=0",
                "https://www.example.fr/wp-content/uploads/2026/02/tournage.webm",
                "https://www.example.fr/wp-content/uploads/2026/02/tournage.mp4"), facts.videos());
        assertEquals(3, facts.inlineMediaQueries()); // the one in a comment does not count
        assertEquals(0, facts.mediaQueries()); // the crawler counts those of CSS files
        assertNull(facts.error());
    }

    @Test
    void leavesEveryNewFieldEmptyOnABarePage() {
        PageFacts facts = Pages.extract("<title>Vide</title><p>Rien.</p>");

        assertNull(facts.generator());
        assertNull(facts.published());
        assertEquals(List.of(), facts.feeds());
        assertEquals(List.of(), facts.icons());
        assertNull(facts.manifest());
        assertNull(facts.themeColor());
        assertEquals(List.of(), facts.videos());
        assertEquals(0, facts.inlineMediaQueries());
        assertEquals(List.of(), facts.technologies());
    }

    // ------------------------------------------------------------------ published

    @Test
    void readsDatePublishedFromAnyJsonLdNode() {
        assertEquals("2026-03-12", published("<script type='application/ld+json'>{\"@type\": \"BlogPosting\", "
                + "\"datePublished\": \"2026-03-12\", \"dateModified\": \"2026-09-01\"}</script>"));
        assertEquals("2026-03-12", published("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Event\", "
                + "\"subEvent\": {\"datePublished\": \"2026-03-12T23:30:00-05:00\"}}]}</script>"));
    }

    @Test
    void readsArticlePublishedTimeByPropertyOrName() {
        assertEquals("2025-11-30", published("<meta property='article:published_time' content='2025-11-30T08:00:00+00:00'>"));
        assertEquals("2025-11-30", published("<meta name='article:published_time' content='2025-11-30'>"));
        assertNull(published("<meta property='article:modified_time' content='2025-11-30'>"));
    }

    @Test
    void readsTimeElementsThatMarkAPublication() {
        assertEquals("2026-01-05", published("<article><h2>Post</h2><time datetime='2026-01-05T10:00'>5 janv.</time></article>"));
        assertEquals("2026-01-06", published("<p><time itemprop='datePublished' datetime='2026-01-06'>6 janv.</time></p>"));
        assertEquals("2026-01-07", published("<p><time class='post-date' datetime='2026-01-07'>7 janv.</time></p>"));
        assertEquals("2026-01-08", published("<p><time class='entry-date published updated' datetime='2026-01-08'>x</time></p>"));
        assertEquals("2026-01-09", published("<p><meta itemprop='datePublished' content='2026-01-09'></p>"));
    }

    @Test
    void ignoresTimesThatAreNotPublications() {
        assertNull(published("<p>Ouvert à <time datetime='2026-01-05T09:00'>9 h</time></p>")); // not in an article, no class
        assertNull(published("<article><time class='updated' datetime='2026-01-05'>x</time></article>"));
        assertNull(published("<article><time itemprop='dateModified' datetime='2026-01-05'>x</time></article>"));
        assertNull(published("<article><time>2026-01-05</time></article>")); // no datetime attribute
    }

    @Test
    void keepsTheNewestDateOfAllSources() {
        assertEquals("2026-04-02", published("<meta property='article:published_time' content='2026-02-01'>"
                + "<script type='application/ld+json'>{\"datePublished\": \"2026-04-02T08:00:00Z\"}</script>"
                + "<article><time datetime='2026-03-15'>x</time></article>"
                + "<article><time datetime='2025-12-24'>x</time></article>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 mars 2026", "hier", "2026-13-45", "2026-02-30", "1970-01-01", "0000-00-00",
            "1994-12-31", "2100-01-01", "9999-12-31T23:59:59Z", "2026-03-12T25:00", "2026-03-12T10:61", "2026/03/12",
            "20260312", "2026-03", "2026-03-12T10:00:00+01:00 trailing", "PT2H", ""})
    void ignoresDatesThatAreNotMachineReadableOrOutOfRange(String value) {
        assertNull(published("<meta property='article:published_time' content='" + value + "'>"
                + "<article><time datetime='" + value + "'>x</time></article>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-12", "2026-03-12T09:30", "2026-03-12T09:30:00", "2026-03-12T09:30:00Z",
            "2026-03-12T09:30:00.123+01:00", "2026-03-12T09:30:00+0100", "2026-03-12 09:30:00", " 2026-03-12 "})
    void normalisesMachineDatesToTheDay(String value) {
        assertEquals("2026-03-12", published("<meta property='article:published_time' content='" + value + "'>"));
    }

    @Test
    void keepsAGarbageDateFromHidingAGoodOne() {
        assertEquals("2024-05-01", published("<article><time datetime='9999-01-01'>x</time>"
                + "<time datetime='2024-05-01'>y</time><time datetime='demain'>z</time></article>"));
    }

    private static String published(String html) {
        return Pages.extract(html).published();
    }

    // ------------------------------------------------------------------ feeds, icons, manifest, theme colour, generator

    @Test
    void readsFeedsOfTheThreeFormatsOnce() {
        PageFacts facts = Pages.extract("<link rel='alternate' type='application/rss+xml' href='/feed/'>"
                + "<link rel='alternate' type='Application/Atom+XML; charset=utf-8' href='https://www.example.fr/atom.xml'>"
                + "<link rel='alternate' type='application/feed+json' href='/feed.json'>"
                + "<link rel='alternate' type='application/rss+xml' href='https://www.example.fr/feed/'>"
                + "<link rel='alternate' hreflang='en' href='/en/'>"
                + "<link rel='alternate' type='application/json' href='/wp-json/'>"
                + "<link rel='feed' type='application/rss+xml'>");

        assertEquals(List.of("https://www.example.fr/feed/", "https://www.example.fr/atom.xml",
                "https://www.example.fr/feed.json"), facts.feeds());
    }

    @Test
    void readsIconsWithTheirRelAsWritten() {
        PageFacts facts = Pages.extract("<link rel='icon' type='image/svg+xml' href='/favicon.svg'>"
                + "<link rel='SHORTCUT ICON' href='/favicon.ico'>"
                + "<link rel='apple-touch-icon-precomposed' sizes='152x152' href='/apple-152.png'>"
                + "<link rel='mask-icon' href='/mask.svg' color='#000'>"
                + "<link rel='fluid-icon' href='/fluid.png'>"
                + "<link rel='icon'>"
                + "<link rel='icon' href='/favicon.svg'>");

        assertEquals(List.of(new Icon("icon", "https://www.example.fr/favicon.svg", null),
                new Icon("shortcut icon", "https://www.example.fr/favicon.ico", null),
                new Icon("apple-touch-icon-precomposed", "https://www.example.fr/apple-152.png", "152x152"),
                new Icon("mask-icon", "https://www.example.fr/mask.svg", null)), facts.icons());
    }

    @Test
    void readsTheFirstManifestThemeColourAndGenerator() {
        PageFacts facts = Pages.extract("<link rel='manifest' href='/manifest.json'><link rel='manifest' href='/other.json'>"
                + "<meta name='theme-color' content=''><meta name='Theme-Color' content=' #FFF '>"
                + "<meta name='theme-color' content='#000'>"
                + "<meta name='generator' content=''><meta name='generator' content='  Hugo   0.125.0 '>"
                + "<meta name='generator' content='Other'>");

        assertEquals("https://www.example.fr/manifest.json", facts.manifest());
        assertEquals("#FFF", facts.themeColor());
        assertEquals("Hugo 0.125.0", facts.generator());
    }

    @Test
    void boundsTheGenerator() {
        assertEquals(Limits.SHORT_TEXT, Pages.extract("<meta name='generator' content='" + "x".repeat(5_000) + "'>")
                .generator().length());
    }

    // ------------------------------------------------------------------ videos

    @Test
    void countsEmbeddedPlayersAndVideoFiles() {
        PageFacts facts = Pages.extract("<iframe src='https://www.youtube.com/embed/dQw4w9WgXcQ'></iframe>"
                + "<iframe src='//www.youtube-nocookie.com/embed/abc'></iframe>"
                + "<iframe src='https://player.vimeo.com/video/123456789?h=abc'></iframe>"
                + "<iframe src='https://www.dailymotion.com/embed/video/x8abcd'></iframe>"
                + "<iframe src='https://geo.dailymotion.com/player.html?video=x8abcd'></iframe>"
                + "<iframe src='https://fast.wistia.net/embed/iframe/abc123'></iframe>"
                + "<iframe src='https://play.vidyard.com/AbCdEf.html'></iframe>"
                + "<iframe src='https://www.loom.com/embed/0123abcd'></iframe>"
                + "<embed src='https://www.youtube.com/embed/emb'>"
                + "<video src='/media/film.mp4'></video>"
                + "<video><source src='clip.webm' type='video/webm'><source src='clip.webm'></video>"
                + "<iframe src='https://www.youtube.com/embed/dQw4w9WgXcQ'></iframe>");

        assertEquals(List.of("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/abc",
                "https://player.vimeo.com/video/123456789?h=abc", "https://www.dailymotion.com/embed/video/x8abcd",
                "https://geo.dailymotion.com/player.html?video=x8abcd", "https://fast.wistia.net/embed/iframe/abc123",
                "https://play.vidyard.com/AbCdEf.html", "https://www.loom.com/embed/0123abcd",
                "https://www.youtube.com/embed/emb", "https://www.example.fr/media/film.mp4",
                "https://www.example.fr/clip.webm"), facts.videos());
    }

    @Test
    void doesNotCountLinksToVideosOrOtherFrames() {
        PageFacts facts = Pages.extract("<a href='https://www.youtube.com/@acme'>Notre chaîne</a>"
                + "<a href='https://www.youtube.com/watch?v=dQw4w9WgXcQ'>Le film</a>"
                + "<a href='https://vimeo.com/123456789'>Vimeo</a>"
                + "<iframe src='https://www.youtube.com/@acme'></iframe>"
                + "<iframe src='https://www.google.com/maps/embed?pb=abc'></iframe>"
                + "<iframe src='https://www.example.fr/loom.com/embed/fake'></iframe>"
                + "<picture><source src='/img/a.webp'><img src='/img/a.jpg'></picture>"
                + "<audio><source src='/podcast.mp3'></audio>");

        assertEquals(List.of(), facts.videos());
    }

    @Test
    void countsALazyLoadedPlayerByItsDataSrc() {
        PageFacts facts = Pages.extract("<iframe src='about:blank' data-src='https://www.youtube.com/embed/lazy1'></iframe>"
                + "<iframe data-lazy-src='https://player.vimeo.com/video/42'></iframe>");

        assertEquals(List.of("https://www.youtube.com/embed/lazy1", "https://player.vimeo.com/video/42"), facts.videos());
    }

    // ------------------------------------------------------------------ inline media queries

    @Test
    void countsMediaRulesOfInlineStylesOutsideComments() {
        PageFacts facts = Pages.extract("<style>/* @media old */ @media (max-width: 600px) { a { b: c } }"
                + " @Media print { } @import url(x.css) screen;</style>"
                + "<svg><style>@media (prefers-color-scheme: dark) { }</style></svg>"
                + "<p style='--x: \"@media\"'>inline style attributes are not read</p>"
                + "<style>@media screen { } /* unterminated @media comment");

        assertEquals(4, facts.inlineMediaQueries());
    }

    @Test
    void capsTheCountOfMediaRules() {
        assertEquals(Limits.MEDIA_QUERIES, Pages.extract("<style>" + "@media x{}".repeat(20_000) + "</style>"
                + "<style>@media y{}</style>").inlineMediaQueries());
    }
}
