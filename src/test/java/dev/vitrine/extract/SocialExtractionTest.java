package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.SocialLink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Social profiles as found on a page: links, rel=me, JSON-LD sameAs, twitter:site. */
class SocialExtractionTest {

    @Test
    void findsEveryProfileOfARealisticPageWithItsSource() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of(
                new SocialLink("mastodon", "https://mastodon.social/@boulangeriemartin",
                        "boulangeriemartin@mastodon.social", "rel-me", null),
                new SocialLink("x", "https://x.com/BoulangerieMartin", "boulangeriemartin", "twitter:site", null),
                new SocialLink("facebook", "https://www.facebook.com/BoulangerieMartin/", "boulangeriemartin", "link",
                        "footer"),
                new SocialLink("instagram", "https://www.instagram.com/boulangerie.martin/", "boulangerie.martin",
                        "link", "footer"),
                new SocialLink("linkedin", "https://www.linkedin.com/company/boulangerie-martin/",
                        "company/boulangerie-martin", "link", "footer"),
                new SocialLink("facebook", "https://www.facebook.com/BoulangerieMartin", "boulangeriemartin",
                        "json-ld", null),
                new SocialLink("instagram", "https://www.instagram.com/boulangerie.martin/", "boulangerie.martin",
                        "json-ld", null)), facts.social());
    }

    @Test
    void findsLinkedInProfileInFooter() {
        PageFacts facts = Pages.extract("<footer><a href='https://www.linkedin.com/company/garage-durand'>"
                + "<img src=li.svg alt=LinkedIn></a><a href='https://www.linkedin.com/in/paul-durand/'>Paul</a></footer>");

        assertEquals(List.of("company/garage-durand", "in/paul-durand"),
                facts.social().stream().map(SocialLink::handle).toList());
        assertEquals(List.of("footer", "footer"), facts.social().stream().map(SocialLink::region).toList());
    }

    @Test
    void placesEachVisibleProfileLinkInItsRegion() {
        PageFacts facts = Pages.extract("<header><div class=social><a href='https://www.facebook.com/garage'>f</a>"
                + "</div></header><nav><a href='https://www.instagram.com/garage'>i</a></nav>"
                + "<main><p><a href='https://x.com/garage'>x</a></p>"
                + "<aside><a href='https://www.youtube.com/@garage'>y</a></aside></main>"
                + "<footer><a href='https://www.linkedin.com/company/garage'>l</a></footer>");

        assertEquals(List.of("facebook header", "instagram nav", "x main", "youtube aside", "linkedin footer"),
                facts.social().stream().map(s -> s.platform() + " " + s.region()).toList());
    }

    @Test
    void marksAProfileInsideAnArticleAsMainEvenInTheArticleHeaderOrFooter() {
        PageFacts facts = Pages.extract("<main><article><header><a href='https://x.com/auteur'>Auteur</a></header>"
                + "<p>Merci à <a href='https://www.instagram.com/partenaire'>notre partenaire</a>.</p>"
                + "<footer><a href='https://www.linkedin.com/in/auteur'>l</a></footer></article>"
                + "<footer><a href='https://www.facebook.com/encore'>f</a></footer></main>");

        assertEquals(List.of("main", "main", "main", "main"), facts.social().stream().map(SocialLink::region).toList());
    }

    @Test
    void readsRegionsFromAriaRolesAndThemeNames() {
        PageFacts facts = Pages.extract("<div role=banner><a href='https://www.facebook.com/a'>f</a></div>"
                + "<div id=colophon><a href='https://www.facebook.com/b'>f</a></div>"
                + "<div class='elementor elementor-location-footer'><a href='https://www.facebook.com/c'>f</a></div>"
                + "<ul class=' Menu  top'><li><a href='https://www.facebook.com/d'>f</a></ul>"
                + "<div id=secondary class=widget-area><a href='https://www.facebook.com/e'>f</a></div>"
                + "<div role=contentinfo><a href='https://www.facebook.com/f'>f</a></div>"
                + "<div class='entry-footer footer-note'><a href='https://www.facebook.com/g'>f</a></div>");

        assertEquals(List.of("header", "footer", "footer", "nav", "aside", "footer", "main"),
                facts.social().stream().map(SocialLink::region).toList());
    }

    @Test
    void keepsTheSameProfileOncePerRegion() {
        PageFacts facts = Pages.extract("<p><a href='https://www.facebook.com/garage'>f</a></p>"
                + "<footer><a href='https://www.facebook.com/garage'>f</a><a href='https://fr-fr.facebook.com/Garage/'>f</a>"
                + "</footer>");

        assertEquals(List.of("main", "footer"), facts.social().stream().map(SocialLink::region).toList());
    }

    @Test
    void stopsLookingForTheRegionAfterSixteenAncestors() {
        String deep = "<div>".repeat(PageRegions.MAX_ANCESTORS) + "<a href='https://www.facebook.com/garage'>f</a>";

        assertEquals("main", Pages.extract("<footer>" + deep + "</footer>").social().get(0).region());
        assertEquals("footer", Pages.extract("<footer>" + "<div>".repeat(PageRegions.MAX_ANCESTORS - 1)
                + "<a href='https://www.facebook.com/garage'>f</a></footer>").social().get(0).region());
    }

    @Test
    void leavesTheRegionOfHiddenDeclarationsNull() {
        PageFacts facts = Pages.extract("<link rel=me href='https://github.com/garage'>"
                + "<meta name='twitter:site' content='@garage'><script type='application/ld+json'>"
                + "{\"@type\": \"Organization\", \"sameAs\": \"https://www.facebook.com/garage\"}</script>");

        assertEquals(3, facts.social().size());
        assertTrue(facts.social().stream().allMatch(s -> s.region() == null));
    }

    @Test
    void countsTheSameProfileOncePerSource() {
        PageFacts facts = Pages.extract("<a href='https://twitter.com/Garage'>t</a><a href='https://x.com/garage/'>x</a>"
                + "<a href='https://www.facebook.com/garage'>f</a><a href='https://m.facebook.com/Garage?ref=1'>f</a>");

        assertEquals(List.of(new SocialLink("x", "https://twitter.com/Garage", "garage", "link", "main"),
                new SocialLink("facebook", "https://www.facebook.com/garage", "garage", "link", "main")), facts.social());
    }

    @Test
    void findsSameAsAnywhereInTheJsonLd() {
        PageFacts facts = Pages.extract("<script type='application/ld+json'>{\"@context\": \"https://schema.org\","
                + "\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": \"Organization\", \"sameAs\": "
                + "[\"https://www.youtube.com/@garagedurand\", \"https://www.example.fr/a-propos\"],"
                + "\"founder\": {\"@type\": \"Person\", \"sameAs\": \"https://www.linkedin.com/in/paul-durand\"}}]}"
                + "</script>");

        assertEquals(List.of(
                new SocialLink("youtube", "https://www.youtube.com/@garagedurand", "garagedurand", "json-ld", null),
                new SocialLink("linkedin", "https://www.linkedin.com/in/paul-durand", "in/paul-durand", "json-ld", null)),
                facts.social());
    }

    @Test
    void readsTwitterSiteAndCreatorByNameOrProperty() {
        PageFacts facts = Pages.extract("<meta name='twitter:site' content='@garagedurand'>"
                + "<meta property='twitter:creator' content='@PaulDurand'><meta name='twitter:site' content='@garagedurand'>");

        assertEquals(List.of(new SocialLink("x", "https://x.com/garagedurand", "garagedurand", "twitter:site", null),
                new SocialLink("x", "https://x.com/PaulDurand", "pauldurand", "twitter:site", null)), facts.social());
    }

    @Test
    void countsMastodonOnlyWithRelMe() {
        PageFacts facts = Pages.extract("<a href='https://piaille.fr/@garage' rel='me noopener'>Mastodon</a>"
                + "<a href='https://mamot.fr/@autre'>Un autre compte</a>");

        assertEquals(List.of(new SocialLink("mastodon", "https://piaille.fr/@garage", "garage@piaille.fr", "rel-me", "main")),
                facts.social());
    }

    @Test
    void leavesShareButtonsAndEmbedsOut() {
        PageFacts facts = Pages.extract("<a href='https://www.facebook.com/sharer.php?u=x'>f</a>"
                + "<a href='https://twitter.com/intent/tweet?text=x'>t</a>"
                + "<a href='https://www.linkedin.com/shareArticle?mini=true&url=x'>l</a>"
                + "<a href='https://www.youtube.com/watch?v=abc'>v</a><iframe src='https://www.youtube.com/embed/abc'>"
                + "</iframe><a href='https://vimeo.com/76979871'>v</a>");

        assertEquals(List.of(), facts.social());
    }
}
