package dev.vitrine.extract;

import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Video on the page and the responsive rules of its inline styles.
 *
 * <p>Videos are {@code <video src>}, the {@code <source src>} of a video, and the iframes and
 * embeds of the video players small businesses use (YouTube, Vimeo, Dailymotion, Wistia,
 * Vidyard, Loom). A lazy-loaded iframe counts by its {@code data-src}. A link to a video or a
 * channel is not video on the page.
 */
final class MediaFacts {
    private static final List<String> PLAYER_NAMES = List.of(
            "youtube", "vimeo", "dailymotion", "wistia", "vidyard", "loom");

    private final Capped<String> videos = Capped.distinct(Limits.VIDEOS);
    private int mediaQueries;

    /** A {@code <video>}, or a {@code <source>} inside one. */
    void video(Element el) {
        videos.add(Urls.absolute(el, "src"));
    }

    /** An {@code <iframe>} or {@code <embed>} and its absolute src: kept when it is a video player. */
    void frame(Element el, String absoluteSrc) {
        String src = absoluteSrc;
        if (src == null || src.startsWith("about:")) {
            src = Urls.absolute(el, "data-src");
        }
        if (src == null) {
            src = Urls.absolute(el, "data-lazy-src");
        }
        if (isVideoPlayer(src)) {
            videos.add(src);
        }
    }

    /** True for the URL of an embedded player: youtube.com/embed, player.vimeo.com, wistia… */
    static boolean isVideoPlayer(String url) {
        if (url == null || !mentionsAPlayer(url)) {
            return false;
        }
        UrlParts u = UrlParts.parse(url);
        if (u == null || !url.regionMatches(true, 0, "http", 0, 4)) {
            return false;
        }
        String host = u.host().startsWith("www.") ? u.host().substring(4) : u.host();
        String path = u.path();
        return switch (host) {
            case "youtube.com", "m.youtube.com", "youtube-nocookie.com" -> path.startsWith("/embed/");
            case "player.vimeo.com" -> path.startsWith("/video/");
            case "dailymotion.com" -> path.startsWith("/embed/");
            case "geo.dailymotion.com" -> path.startsWith("/player");
            case "loom.com" -> path.startsWith("/embed/");
            default -> isUnder(host, "wistia.com") || isUnder(host, "wistia.net") || isUnder(host, "vidyard.com");
        };
    }

    /** A cheap first look: most iframes (maps, forms, ads) name no video host at all. */
    private static boolean mentionsAPlayer(String url) {
        String lower = hasUpperCase(url) ? url.toLowerCase(java.util.Locale.ROOT) : url;
        for (String name : PLAYER_NAMES) {
            if (lower.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnder(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /** A {@code <style>}: its {@code @media} rules outside comments are counted. */
    void style(Element el) {
        for (Node child : el.childNodes()) {
            if (mediaQueries >= Limits.MEDIA_QUERIES) {
                return;
            }
            // An HTML <style> holds data; a <style> inside <svg> may be parsed as text.
            String css = child instanceof DataNode data ? data.getWholeData()
                    : child instanceof TextNode text ? text.getWholeText() : null;
            if (css != null) {
                mediaQueries = Math.min(Limits.MEDIA_QUERIES, mediaQueries + countMediaRules(css));
            }
        }
    }

    /** Occurrences of {@code @media} (any case) outside {@code /* *}{@code /} comments. */
    static int countMediaRules(String css) {
        int count = 0;
        int n = css.length();
        int i = 0;
        while (i < n && count < Limits.MEDIA_QUERIES) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    break;
                }
                i = end + 2;
            } else if (c == '@' && css.regionMatches(true, i + 1, "media", 0, 5)) {
                count++;
                i += 6;
            } else {
                i++;
            }
        }
        return count;
    }

    List<String> videos() {
        return videos.toList();
    }

    int inlineMediaQueries() {
        return mediaQueries;
    }
}
