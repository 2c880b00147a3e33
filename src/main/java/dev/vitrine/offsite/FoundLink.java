package dev.vitrine.offsite;

import java.util.Locale;

/**
 * A link to the company as found on a source page or read from an import, before the
 * aggregation judges its anchor and looks up its target's status.
 *
 * @param targetUrl null when the import does not say (Search Console "Latest links")
 * @param rel       follow, nofollow, sponsored or ugc; null when the import does not say
 * @param origin    {@code source} or {@code import:<file>}
 */
record FoundLink(String sourceUrl, String targetUrl, String anchor, String rel, String origin) {

    static final int MAX_ANCHOR = 300;
    static final int MAX_URL = 2_000;

    FoundLink {
        sourceUrl = Bounded.text(sourceUrl, MAX_URL);
        targetUrl = Bounded.text(targetUrl, MAX_URL);
        anchor = anchor == null ? "" : Bounded.text(anchor.strip().replaceAll("\\s+", " "), MAX_ANCHOR);
    }

    /** Link attributes, strongest first: several tokens keep the strongest. */
    static String rel(String relAttribute) {
        if (relAttribute == null) {
            return "follow";
        }
        String value = " " + relAttribute.toLowerCase(Locale.ROOT).replace(',', ' ') + " ";
        value = value.replaceAll("\\s+", " ");
        if (value.contains(" sponsored ")) {
            return "sponsored";
        }
        if (value.contains(" ugc ")) {
            return "ugc";
        }
        if (value.contains(" nofollow ")) {
            return "nofollow";
        }
        return "follow";
    }
}
