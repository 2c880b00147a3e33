package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.Icon;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The {@code <link>} tags that say what a site offers besides its pages: feeds, icons and the
 * web app manifest. Every URL is absolute.
 */
final class HeadLinks {
    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json");
    private static final Set<String> ICON_RELS = Set.of(
            "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon");

    private final Capped<String> feeds = Capped.distinct(Limits.FEEDS);
    private final Capped<Icon> icons = Capped.distinct(Limits.ICONS);
    private String manifest;

    /**
     * A {@code <link>} with the given lower-case rel tokens.
     *
     * @param href its absolute href, or null
     */
    void link(Element el, List<String> rels, String href) {
        if (href == null) {
            return;
        }
        if (rels.contains("alternate") && FEED_TYPES.contains(mediaType(el.attr("type")))) {
            feeds.add(href);
        }
        if (manifest == null && rels.contains("manifest")) {
            manifest = href;
        }
        if (isIcon(rels)) {
            String sizes = Texts.clean(el.attr("sizes"), Limits.TOKEN);
            icons.add(new Icon(Texts.cleanLower(el.attr("rel"), Limits.TOKEN), href, sizes.isEmpty() ? null : sizes));
        }
    }

    private static boolean isIcon(List<String> rels) {
        for (String rel : rels) {
            if (ICON_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Application/RSS+XML; charset=utf-8} → {@code application/rss+xml}. */
    private static String mediaType(String type) {
        int semicolon = type.indexOf(';');
        return Texts.cleanLower(semicolon < 0 ? type : type.substring(0, semicolon), Limits.TOKEN);
    }

    List<String> feeds() {
        return feeds.toList();
    }

    List<Icon> icons() {
        return icons.toList();
    }

    String manifest() {
        return manifest;
    }
}
