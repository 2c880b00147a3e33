package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.Image;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What a page loads: scripts, stylesheets, iframes (where the technologies it uses show)
 * and images; the text of its JSON-LD scripts, handed to {@link JsonLdBlocks}, and the code
 * of its other inline scripts, handed to {@link TechnologyFinds}.
 */
final class ResourceFacts {
    private final JsonLdBlocks jsonLd;
    private final TechnologyFinds technologies;
    private final Capped<String> scripts = Capped.distinct(Limits.SCRIPTS);
    private final Capped<String> stylesheets = Capped.distinct(Limits.STYLESHEETS);
    private final Capped<String> iframes = Capped.distinct(Limits.IFRAMES);
    private final Capped<Image> images = Capped.list(Limits.IMAGES);

    ResourceFacts(JsonLdBlocks jsonLd, TechnologyFinds technologies) {
        this.jsonLd = jsonLd;
        this.technologies = technologies;
    }

    /** A script: its URL, its JSON-LD, or its code handed to technology detection. */
    void script(Element el) {
        if (el.hasAttr("src")) {
            scripts.add(Urls.absolute(el, "src"));
            return;
        }
        String type = el.attr("type");
        if (type.strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
            jsonLd.add(el.data());
        } else {
            technologies.inlineScript(el, type);
        }
    }

    void stylesheet(Element el) {
        stylesheets.add(Urls.absolute(el, "href"));
    }

    /** @return the iframe's absolute src, or null */
    String iframe(Element el) {
        String src = Urls.absolute(el, "src");
        iframes.add(src);
        return src;
    }

    /** alt stays null when the attribute is missing and "" when empty: accessibility checks tell them apart. */
    void image(Element el) {
        if (images.isFull()) {
            return;
        }
        String alt = el.hasAttr("alt") ? Texts.clean(el.attr("alt"), Limits.SHORT_TEXT) : null;
        images.add(new Image(imageSource(el), alt));
    }

    /** src, else the first srcset candidate, else the lazy-loading data-src; null when none. */
    private static String imageSource(Element el) {
        String src = Urls.absolute(el, "src");
        if (src != null) {
            return src;
        }
        String candidate = firstSrcsetCandidate(el.attr("srcset"));
        if (candidate != null) {
            return Urls.resolve(el.baseUri(), candidate);
        }
        return Urls.absolute(el, "data-src");
    }

    /**
     * The URL of the first candidate of a srcset: up to the first space, without a trailing
     * comma. Not split on commas first: CDN URLs carry commas ({@code w_400,h_300}).
     */
    static String firstSrcsetCandidate(String srcset) {
        String s = srcset.strip();
        int end = 0;
        while (end < s.length() && !Texts.isSpace(s.charAt(end))) {
            end++;
        }
        String url = s.substring(0, end);
        while (url.endsWith(",")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.isEmpty() ? null : Texts.cut(url, Limits.URL);
    }

    List<String> scripts() {
        return scripts.toList();
    }

    List<String> stylesheets() {
        return stylesheets.toList();
    }

    List<String> iframes() {
        return iframes.toList();
    }

    List<Image> images() {
        return images.toList();
    }
}
