package dev.vitrine.extract;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Where on the page a link sits: {@code header}, {@code footer}, {@code nav}, {@code aside}
 * or {@code main}. A company links its own profiles from the header or footer of every page,
 * and mentions other people's profiles inside its articles: the region tells them apart.
 *
 * <p>Decided from the link's ancestors, nearest first: the HTML5 elements, their ARIA roles,
 * and the id or class names page builders and themes use for the same parts (a small table,
 * below). A header or footer inside an {@code <article>} or {@code <main>} is the article's
 * (its author, its sharing block), so it counts as {@code main}, as does anything inside an
 * {@code <article>}. Called only for links that are social profiles, and it climbs at most
 * {@value #MAX_ANCESTORS} levels with no regular expression: it runs on every page of large
 * crawls.
 */
final class PageRegions {
    static final String HEADER = "header";
    static final String FOOTER = "footer";
    static final String NAV = "nav";
    static final String ASIDE = "aside";
    static final String MAIN = "main";

    /** Deep enough for page builders' nesting, short enough to stay cheap on hostile pages. */
    static final int MAX_ANCESTORS = 16;
    /** Longer class or id tokens are never one of the names below: not even lower-cased. */
    private static final int MAX_TOKEN = 40;

    private static final Map<String, String> ELEMENTS = Map.of(
            "header", HEADER, "footer", FOOTER, "nav", NAV, "aside", ASIDE);

    private static final Map<String, String> ROLES = Map.of(
            "banner", HEADER, "contentinfo", FOOTER, "navigation", NAV, "complementary", ASIDE);

    /** Lower-case id and class tokens of themes and site builders (WordPress, Shopify, Elementor, Wix…). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("header", HEADER), Map.entry("site-header", HEADER), Map.entry("main-header", HEADER),
            Map.entry("global-header", HEADER), Map.entry("masthead", HEADER),
            Map.entry("site_header", HEADER), Map.entry("topbar", HEADER), Map.entry("top-bar", HEADER),
            Map.entry("shopify-section-header", HEADER), Map.entry("elementor-location-header", HEADER),
            Map.entry("footer", FOOTER), Map.entry("site-footer", FOOTER), Map.entry("main-footer", FOOTER),
            Map.entry("global-footer", FOOTER), Map.entry("page-footer", FOOTER), Map.entry("colophon", FOOTER),
            Map.entry("site_footer", FOOTER), Map.entry("footer-widgets", FOOTER),
            Map.entry("shopify-section-footer", FOOTER), Map.entry("elementor-location-footer", FOOTER),
            Map.entry("nav", NAV), Map.entry("navbar", NAV), Map.entry("navigation", NAV), Map.entry("menu", NAV),
            Map.entry("main-menu", NAV), Map.entry("main-navigation", NAV), Map.entry("site-navigation", NAV),
            Map.entry("primary-menu", NAV), Map.entry("nav-menu", NAV),
            Map.entry("sidebar", ASIDE), Map.entry("widget-area", ASIDE));

    private PageRegions() {}

    /** The region of {@code link}: never null, {@code main} when no ancestor says otherwise. */
    static String of(Element link) {
        String region = null;
        Element el = link.parent();
        for (int level = 0; el != null && level < MAX_ANCESTORS; level++, el = el.parent()) {
            String name = el.normalName();
            if (name.equals("body") || name.equals("html")) {
                break;
            }
            String role = el.hasAttr("role") ? el.attr("role").strip().toLowerCase(Locale.ROOT) : "";
            if (name.equals("article") || role.equals("article")) {
                return MAIN; // an article's header, footer or aside is still the article
            }
            if (name.equals("main") || role.equals("main")) {
                return region == null || region.equals(HEADER) || region.equals(FOOTER) ? MAIN : region;
            }
            if (region == null) {
                region = ownRegion(el, name, role);
            }
        }
        return region == null ? MAIN : region;
    }

    /** The region {@code el} itself stands for, or null. */
    private static String ownRegion(Element el, String name, String role) {
        String region = ELEMENTS.get(name);
        if (region == null && !role.isEmpty()) {
            region = ROLES.get(role);
        }
        if (region == null && el.hasAttr("id")) {
            region = named(el.attr("id"));
        }
        if (region == null && el.hasAttr("class")) {
            region = named(el.attr("class"));
        }
        return region;
    }

    /** The region of the first token of a space-separated list found in {@link #NAMES}. */
    private static String named(String tokens) {
        int n = tokens.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(tokens.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(tokens.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= MAX_TOKEN) {
                String region = NAMES.get(tokens.substring(start, i).toLowerCase(Locale.ROOT));
                if (region != null) {
                    return region;
                }
            }
        }
        return null;
    }
}
