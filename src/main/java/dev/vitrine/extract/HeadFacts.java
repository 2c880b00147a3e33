package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.Hreflang;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about itself: title, meta tags, canonical, hreflang alternates. When a tag
 * is repeated the first one counts, as search engines read it; Open Graph and Twitter keys
 * keep their first value too ({@code og:image} repeated gives the main image).
 */
final class HeadFacts {
    private final SocialLinks social;
    private final Capped<String> appLinks;

    private String title;
    private String description;
    private String canonical;
    private String robots;
    private String lang;
    private String viewport;
    private String metaCharset;
    private String themeColor;
    private final Capped<String> generators = Capped.distinct(Limits.GENERATORS);
    private final Map<String, String> openGraph = new LinkedHashMap<>();
    private final Map<String, String> twitter = new LinkedHashMap<>();
    private final Capped<Hreflang> hreflang = Capped.list(Limits.HREFLANG);

    HeadFacts(SocialLinks social, Capped<String> appLinks) {
        this.social = social;
        this.appLinks = appLinks;
    }

    void html(Element el) {
        if (lang == null && el.hasAttr("lang")) {
            lang = Texts.clean(el.attr("lang"), Limits.TOKEN);
        }
    }

    /** The document's title; an SVG icon's {@code <title>} is not one. */
    void title(Element el) {
        if (title == null && Parser.NamespaceHtml.equals(el.tag().namespace())) {
            title = Texts.of(el, Limits.TEXT);
        }
    }

    void meta(Element el) {
        String name = el.attr("name").strip().toLowerCase(Locale.ROOT);
        String property = el.attr("property").strip().toLowerCase(Locale.ROOT);
        String content = el.attr("content");
        if (metaCharset == null && el.hasAttr("charset")) {
            metaCharset = Texts.clean(el.attr("charset"), Limits.TOKEN);
        } else if (metaCharset == null && el.attr("http-equiv").strip().equalsIgnoreCase("content-type")) {
            metaCharset = charsetParameter(content);
        }
        if (property.startsWith("og:")) {
            put(openGraph, property, content);
        }
        // Twitter documents name=, but property= is common and read by X as well.
        String twitterKey = name.startsWith("twitter:") ? name : property.startsWith("twitter:") ? property : null;
        if (twitterKey != null) {
            put(twitter, twitterKey, content);
            if (twitterKey.equals("twitter:site") || twitterKey.equals("twitter:creator")) {
                social.add(SocialProfiles.ofTwitterHandle(content, "twitter:site"));
            }
        }
        named(name, content);
    }

    private void named(String name, String content) {
        switch (name) {
            case "description" -> description = description != null ? description : Texts.clean(content, Limits.TEXT);
            case "robots" -> robots = robots != null ? robots : Texts.cleanLower(content, Limits.SHORT_TEXT);
            case "viewport" -> viewport = viewport != null ? viewport : Texts.clean(content, Limits.SHORT_TEXT);
            case "apple-itunes-app" -> appLinks.add(AppLinks.ofAppleMeta(content));
            case "google-play-app" -> appLinks.add(AppLinks.ofGooglePlayMeta(content));
            case "generator" -> generators.add(nonEmpty(Texts.clean(content, Limits.SHORT_TEXT)));
            case "theme-color" -> themeColor = themeColor != null ? themeColor : nonEmpty(Texts.clean(content, Limits.TOKEN));
            default -> { }
        }
    }

    /** A {@code <link>} with the given lower-case rel tokens. */
    void link(Element el, List<String> rels) {
        if (canonical == null && rels.contains("canonical")) {
            canonical = Urls.absolute(el, "href");
        }
        if (rels.contains("alternate") && el.hasAttr("hreflang")) {
            String href = Urls.absolute(el, "href");
            if (href != null) {
                hreflang.add(new Hreflang(Texts.clean(el.attr("hreflang"), Limits.TOKEN), href));
            }
        }
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String canonical() {
        return canonical;
    }

    String robots() {
        return robots;
    }

    String lang() {
        return lang;
    }

    String viewport() {
        return viewport;
    }

    /** The first non-empty {@code <meta name=generator>}, or null. */
    String generator() {
        return generators.size() == 0 ? null : generators.toList().get(0);
    }

    /** Every distinct non-empty generator, in page order (WordPress, then WooCommerce, Elementor…). */
    List<String> generators() {
        return generators.toList();
    }

    /** The first non-empty {@code <meta name=theme-color>}, or null. */
    String themeColor() {
        return themeColor;
    }

    /** From {@code <meta charset>} or {@code <meta http-equiv=content-type>}; null when neither says. */
    String metaCharset() {
        return metaCharset;
    }

    Map<String, String> openGraph() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(openGraph));
    }

    Map<String, String> twitter() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(twitter));
    }

    List<Hreflang> hreflang() {
        return hreflang.toList();
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (map.size() < Limits.META_ENTRIES) {
            map.putIfAbsent(Texts.cut(key, Limits.TOKEN), Texts.clean(value, Limits.META_VALUE));
        }
    }

    /** {@code text/html; charset="iso-8859-1"} → {@code iso-8859-1}; null without a charset parameter. */
    static String charsetParameter(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String value = contentType.substring(at + "charset=".length());
        int end = UrlParts.indexOfAny(value, "; \t", 0);
        String charset = value.substring(0, end).replace("\"", "").replace("'", "").strip();
        return charset.isEmpty() ? null : Texts.cut(charset, Limits.TOKEN);
    }
}
