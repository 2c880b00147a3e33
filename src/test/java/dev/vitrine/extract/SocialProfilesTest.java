package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.PageFacts.SocialLink;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SocialProfiles#profileOf}: which URLs are profiles, and their normalised handle. */
class SocialProfilesTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = ' ', value = {
            // facebook: pages, ids, mobile and locale subdomains, fb.com
            "https://www.facebook.com/BoulangerieMartin/ facebook boulangeriemartin",
            "http://facebook.com/boulangeriemartin?ref=hl facebook boulangeriemartin",
            "https://m.facebook.com/BoulangerieMartin facebook boulangeriemartin",
            "https://fr-fr.facebook.com/BoulangerieMartin/about/ facebook boulangeriemartin",
            "https://fr.facebook.com/BoulangerieMartin facebook boulangeriemartin",
            "https://fb.com/BoulangerieMartin facebook boulangeriemartin",
            "https://www.facebook.com/profile.php?id=100063512345678&sk=about facebook 100063512345678",
            "https://www.facebook.com/pages/Boulangerie-Martin/123456789012 facebook 123456789012",
            "https://www.facebook.com/people/Boulangerie-Martin/100089999999999/ facebook 100089999999999",
            "https://www.facebook.com/pg/BoulangerieMartin/posts/ facebook boulangeriemartin",
            // instagram
            "https://www.instagram.com/boulangerie.martin/ instagram boulangerie.martin",
            "https://instagram.com/Boulangerie.Martin?igshid=abc123 instagram boulangerie.martin",
            "https://www.instagram.com/boulangerie.martin/reels/ instagram boulangerie.martin",
            // linkedin: company and personal profiles keep their kind
            "https://www.linkedin.com/company/boulangerie-martin/ linkedin company/boulangerie-martin",
            "https://fr.linkedin.com/company/Boulangerie-Martin/about/ linkedin company/boulangerie-martin",
            "https://www.linkedin.com/in/jean-martin-123abc/ linkedin in/jean-martin-123abc",
            "https://www.linkedin.com/school/universite-de-lyon/ linkedin school/universite-de-lyon",
            "https://www.linkedin.com/showcase/martin-traiteur linkedin showcase/martin-traiteur",
            // x: twitter.com and x.com are the same platform
            "https://twitter.com/BoulangerieMartin x boulangeriemartin",
            "https://x.com/boulangeriemartin/ x boulangeriemartin",
            "https://mobile.twitter.com/BoulangerieMartin x boulangeriemartin",
            "https://twitter.com/#!/BoulangerieMartin x boulangeriemartin",
            "https://x.com/@BoulangerieMartin x boulangeriemartin",
            // youtube: channel ids keep their case
            "https://www.youtube.com/channel/UCabcDEF123_-xyz youtube channel/UCabcDEF123_-xyz",
            "https://www.youtube.com/channel/UCabcDEF123_-xyz/videos youtube channel/UCabcDEF123_-xyz",
            "https://www.youtube.com/@BoulangerieMartin youtube boulangeriemartin",
            "https://m.youtube.com/@boulangeriemartin/featured youtube boulangeriemartin",
            "https://www.youtube.com/user/BoulangerieMartin youtube user/boulangeriemartin",
            "https://www.youtube.com/c/BoulangerieMartin youtube c/boulangeriemartin",
            "https://www.youtube.com/BoulangerieMartin youtube c/boulangeriemartin",
            // tiktok, pinterest, threads
            "https://www.tiktok.com/@boulangerie.martin tiktok boulangerie.martin",
            "https://www.tiktok.com/@Boulangerie.Martin?lang=fr tiktok boulangerie.martin",
            "https://www.pinterest.com/boulangeriemartin/ pinterest boulangeriemartin",
            "https://fr.pinterest.com/BoulangerieMartin/gateaux-de-mariage/ pinterest boulangeriemartin",
            "https://www.pinterest.fr/boulangeriemartin pinterest boulangeriemartin",
            "https://www.threads.net/@boulangerie.martin threads boulangerie.martin",
            "https://www.threads.com/@boulangerie.martin threads boulangerie.martin",
            // github: users and organisations only
            "https://github.com/vitrine-dev github vitrine-dev",
            "https://github.com/Vitrine-Dev/?tab=repositories github vitrine-dev",
            // vimeo: a user name, not a video number
            "https://vimeo.com/boulangeriemartin vimeo boulangeriemartin",
            "https://vimeo.com/user12345678 vimeo user12345678",
            // whatsapp: the number, or the channel
            "https://wa.me/33612345678 whatsapp 33612345678",
            "https://wa.me/33612345678?text=Bonjour whatsapp 33612345678",
            "https://api.whatsapp.com/send?phone=+33612345678&text=Bonjour whatsapp 33612345678",
            "https://api.whatsapp.com/send/?phone=33612345678 whatsapp 33612345678",
            "https://www.whatsapp.com/channel/0029VaAbCdEf123 whatsapp channel/0029VaAbCdEf123",
            // telegram
            "https://t.me/BoulangerieMartin telegram boulangeriemartin",
            "https://telegram.me/boulangeriemartin telegram boulangeriemartin",
            "https://t.me/s/boulangeriemartin telegram boulangeriemartin",
            // written without scheme, as JSON-LD sameAs values sometimes are
            "www.facebook.com/BoulangerieMartin facebook boulangeriemartin",
            "//instagram.com/boulangerie.martin instagram boulangerie.martin",
    })
    void recognisesProfiles(String url, String platform, String handle) {
        Optional<SocialLink> found = SocialProfiles.profileOf(url, "link");

        assertEquals(Optional.of(new SocialLink(platform, url, handle, "link", null)), found);
    }

    /**
     * The ways sites write one profile: case, trailing slash, twitter.com or x.com, mobile and
     * language subdomains, query strings and fragments, explicit ports, http. Each row's URLs
     * must all give the row's handle.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "x | acme | https://twitter.com/Acme https://x.com/acme/ https://X.COM/ACME https://www.twitter.com/acme "
                    + "https://mobile.twitter.com/acme?lang=fr https://x.com/acme#top http://twitter.com/acme "
                    + "https://x.com/acme/with_replies https://twitter.com:443/acme/?ref_src=twsrc%5Egoogle",
            "facebook | acme | https://www.facebook.com/Acme https://www.facebook.com/acme/ https://m.facebook.com/acme "
                    + "https://fr-fr.facebook.com/acme https://fr.facebook.com/acme/?locale=fr_FR "
                    + "https://web.facebook.com/Acme https://mbasic.facebook.com/acme HTTPS://WWW.FACEBOOK.COM/ACME "
                    + "https://www.facebook.com//acme// https://facebook.com/acme?ref=embed_page#x",
            "instagram | acme.fr | https://www.instagram.com/Acme.fr/ https://instagram.com/acme.fr?hl=fr "
                    + "https://www.instagram.com/acme.fr/?igsh=MWx2 https://m.instagram.com/acme.fr",
            "linkedin | company/acme | https://www.linkedin.com/company/acme https://fr.linkedin.com/company/ACME/ "
                    + "https://www.linkedin.com/company/acme/?originalSubdomain=fr https://linkedin.com/company/acme/about/",
            "youtube | acme | https://www.youtube.com/@Acme https://m.youtube.com/@acme/videos "
                    + "https://www.youtube.com/@acme?sub_confirmation=1 https://youtube.com/%40acme",
            "tiktok | acme | https://www.tiktok.com/@Acme https://www.tiktok.com/@acme?lang=fr https://m.tiktok.com/@acme/ "
                    + "https://www.tiktok.com/%40Acme",
    })
    void normalisesEveryWayOfWritingOneProfile(String platform, String handle, String urls) {
        for (String url : urls.split(" ")) {
            SocialLink link = SocialProfiles.profileOf(url, "link").orElse(null);
            assertEquals(platform + " " + handle, link == null ? "nothing" : link.platform() + " " + link.handle(), url);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // share and intent links
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example.fr%2F",
            "https://www.facebook.com/sharer.php?u=https://www.example.fr/",
            "https://www.facebook.com/share.php?u=x",
            "https://www.facebook.com/share/1AbCdEfGh/",
            "https://www.facebook.com/dialog/share?app_id=1&href=x",
            "https://twitter.com/intent/tweet?text=Bonjour&url=https://www.example.fr/",
            "https://x.com/intent/post?text=x",
            "https://twitter.com/share?url=x",
            "https://www.linkedin.com/shareArticle?mini=true&url=https://www.example.fr/",
            "https://www.linkedin.com/sharing/share-offsite/?url=https://www.example.fr/",
            "https://www.linkedin.com/cws/share?url=x",
            "https://www.pinterest.com/pin/create/button/?url=x",
            "https://api.whatsapp.com/send?text=Regarde%20ce%20site",
            "https://wa.me/?text=Bonjour",
            "https://t.me/share/url?url=https://www.example.fr/",
            // videos and embeds
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/abc123",
            "https://www.youtube.com/playlist?list=PL123",
            "https://player.vimeo.com/video/123456789",
            "https://vimeo.com/123456789",
            "https://vimeo.com/boulangeriemartin/123456789",
            "https://www.tiktok.com/@boulangerie.martin/video/7234567890123456789",
            // posts
            "https://www.facebook.com/BoulangerieMartin/posts/pfbid0abc",
            "https://www.facebook.com/BoulangerieMartin/videos/123456789/",
            "https://www.facebook.com/permalink.php?story_fbid=1&id=2",
            "https://www.instagram.com/p/CxYz123AbC/",
            "https://www.instagram.com/reel/CxYz123AbC/",
            "https://x.com/boulangeriemartin/status/1712345678901234567",
            "https://twitter.com/BoulangerieMartin/statuses/1712345678901234567",
            "https://www.linkedin.com/posts/boulangerie-martin_pain-activity-7100000000000000000-abcd",
            "https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/",
            "https://www.linkedin.com/pulse/le-levain-jean-martin",
            "https://www.threads.net/@boulangerie.martin/post/CxYz123",
            "https://t.me/boulangeriemartin/42",
            // the platforms' own pages
            "https://www.facebook.com/",
            "https://www.facebook.com",
            "https://www.facebook.com/login/",
            "https://www.facebook.com/policy.php",
            "https://www.facebook.com/policies/cookies/",
            "https://www.facebook.com/help/123",
            "https://www.instagram.com/",
            "https://www.instagram.com/accounts/login/",
            "https://www.instagram.com/explore/tags/pain/",
            "https://x.com/home",
            "https://twitter.com/search?q=pain",
            "https://twitter.com/hashtag/pain",
            "https://www.linkedin.com/",
            "https://www.linkedin.com/company/",
            "https://www.linkedin.com/jobs/view/123",
            "https://www.youtube.com/",
            "https://www.youtube.com/results?search_query=pain",
            "https://github.com/",
            "https://github.com/features/actions",
            "https://github.com/pricing",
            "https://github.com/login",
            "https://github.com/vitrine-dev/vitrine",
            "https://www.pinterest.com/",
            "https://www.tiktok.com/",
            "https://www.tiktok.com/discover/pain",
            "https://www.threads.net/",
            "https://t.me/joinchat/AbCdEf",
            "https://t.me/+AbCdEf",
            "https://wa.me/",
            // plugins and tracking pixels
            "https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FBoulangerieMartin",
            "https://www.facebook.com/tr?id=123&ev=PageView&noscript=1",
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.example.fr%2F",
            "https://connect.facebook.net/fr_FR/sdk.js",
            "https://platform.twitter.com/widgets.js",
            "https://developers.facebook.com/docs/",
            // not social at all, or not a URL
            "https://www.example.fr/facebook",
            "mailto:contact@example.fr",
            "javascript:void(0)",
            "",
            "https://",
            "https://www.facebook.com/<script>alert(1)</script>",
    })
    void rejectsWhatIsNotAProfile(String url) {
        assertEquals(Optional.empty(), SocialProfiles.profileOf(url, "link"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "https://mastodon.social/@BoulangerieMartin boulangeriemartin@mastodon.social",
            "https://piaille.fr/@boulangerie_martin/ boulangerie_martin@piaille.fr",
    })
    void recognisesMastodonOnlyFromRelMe(String url, String handle) {
        assertEquals(Optional.of(new SocialLink("mastodon", url, handle, "rel-me", null)),
                SocialProfiles.profileOf(url, "rel-me"));
        assertEquals(Optional.empty(), SocialProfiles.profileOf(url, "link"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://mastodon.social/@boulangeriemartin/111222333444",
            "http://mastodon.social/@boulangeriemartin",
            "https://medium.com/@boulangeriemartin",
            "https://mastodon.social/users/boulangeriemartin",
    })
    void rejectsMastodonLookalikes(String url) {
        assertEquals(Optional.empty(), SocialProfiles.profileOf(url, "rel-me"));
    }

    @org.junit.jupiter.api.Test
    void keepsOtherPlatformsRecognisedFromRelMe() {
        assertEquals(Optional.of(new SocialLink("github", "https://github.com/vitrine-dev", "vitrine-dev", "rel-me", null)),
                SocialProfiles.profileOf("https://github.com/vitrine-dev", "rel-me"));
    }

    @org.junit.jupiter.api.Test
    void turnsATwitterSiteHandleIntoAnXProfile() {
        assertEquals(Optional.of(new SocialLink("x", "https://x.com/BoulangerieMartin", "boulangeriemartin",
                "twitter:site", null)), SocialProfiles.ofTwitterHandle(" @BoulangerieMartin ", "twitter:site"));
        assertEquals("x", SocialProfiles.ofTwitterHandle("https://twitter.com/martin", "twitter:site")
                .orElseThrow().platform());
        assertEquals(Optional.empty(), SocialProfiles.ofTwitterHandle("@", "twitter:site"));
        assertEquals(Optional.empty(), SocialProfiles.ofTwitterHandle("Boulangerie Martin", "twitter:site"));
    }

    @org.junit.jupiter.api.Test
    void boundsTheUrlItKeeps() {
        String url = "https://www.facebook.com/boulangeriemartin?" + "x".repeat(10_000);

        SocialLink link = SocialProfiles.profileOf(url, "link").orElseThrow();
        assertTrue(link.url().length() <= Limits.URL);
        assertEquals("boulangeriemartin", link.handle());
    }
}
