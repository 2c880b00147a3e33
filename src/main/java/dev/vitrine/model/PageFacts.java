package dev.vitrine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What the crawl saw of one fetched URL: one line of {@code pages.jsonl}.
 *
 * <p>The field names are a documented contract (README, "pages.jsonl"): users read this
 * file with their own tools and later stages read it back. Add fields, never rename them.
 * Everything here comes from the audited site and is untrusted: strings and lists are
 * bounded by the extractor, and the report escapes them.
 *
 * <p>For a URL that is not an HTML page (an image, a 404, a fetch error) only the fetch
 * fields are set; the HTML fields are null or empty.
 */
public record PageFacts(
        String url,
        String finalUrl,
        List<Redirect> redirects,
        int status,
        String contentType,
        long bytes,
        long responseMillis,
        int depth,
        Map<String, String> headers,
        String title,
        String metaDescription,
        String canonical,
        String metaRobots,
        String lang,
        String charset,
        String viewport,
        List<Heading> headings,
        int wordCount,
        Map<String, String> openGraph,
        Map<String, String> twitter,
        List<JsonNode> jsonLd,
        List<String> jsonLdTypes,
        List<String> jsonLdErrors,
        List<String> microdataTypes,
        List<Hreflang> hreflang,
        List<Link> links,
        List<Image> images,
        List<Form> forms,
        List<String> tel,
        List<String> mailto,
        List<String> scripts,
        List<String> stylesheets,
        List<String> iframes,
        List<SocialLink> social,
        List<String> appLinks,
        String generator,
        String published,
        List<String> feeds,
        List<Icon> icons,
        String manifest,
        String themeColor,
        List<String> videos,
        int inlineMediaQueries,
        int mediaQueries,
        List<Technology> technologies,
        String error) {

    /** One hop of a redirect chain: {@code url} answered {@code status} with {@code location}. */
    public record Redirect(String url, int status, String location) {}

    public record Heading(int level, String text) {}

    public record Hreflang(String lang, String href) {}

    /** An {@code <a href>}: href is absolute (resolved against the page), rel is lower-case or null. */
    public record Link(String href, String text, String rel, boolean internal) {}

    /** An {@code <img>}: alt is null when the attribute is missing, "" when it is empty. */
    public record Image(String src, String alt) {}

    /** A form and the kind guessed from its fields and wording. */
    public record Form(String action, String method, FormKind kind) {}

    /**
     * A link to a social profile. {@code source} says where it was found: {@code link},
     * {@code rel-me}, {@code json-ld} (sameAs) or {@code twitter:site}. {@code region} says
     * where a visible link sits on the page: {@code header}, {@code footer}, {@code nav},
     * {@code aside} or {@code main}; null for what visitors do not see (JSON-LD,
     * {@code twitter:site}, {@code <link rel=me>} in the head). It tells the company's own
     * profiles (header, footer) from profiles merely mentioned in an article.
     */
    public record SocialLink(String platform, String url, String handle, String source, String region) {}

    /** A {@code <link rel=icon|apple-touch-icon|...>} of the page's head. */
    public record Icon(String rel, String href, String sizes) {}

    /**
     * A tool the page shows signs of (technologies.yaml), with what gave it away: for
     * example {@code script https://www.googletagmanager.com/gtm.js?id=GTM-XXXX}.
     */
    public record Technology(String id, String name, String category, String evidence) {}

    /** Facts of a URL that was fetched but is not an HTML page, or could not be fetched. */
    public static PageFacts ofResource(FetchedPage fetched, String error) {
        return new PageFacts(fetched.url(), fetched.finalUrl(), fetched.redirects(), fetched.status(),
                fetched.contentType(), fetched.bytes(), fetched.responseMillis(), fetched.depth(),
                fetched.headers(), null, null, null, null, null, fetched.charset(), null,
                List.of(), 0, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), List.of(), null, null, List.of(), 0, 0, List.of(), error);
    }

    /** The same facts with {@code error} set (a truncated body, a failed extraction). */
    public PageFacts withError(String message) {
        return new PageFacts(url, finalUrl, redirects, status, contentType, bytes, responseMillis, depth, headers,
                title, metaDescription, canonical, metaRobots, lang, charset, viewport, headings, wordCount,
                openGraph, twitter, jsonLd, jsonLdTypes, jsonLdErrors, microdataTypes, hreflang, links, images,
                forms, tel, mailto, scripts, stylesheets, iframes, social, appLinks, generator, published, feeds, icons,
                manifest, themeColor, videos, inlineMediaQueries, mediaQueries, technologies, message);
    }

    /** The same facts with the number of {@code @media} rules of a stylesheet. */
    public PageFacts withMediaQueries(int count) {
        return new PageFacts(url, finalUrl, redirects, status, contentType, bytes, responseMillis, depth, headers,
                title, metaDescription, canonical, metaRobots, lang, charset, viewport, headings, wordCount,
                openGraph, twitter, jsonLd, jsonLdTypes, jsonLdErrors, microdataTypes, hreflang, links, images,
                forms, tel, mailto, scripts, stylesheets, iframes, social, appLinks, generator, published, feeds, icons,
                manifest, themeColor, videos, inlineMediaQueries, count, technologies, error);
    }

    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    }
}
