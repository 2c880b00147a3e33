package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.SocialLink;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises links to social PROFILES (a company's page, account or channel), as opposed to
 * share buttons, embedded videos, single posts and the platforms' own help or login pages,
 * which sites link to just as often. Pure functions; which platforms and paths count is the
 * data table in {@link SocialPlatforms}.
 *
 * <p>Handles are normalised so the same profile linked in different ways compares equal:
 * lower-case (except channel ids, where case matters), without a leading {@code @}, without
 * query, fragment, trailing slash or mobile/locale subdomain. Shapes per platform:
 * {@code facebook} page name or numeric id; {@code linkedin} {@code company/x}, {@code in/x},
 * {@code school/x}, {@code showcase/x}; {@code youtube} {@code name} for {@code /@name},
 * {@code channel/UC…}, {@code user/name}, {@code c/name}; {@code whatsapp} the phone number in
 * digits or {@code channel/<id>}; {@code mastodon} {@code user@instance}; others the user name.
 */
final class SocialProfiles {

    /** Subdomains any platform may be reached on: mobile sites and language versions. */
    private static final Set<String> COMMON_SUBDOMAINS = Set.of("www", "m", "mobile", "web", "touch", "mbasic");

    /** Hosts that use {@code /@user} paths but are not Mastodon instances. */
    private static final Set<String> NOT_MASTODON = Set.of("medium.com", "substack.com", "vk.com", "flickr.com");

    private static final Map<String, SocialPlatforms.Platform> BY_DOMAIN = byDomain();

    private SocialProfiles() {}

    private static Map<String, SocialPlatforms.Platform> byDomain() {
        Map<String, SocialPlatforms.Platform> map = new HashMap<>();
        for (SocialPlatforms.Platform platform : SocialPlatforms.ALL) {
            for (String domain : platform.domains()) {
                map.put(domain, platform);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * The profile {@code url} points to, or empty when it is not a profile link. {@code source}
     * says where the URL was found ({@code link}, {@code rel-me}, {@code json-ld},
     * {@code twitter:site}); Mastodon profiles, which can live on any host, are recognised
     * only from {@code rel-me}. The region is left null: {@link SocialLinks#addVisible} sets it
     * for a link of the page's body. Never throws.
     */
    static Optional<SocialLink> profileOf(String url, String source) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String kept = Texts.cut(url.strip(), Limits.URL);
            UrlParts parts = UrlParts.parse(kept);
            if (parts == null) {
                return Optional.empty();
            }
            SocialPlatforms.Platform platform = platformOf(parts.host());
            if (platform != null) {
                String handle = platform.rule().handleOf(parts, platform.reserved());
                return handle == null ? Optional.empty()
                        : Optional.of(new SocialLink(platform.id(), kept, handle, source, null));
            }
            String mastodon = "rel-me".equals(source) ? mastodonHandle(parts) : null;
            return mastodon == null ? Optional.empty()
                    : Optional.of(new SocialLink("mastodon", kept, mastodon, source, null));
        } catch (RuntimeException e) {
            return Optional.empty(); // a URL shape no rule expected is simply not a profile
        }
    }

    /** The X profile of a {@code twitter:site} / {@code twitter:creator} value: {@code @handle} or a URL. */
    static Optional<SocialLink> ofTwitterHandle(String value, String source) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.contains("/")) {
            return profileOf(v, source);
        }
        String name = v.startsWith("@") ? v.substring(1) : v;
        return isHandle(name, "_") ? profileOf("https://x.com/" + name, source) : Optional.empty();
    }

    static SocialPlatforms.Platform platformOf(String host) {
        SocialPlatforms.Platform platform = BY_DOMAIN.get(host);
        if (platform != null) {
            return platform;
        }
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        platform = BY_DOMAIN.get(host.substring(dot + 1));
        String sub = host.substring(0, dot);
        boolean allowed = platform != null
                && (COMMON_SUBDOMAINS.contains(sub) || platform.subdomains().contains(sub) || isLocale(sub));
        return allowed ? platform : null;
    }

    /** {@code fr}, {@code fr-fr}, {@code pt_br}: the language versions platforms serve. */
    private static boolean isLocale(String sub) {
        int n = sub.length();
        boolean pair = n == 5 && (sub.charAt(2) == '-' || sub.charAt(2) == '_');
        return (n == 2 || pair) && isAsciiLetters(sub.substring(0, 2)) && (n == 2 || isAsciiLetters(sub.substring(3)));
    }

    /**
     * {@code https://<instance>/@user}, exactly: a longer path is a post. Called only for hosts
     * that are none of the known platforms (TikTok and Threads also use {@code /@user}).
     */
    private static String mastodonHandle(UrlParts url) {
        if (!url.scheme().equals("https") || NOT_MASTODON.contains(url.host()) || url.host().endsWith(".medium.com")) {
            return null;
        }
        List<String> segments = url.segments();
        if (segments.size() != 1 || !segments.get(0).startsWith("@")) {
            return null;
        }
        String user = segments.get(0).substring(1).toLowerCase(Locale.ROOT);
        return isHandle(user, "_") ? user + "@" + url.host() : null;
    }

    /**
     * A handle from a path segment: percent-decoded, without leading {@code @}, lower-case;
     * null when it holds characters no platform allows in a name (a sign of a path that is
     * not a profile).
     */
    static String handle(String segment) {
        String h = keepCase(segment);
        return h == null ? null : h.toLowerCase(Locale.ROOT);
    }

    /** Like {@link #handle} for ids where case matters (YouTube channel ids). */
    static String keepCase(String segment) {
        String h = Urls.percentDecode(segment).strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        return isHandle(h, "._-") ? h : null;
    }

    /** 1 to 100 letters, digits or the given punctuation. */
    static boolean isHandle(String s, String punctuation) {
        if (s.isEmpty() || s.length() > 100) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
