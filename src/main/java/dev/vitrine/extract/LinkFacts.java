package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.Link;
import dev.vitrine.model.SiteScope;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The {@code <a href>} and {@code <area href>} of a page: outgoing links, phone numbers,
 * e-mail addresses, and (from the same hrefs) social profiles and app-store links. Every link
 * is kept, duplicates included, up to the cap: how often a page links somewhere is a fact.
 */
final class LinkFacts {
    private final SiteScope scope;
    private final String pageUrl;
    private final SocialLinks social;
    private final Capped<String> appLinks;

    private final Capped<Link> links = Capped.list(Limits.LINKS);
    private final Capped<String> tel = Capped.distinct(Limits.PHONES);
    private final Capped<String> mailto = Capped.distinct(Limits.EMAILS);

    /** @param pageUrl the page's final URL without fragment, to recognise same-page anchors */
    LinkFacts(SiteScope scope, String pageUrl, SocialLinks social, Capped<String> appLinks) {
        this.scope = scope;
        this.pageUrl = pageUrl;
        this.social = social;
        this.appLinks = appLinks;
    }

    void anchor(Element el, List<String> rels) {
        String raw = el.attr("href").strip();
        if (startsWithIgnoreCase(raw, "tel:")) {
            addPhone(raw.substring(4));
        } else if (startsWithIgnoreCase(raw, "mailto:")) {
            addEmails(raw.substring(7));
        } else if (!raw.startsWith("#")) {
            String href = target(el, raw);
            if (href != null) {
                addLink(el, href, rels);
            }
        }
    }

    /** The absolute URL without fragment; the raw value if jsoup cannot resolve it; null for a same-page anchor. */
    private String target(Element el, String raw) {
        String abs = Urls.absUrl(el, "href", raw);
        if (abs.isEmpty()) {
            return Texts.cut(raw, Limits.URL);
        }
        String href = Urls.withoutFragment(abs);
        boolean samePageAnchor = href.length() < abs.length() && href.equals(pageUrl);
        return samePageAnchor ? null : Texts.cut(href, Limits.URL);
    }

    private void addLink(Element el, String href, List<String> rels) {
        if (!links.isFull()) {
            String rel = el.hasAttr("rel") ? Texts.cleanLower(el.attr("rel"), Limits.TOKEN) : null;
            links.add(new Link(href, text(el), rel == null || rel.isEmpty() ? null : rel, Urls.isInternal(scope, href)));
        }
        social.addVisible(SocialProfiles.profileOf(href, rels.contains("me") ? "rel-me" : "link"), el);
        if (AppLinks.isStoreLink(href)) {
            appLinks.add(href);
        }
    }

    /**
     * What the link says: its text, else the alt of an image in it, else its aria-label or
     * title. An {@code <area>} has no content: its alt is its text.
     */
    private static String text(Element el) {
        if (el.nameIs("area")) {
            return firstNonEmpty(el.attr("alt"), el.attr("aria-label"), el.attr("title"));
        }
        String text = Texts.of(el, Limits.SHORT_TEXT);
        if (!text.isEmpty()) {
            return text;
        }
        Element img = el.selectFirst("img[alt]");
        return firstNonEmpty(img == null ? "" : img.attr("alt"), el.attr("aria-label"), el.attr("title"));
    }

    private static String firstNonEmpty(String... candidates) {
        for (String candidate : candidates) {
            String text = Texts.clean(candidate, Limits.SHORT_TEXT);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private void addPhone(String number) {
        String value = Texts.clean(Urls.percentDecode(Texts.cut(number, Limits.URL)), Limits.TOKEN);
        if (!value.isEmpty()) {
            tel.add(value);
        }
    }

    /** {@code a@x.fr,b@x.fr?subject=…}: the addresses, without the query. */
    private void addEmails(String addresses) {
        int query = addresses.indexOf('?');
        String list = Urls.percentDecode(Texts.cut(query < 0 ? addresses : addresses.substring(0, query), Limits.URL));
        for (String address : list.split(",", 16)) {
            String value = Texts.clean(address, Limits.SHORT_TEXT).toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                mailto.add(value);
            }
        }
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    List<Link> links() {
        return links.toList();
    }

    List<String> tel() {
        return tel.toList();
    }

    List<String> mailto() {
        return mailto.toList();
    }
}
