package dev.vitrine.extract;

import java.util.Locale;

/**
 * Links to the company's mobile apps: App Store and Google Play URLs found in links, and the
 * smart-banner meta tags ({@code apple-itunes-app}, {@code google-play-app}) turned into the
 * store URL they stand for.
 */
final class AppLinks {

    private AppLinks() {}

    /** True for an App Store or Google Play app URL. */
    static boolean isStoreLink(String href) {
        UrlParts url = UrlParts.parse(href);
        if (url == null || !href.regionMatches(true, 0, "http", 0, 4)) {
            return false;
        }
        String host = url.host();
        if (host.equals("apps.apple.com") || host.equals("itunes.apple.com")) {
            return true;
        }
        return host.equals("play.google.com") && url.path().toLowerCase(Locale.ROOT).startsWith("/store/apps");
    }

    /** {@code app-id=123456, app-argument=…} → {@code https://apps.apple.com/app/id123456}; null without a numeric id. */
    static String ofAppleMeta(String content) {
        String id = appId(content);
        return id != null && !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9')
                ? "https://apps.apple.com/app/id" + id : null;
    }

    /** {@code app-id=com.example.app} → its Google Play URL; null without a package-like id. */
    static String ofGooglePlayMeta(String content) {
        String id = appId(content);
        return id != null && !id.isEmpty() && id.chars().allMatch(AppLinks::isPackageChar)
                ? "https://play.google.com/store/apps/details?id=" + id : null;
    }

    /** The value of {@code app-id=} in a comma-separated meta content, or null. */
    private static String appId(String content) {
        if (content == null) {
            return null;
        }
        for (String part : content.split(",", 16)) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "app-id=", 0, 7)) {
                return Texts.cut(p.substring(7).strip(), Limits.TOKEN);
            }
        }
        return null;
    }

    private static boolean isPackageChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
    }
}
