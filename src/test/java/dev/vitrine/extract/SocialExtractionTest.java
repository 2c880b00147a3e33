package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                        "boulangeriemartin@mastodon.social", "rel-me"),
                new SocialLink("x", "https://x.com/BoulangerieMartin", "boulangeriemartin", "twitter:site"),
                new SocialLink("facebook", "https://www.facebook.com/BoulangerieMartin/", "boulangeriemartin", "link"),
                new SocialLink("instagram", "https://www.instagram.com/boulangerie.martin/", "boulangerie.martin",
                        "link"),
                new SocialLink("linkedin", "https://www.linkedin.com/company/boulangerie-martin/",
                        "company/boulangerie-martin", "link"),
                new SocialLink("facebook", "https://www.facebook.com/BoulangerieMartin", "boulangeriemartin",
                        "json-ld"),
                new SocialLink("instagram", "https://www.instagram.com/boulangerie.martin/", "boulangerie.martin",
                        "json-ld")), facts.social());
    }

    @Test
    void findsLinkedInProfileInFooter() {
        PageFacts facts = Pages.extract("<footer><a href='https://www.linkedin.com/company/garage-durand'>"
                + "<img src=li.svg alt=LinkedIn></a><a href='https://www.linkedin.com/in/paul-durand/'>Paul</a></footer>");

        assertEquals(List.of("company/garage-durand", "in/paul-durand"),
                facts.social().stream().map(SocialLink::handle).toList());
    }

    @Test
    void countsTheSameProfileOncePerSource() {
        PageFacts facts = Pages.extract("<a href='https://twitter.com/Garage'>t</a><a href='https://x.com/garage/'>x</a>"
                + "<a href='https://www.facebook.com/garage'>f</a><a href='https://m.facebook.com/Garage?ref=1'>f</a>");

        assertEquals(List.of(new SocialLink("x", "https://twitter.com/Garage", "garage", "link"),
                new SocialLink("facebook", "https://www.facebook.com/garage", "garage", "link")), facts.social());
    }

    @Test
    void findsSameAsAnywhereInTheJsonLd() {
        PageFacts facts = Pages.extract("<script type='application/ld+json'>{\"@context\": \"https://schema.org\","
                + "\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": \"Organization\", \"sameAs\": "
                + "[\"https://www.youtube.com/@garagedurand\", \"https://www.example.fr/a-propos\"],"
                + "\"founder\": {\"@type\": \"Person\", \"sameAs\": \"https://www.linkedin.com/in/paul-durand\"}}]}"
                + "</script>");

        assertEquals(List.of(
                new SocialLink("youtube", "https://www.youtube.com/@garagedurand", "garagedurand", "json-ld"),
                new SocialLink("linkedin", "https://www.linkedin.com/in/paul-durand", "in/paul-durand", "json-ld")),
                facts.social());
    }

    @Test
    void readsTwitterSiteAndCreatorByNameOrProperty() {
        PageFacts facts = Pages.extract("<meta name='twitter:site' content='@garagedurand'>"
                + "<meta property='twitter:creator' content='@PaulDurand'><meta name='twitter:site' content='@garagedurand'>");

        assertEquals(List.of(new SocialLink("x", "https://x.com/garagedurand", "garagedurand", "twitter:site"),
                new SocialLink("x", "https://x.com/PaulDurand", "pauldurand", "twitter:site")), facts.social());
    }

    @Test
    void countsMastodonOnlyWithRelMe() {
        PageFacts facts = Pages.extract("<a href='https://piaille.fr/@garage' rel='me noopener'>Mastodon</a>"
                + "<a href='https://mamot.fr/@autre'>Un autre compte</a>");

        assertEquals(List.of(new SocialLink("mastodon", "https://piaille.fr/@garage", "garage@piaille.fr", "rel-me")),
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
