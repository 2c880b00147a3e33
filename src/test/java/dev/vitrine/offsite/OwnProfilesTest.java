package dev.vitrine.offsite;

import static dev.vitrine.offsite.ProfilePages.HOME;
import static dev.vitrine.offsite.ProfilePages.declared;
import static dev.vitrine.offsite.ProfilePages.linked;
import static dev.vitrine.offsite.ProfilePages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.SocialLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OwnProfilesTest {

    private static List<Offsite.Profile> classify(PageFacts... pages) {
        OwnProfiles own = new OwnProfiles(HOME);
        for (PageFacts page : pages) {
            own.accept(page);
        }
        return own.build();
    }

    private static Map<String, Offsite.Profile> byHandle(List<Offsite.Profile> profiles) {
        return profiles.stream().collect(Collectors.toMap(Offsite.Profile::handle, Function.identity()));
    }

    @Test
    void judgesProfilesLinkedFromHeaderFooterOrNavOwnAndArticleLinksMentions() {
        Map<String, Offsite.Profile> found = byHandle(classify(page(HOME,
                linked("facebook", "acme", "footer"), linked("instagram", "acme.fr", "header"),
                linked("linkedin", "company/acme", "nav"), linked("x", "partenaire", "main"),
                linked("youtube", "voisin", "aside"))));

        assertEquals(List.of("footer"), found.get("acme").reasons());
        assertEquals(List.of("header"), found.get("acme.fr").reasons());
        assertEquals(List.of("nav"), found.get("company/acme").reasons());
        assertTrue(found.get("acme").own() && found.get("acme.fr").own() && found.get("company/acme").own());
        assertEquals(Offsite.MENTION, found.get("partenaire").role());
        assertEquals(List.of("content"), found.get("partenaire").reasons());
        assertEquals(Offsite.MENTION, found.get("voisin").role());
    }

    @Test
    void judgesProfilesTheSiteDeclaresOwnWithoutAnyVisibleLink() {
        List<Offsite.Profile> profiles = classify(page(HOME, declared("facebook", "acme", "json-ld"),
                declared("x", "acme", "twitter:site"), declared("mastodon", "acme@piaille.fr", "rel-me")));

        assertEquals(List.of("facebook json-ld", "mastodon rel-me", "x twitter:site"), profiles.stream()
                .map(p -> p.platform() + " " + String.join(",", p.reasons())).toList());
        assertTrue(profiles.stream().allMatch(Offsite.Profile::own));
    }

    @Test
    void judgesAProfileLinkedFromHalfThePagesOwnEvenFromTheContent() {
        SocialLink everywhere = linked("facebook", "acme", "main");
        List<Offsite.Profile> profiles = classify(page(HOME, everywhere), page(HOME + "a", everywhere),
                page(HOME + "b", linked("x", "partenaire", "main")), page(HOME + "c"));

        Map<String, Offsite.Profile> found = byHandle(profiles);
        assertEquals(Offsite.OWN, found.get("acme").role());
        assertEquals(List.of("most-pages", "content"), found.get("acme").reasons());
        assertEquals(Offsite.MENTION, found.get("partenaire").role());
    }

    @Test
    void needsFourPagesBeforeMostPagesMeansAnything() {
        SocialLink everywhere = linked("facebook", "acme", "main");

        List<Offsite.Profile> profiles = classify(page(HOME, everywhere), page(HOME + "a", everywhere),
                page(HOME + "b", everywhere));

        assertEquals(Offsite.MENTION, profiles.get(0).role());
        assertEquals(3, profiles.get(0).pages());
    }

    @Test
    void ignoresNonHtmlAndErrorPagesInEveryCount() {
        SocialLink inText = linked("facebook", "acme", "main");

        List<Offsite.Profile> profiles = classify(page(HOME, inText), page(HOME + "a", inText),
                page(HOME + "gone", 404, "text/html", linked("x", "acme", "footer")),
                page(HOME + "error", 500, "text/html", inText),
                page(HOME + "logo.png", 200, "image/png", inText), page(HOME + "b", 200, null, inText));

        assertEquals(1, profiles.size());
        assertEquals(2, profiles.get(0).pages());
        assertEquals(Offsite.MENTION, profiles.get(0).role(), "2 HTML pages only: too few for most-pages");
    }

    @Test
    void countsPagesOncePerPageAndKnowsTheHomeAndTheFirstPage() {
        SocialLink footer = linked("facebook", "acme", "footer");
        PageFacts homeRedirected = new PageFacts("http://www.acme.fr", "https://WWW.ACME.FR/#top", List.of(), 200,
                "text/html", 0, 0, 0, Map.of(), null, null, null, null, null, null, null, List.of(), 0, Map.of(),
                Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(footer, footer,
                declared("facebook", "acme", "json-ld")), List.of(), null, null, List.of(), List.of(), null, null,
                List.of(), 0, 0, List.of(), null);

        Offsite.Profile onHome = classify(page(HOME + "contact", footer), homeRedirected).get(0);
        Offsite.Profile notOnHome = classify(page(HOME + "contact", footer)).get(0);

        assertEquals(2, onHome.pages());
        assertTrue(onHome.onHome());
        assertFalse(notOnHome.onHome());
        assertEquals(HOME + "contact", onHome.firstPage());
        assertEquals(List.of("json-ld", "footer"), onHome.reasons());
        assertNull(onHome.verification());
    }

    @Test
    void aProfileOnlyDeclaredOnTheHomePageIsNotOnTheHome() {
        Offsite.Profile profile = classify(page(HOME, declared("facebook", "acme", "json-ld")),
                page(HOME + "contact", linked("facebook", "acme", "footer"))).get(0);

        assertEquals(Offsite.OWN, profile.role());
        assertFalse(profile.onHome(), "a sameAs on the home page is not a link a visitor can follow");
        assertTrue(classify(page(HOME, linked("facebook", "acme", "footer"))).get(0).onHome());
    }

    @Test
    void prefersTheUrlOfAVisibleLinkOverTheJsonLdOne() {
        Offsite.Profile profile = classify(page(HOME, declared("facebook", "acme", "json-ld")),
                page(HOME + "a", linked("facebook", "acme", "footer"))).get(0);

        assertEquals("https://facebook.example/acme", profile.url());

        Offsite.Profile onlyDeclared = classify(page(HOME, declared("facebook", "acme", "json-ld"))).get(0);
        assertEquals("https://declared.example/facebook/acme", onlyDeclared.url());
    }

    @Test
    void listsOwnProfilesFirstThenMentionsEachByPlatformThenHandle() {
        List<Offsite.Profile> profiles = classify(page(HOME, linked("x", "zed", "main"),
                linked("youtube", "acme", "footer"), linked("facebook", "partenaire", "main"),
                linked("facebook", "acme", "footer"), linked("facebook", "abc", "header"),
                linked("facebook", "autre", "main")));

        assertEquals(List.of("facebook/abc", "facebook/acme", "youtube/acme", "facebook/autre", "facebook/partenaire",
                "x/zed"), profiles.stream().map(p -> p.platform() + "/" + p.handle()).toList());
    }

    @Test
    void keepsAtMostFiveHundredProfilesWithoutLosingTheCompanysOwn() {
        List<SocialLink> mentions = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            mentions.add(linked("x", "mentioned" + i, "main"));
        }
        List<Offsite.Profile> profiles = classify(page(HOME + "blog", mentions.toArray(SocialLink[]::new)),
                page(HOME, linked("facebook", "acme", "footer")));

        assertEquals(OwnProfiles.MAX_PROFILES, profiles.size());
        assertEquals("acme", profiles.get(0).handle());
        assertTrue(profiles.get(0).own());
    }

    @Test
    void treatsAnchorsFromPagesWrittenBeforeRegionsAsContent() {
        SocialLink old = new SocialLink("facebook", "https://www.facebook.com/acme", "acme", "link", null);

        Offsite.Profile profile = classify(page(HOME, old)).get(0);

        assertEquals(Offsite.MENTION, profile.role());
        assertEquals("https://www.facebook.com/acme", profile.url());
    }
}
