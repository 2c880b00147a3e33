package dev.vitrine.extract;

import static dev.vitrine.extract.SocialProfiles.handle;
import static dev.vitrine.extract.SocialProfiles.keepCase;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The platforms {@link SocialProfiles} knows: the domains each answers on, the first path
 * segments that are the platform's own pages rather than a profile (share, login, help…),
 * and the shape of a profile path. Adding a platform is adding a row.
 */
final class SocialPlatforms {

    /** How a profile URL of one platform reads: the normalised handle, or null when the URL is not a profile. */
    @FunctionalInterface
    interface HandleRule {
        String handleOf(UrlParts url, Set<String> reserved);
    }

    /**
     * @param domains    registrable hosts; the mobile and locale subdomains of {@code SocialProfiles} are accepted too
     * @param subdomains further subdomains that serve profiles on this platform
     * @param reserved   lower-case first path segments that are never a profile
     */
    record Platform(String id, List<String> domains, Set<String> subdomains, Set<String> reserved, HandleRule rule) {}

    static final List<Platform> ALL = List.of(
            new Platform("facebook", List.of("facebook.com", "fb.com", "fb.me"), Set.of(), words(
                    "sharer sharer.php share share.php dialog login login.php logout.php policy policy.php policies privacy help "
                    + "legal terms plugins tr l.php home.php watch reel reels stories story.php permalink.php photo "
                    + "photo.php photos video.php videos events groups hashtag search settings notifications "
                    + "marketplace gaming business ads messages friends signup r.php recover checkpoint cookies "
                    + "careers fundraisers donate index.php about v2.0 connect"), SocialPlatforms::facebook),
            new Platform("instagram", List.of("instagram.com", "instagr.am"), Set.of(), words(
                    "p reel reels tv stories explore accounts about developer legal direct web emails challenge "
                    + "privacy terms press api oauth embed.js static"), SocialPlatforms::instagram),
            new Platform("linkedin", List.of("linkedin.com"), Set.of(), Set.of(), SocialPlatforms::linkedin),
            new Platform("x", List.of("twitter.com", "x.com"), Set.of(), words(
                    "intent share home search hashtag i explore settings login logout signup messages notifications "
                    + "compose tos privacy en fr about download account oauth widgets widgets.js statuses jobs rules"),
                    SocialPlatforms::x),
            new Platform("youtube", List.of("youtube.com"), Set.of(), words(
                    "embed watch results playlist shorts live v e feed redirect signin logout account premium kids "
                    + "gaming music t about howyoutubeworks creators ads yt s attribution_link subscription_center "
                    + "supported_browsers upload hashtag post source clip watch_videos iframe_api player_api oembed "
                    + "new movies store channel user c"), SocialPlatforms::youtube),
            new Platform("tiktok", List.of("tiktok.com"), Set.of(), Set.of(), SocialPlatforms::tiktok),
            new Platform("pinterest", List.of("pinterest.com", "pinterest.fr", "pinterest.de", "pinterest.co.uk",
                    "pinterest.ca", "pinterest.es", "pinterest.it", "pinterest.ch", "pinterest.at", "pinterest.pt",
                    "pinterest.ie", "pinterest.se", "pinterest.dk", "pinterest.nz", "pinterest.jp", "pinterest.cl",
                    "pinterest.com.au", "pinterest.com.mx"), Set.of(), words(
                    "pin search ideas today explore categories business _ login logout about settings oembed.json "
                    + "resource source topics videos discover help offsite signup password edit news_hub pin-builder"),
                    SocialPlatforms::firstSegment),
            new Platform("threads", List.of("threads.net", "threads.com"), Set.of(), Set.of(), SocialPlatforms::threads),
            new Platform("github", List.of("github.com"), Set.of(), words(
                    "features pricing login logout join signup about enterprise topics collections trending explore "
                    + "marketplace sponsors orgs settings notifications search site security contact customer-stories "
                    + "readme team apps new organizations codespaces issues pulls dashboard events blog home solutions "
                    + "resources sitemap nonprofit education mobile git-guides open-source premium-support stars "
                    + "watching account password_reset session sessions"), SocialPlatforms::github),
            new Platform("vimeo", List.of("vimeo.com"), Set.of(), words(
                    "channels groups album ondemand showcase categories watch search join log_in login upload features "
                    + "blog help about jobs manage settings stock create enterprise solutions pricing live event "
                    + "events video"), SocialPlatforms::vimeo),
            new Platform("whatsapp", List.of("wa.me", "whatsapp.com"), Set.of("api"), Set.of(), SocialPlatforms::whatsapp),
            new Platform("telegram", List.of("t.me", "telegram.me"), Set.of(), words(
                    "share joinchat addstickers addemoji proxy socks setlanguage login c iv addtheme confirmphone "
                    + "invoice"), SocialPlatforms::telegram));

    private SocialPlatforms() {}

    private static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.split(" "));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Pinterest and the like: the first segment is the user, whatever follows (a board) belongs to it. */
    private static String firstSegment(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        return seg.isEmpty() || reserved.contains(lower(seg.get(0))) ? null : handle(seg.get(0));
    }

    /** Sub-pages of a Facebook page that are one item (a post, a photo), not the page. */
    private static final Set<String> FACEBOOK_ITEMS = Set.of("posts", "videos", "photos", "photo", "reel", "reels",
            "permalink.php", "story.php", "activity");

    private static String facebook(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (seg.isEmpty()) {
            return null;
        }
        String first = lower(seg.get(0));
        switch (first) {
            case "profile.php":
                return digits(url.queryParam("id"));
            case "pages":
            case "people":
                return seg.size() >= 3 ? digits(seg.get(2)) : null; // /pages/<Name>/<id>: the id is what lasts
            case "pg":
                return seg.size() >= 2 ? handle(seg.get(1)) : null;
            default:
                break;
        }
        if (reserved.contains(first) || (seg.size() >= 3 && FACEBOOK_ITEMS.contains(lower(seg.get(1))))) {
            return null;
        }
        return handle(seg.get(0));
    }

    private static String instagram(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (seg.size() >= 2 && seg.get(0).equals("_u")) {
            return handle(seg.get(1)); // the app deep-link form of a profile
        }
        return firstSegment(url, reserved);
    }

    private static final Set<String> LINKEDIN_KINDS = Set.of("company", "in", "school", "showcase");

    /** Only the profile kinds are profiles; posts, feed, pulse, share and jobs are everything else. */
    private static String linkedin(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (seg.size() < 2 || !LINKEDIN_KINDS.contains(lower(seg.get(0)))) {
            return null;
        }
        String name = handle(seg.get(1));
        return name == null ? null : lower(seg.get(0)) + "/" + name;
    }

    private static String x(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (seg.isEmpty() && url.fragment() != null && url.fragment().startsWith("!/")) {
            // Old "twitter.com/#!/name" links, still in many footers.
            seg = new UrlParts(url.scheme(), url.host(), -1, url.fragment().substring(1), null, null).segments();
        }
        if (seg.isEmpty() || reserved.contains(lower(seg.get(0)))) {
            return null;
        }
        if (seg.size() >= 2 && (lower(seg.get(1)).equals("status") || lower(seg.get(1)).equals("statuses"))) {
            return null;
        }
        String name = handle(seg.get(0));
        return name != null && SocialProfiles.isHandle(name, "_") ? name : null;
    }

    private static String youtube(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (seg.isEmpty()) {
            return null;
        }
        String first = seg.get(0);
        if (startsWithAt(first)) {
            return handle(first);
        }
        String kind = lower(first);
        if (seg.size() >= 2 && kind.equals("channel")) {
            String id = keepCase(seg.get(1));
            return id == null ? null : "channel/" + id;
        }
        if (seg.size() >= 2 && (kind.equals("user") || kind.equals("c"))) {
            String name = handle(seg.get(1));
            return name == null ? null : kind + "/" + name;
        }
        // youtube.com/<name> is the legacy custom URL, the same as /c/<name>.
        String name = reserved.contains(kind) ? null : handle(first);
        return name == null ? null : "c/" + name;
    }

    /** {@code /@user} profiles; {@code /@user/video/…} is a video. */
    private static String tiktok(UrlParts url, Set<String> reserved) {
        return atUser(url, "video", "photo");
    }

    private static String threads(UrlParts url, Set<String> reserved) {
        return atUser(url, "post");
    }

    private static String atUser(UrlParts url, String... itemKinds) {
        List<String> seg = url.segments();
        if (seg.isEmpty() || !startsWithAt(seg.get(0)) || handle(seg.get(0)) == null) {
            return null;
        }
        if (seg.size() >= 2 && List.of(itemKinds).contains(lower(seg.get(1)))) {
            return null;
        }
        return handle(seg.get(0));
    }

    /** A user or organisation is one segment; {@code github.com/<owner>/<repo>} is a repository, not a profile. */
    private static String github(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        return seg.size() == 1 ? firstSegment(url, reserved) : null;
    }

    /** All-digit paths are videos ({@code vimeo.com/123456}), anywhere in the path. */
    private static String vimeo(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        for (String s : seg) {
            if (digits(s) != null) {
                return null;
            }
        }
        return firstSegment(url, reserved);
    }

    /** {@code wa.me/<number>}, {@code api.whatsapp.com/send?phone=<number>}, {@code whatsapp.com/channel/<id>}. */
    private static String whatsapp(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (url.host().equals("wa.me")) {
            return seg.isEmpty() ? null : phone(seg.get(seg.size() == 2 && seg.get(0).equals("c") ? 1 : 0));
        }
        if (seg.size() == 1 && lower(seg.get(0)).equals("send")) {
            String phone = url.queryParam("phone");
            return phone == null ? null : phone(phone);
        }
        if (seg.size() >= 2 && lower(seg.get(0)).equals("channel")) {
            String id = keepCase(seg.get(1));
            return id == null ? null : "channel/" + id;
        }
        return null;
    }

    /** {@code t.me/<name>} and the channel preview {@code t.me/s/<name>}; {@code t.me/<name>/<n>} is a post. */
    private static String telegram(UrlParts url, Set<String> reserved) {
        List<String> seg = url.segments();
        if (!seg.isEmpty() && seg.get(0).equals("s")) {
            seg = seg.subList(1, seg.size());
        }
        if (seg.size() != 1 || seg.get(0).startsWith("+") || reserved.contains(lower(seg.get(0)))) {
            return null;
        }
        String name = handle(seg.get(0));
        return name != null && name.length() >= 3 && SocialProfiles.isHandle(name, "_") ? name : null;
    }

    /** {@code @name}, also written {@code %40name} by sites that percent-encode their links. */
    private static boolean startsWithAt(String segment) {
        return segment.startsWith("@") || segment.regionMatches(true, 0, "%40", 0, 3);
    }

    /** A phone number in digits (spaces, dots, dashes, brackets and a leading + dropped), or null. */
    private static String phone(String raw) {
        StringBuilder digits = new StringBuilder();
        for (char c : Urls.percentDecode(raw).toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" +-.()".indexOf(c) < 0) {
                return null;
            }
        }
        return digits.length() >= 6 && digits.length() <= 15 ? digits.toString() : null;
    }

    /** {@code s} when it is all ASCII digits, else null. */
    private static String digits(String s) {
        if (s == null || s.isEmpty() || s.length() > 30) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s;
    }
}
