package dev.vitrine.extract;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;

/**
 * The extract stage's front door: the facts of one crawled HTML page, from the document the
 * crawler already parsed (one parse per page).
 *
 * <p>Called from every crawler thread at once: an instance holds only its immutable scope,
 * and each call works on its own {@link PageScan}. It never throws on what a page contains:
 * a field that cannot be read is recorded in {@code error} (JSON-LD in {@code jsonLdErrors})
 * and the other fields are still filled. Everything taken from the page is bounded by
 * {@link Limits}.
 *
 * <p>Field semantics worth knowing when reading {@code pages.jsonl}:
 * <ul>
 *   <li>{@code openGraph} and {@code twitter} keep the full keys ({@code og:title},
 *       {@code twitter:card}), lower-case, first value of a repeated key, in page order.
 *   <li>{@code links[].text} is "" when the link has no text, image alt, aria-label or title.
 *   <li>{@code images[].src} is null when the image has no src, srcset or data-src.
 *   <li>{@code social} lists links found in anchors and {@code <link rel=me>} in page order,
 *       then {@code twitter:site}/{@code twitter:creator} as met, then JSON-LD {@code sameAs};
 *       one entry per profile, source and {@code region} (where the anchor sits:
 *       {@link PageRegions}; null for what is not shown on the page).
 *   <li>{@code published} is the newest machine-readable publication date the page declares,
 *       as {@code yyyy-MM-dd} ({@link PublicationDates}).
 *   <li>{@code technologies} follow the order of technologies.yaml, one entry per technology,
 *       with the most telling evidence found ({@link TechnologyFinds}).
 *   <li>{@code mediaQueries} is left 0 here: the crawler counts them in the CSS files it fetches.
 * </ul>
 */
public final class PageExtractor {
    private final SiteScope scope;
    private final TechnologyDetector technologies;

    /**
     * @param scope the audited site's hosts: decides {@code links[].internal}
     * @throws IllegalStateException when the bundled technologies.yaml is broken (a build
     *         error: the message names the technology and the field)
     */
    public PageExtractor(SiteScope scope) {
        this(scope, TechnologyDetector.builtIn());
    }

    PageExtractor(SiteScope scope, TechnologyDetector technologies) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.technologies = Objects.requireNonNull(technologies, "technologies");
    }

    /**
     * The facts of {@code fetched}, read from {@code document} (parsed by jsoup with
     * {@code baseUri = fetched.finalUrl()}).
     */
    public PageFacts extract(FetchedPage fetched, Document document) {
        if (document == null) {
            return PageFacts.ofResource(fetched, "no HTML document to read");
        }
        try {
            PageScan scan = new PageScan(scope, pageUrl(fetched, document), technologies, document);
            NodeTraversor.traverse(scan, document);
            for (String url : scan.jsonLd.sameAs()) {
                scan.social.add(SocialProfiles.profileOf(url, "json-ld"));
            }
            for (String date : scan.jsonLd.datesPublished()) {
                scan.published.candidate(date);
            }
            detectTechnologies(fetched, scan);
            return facts(fetched, document, scan);
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort: the per-element guards in PageScan should make this unreachable,
            // but a page must never stop the crawl. A stack overflow here means a document
            // nested deeper than any real page, so it is reported like any other failure.
            return PageFacts.ofResource(fetched, Texts.cut("page could not be read: " + e, Limits.ERROR));
        }
    }

    private static String pageUrl(FetchedPage fetched, Document document) {
        String url = fetched.finalUrl() != null ? fetched.finalUrl()
                : fetched.url() != null ? fetched.url() : document.location();
        return Urls.withoutFragment(url);
    }

    /**
     * Matches what the walk gathered; markers and inline scripts were matched during the walk.
     * A failure here costs the technologies not yet matched, recorded like an element's.
     */
    private static void detectTechnologies(FetchedPage fetched, PageScan scan) {
        TechnologyFinds found = scan.technologies;
        try {
            scan.head.generators().forEach(found::generator);
            scan.resources.scripts().forEach(found::script);
            scan.linkHrefs.toList().forEach(found::link);
            for (PageFacts.Link link : scan.links.links()) {
                if (!link.internal()) { // a tool is on another site: the site's own pages are most links
                    found.link(link.href());
                }
            }
            found.headers(fetched.headers());
        } catch (RuntimeException e) {
            scan.problems.add("technologies", e);
        }
    }

    private static PageFacts facts(FetchedPage f, Document document, PageScan scan) {
        HeadFacts head = scan.head;
        return new PageFacts(f.url(), f.finalUrl(), f.redirects(), f.status(), f.contentType(), f.bytes(),
                f.responseMillis(), f.depth(), f.headers(),
                head.title(), head.description(), head.canonical(), head.robots(), head.lang(),
                charset(f, document, head), head.viewport(),
                scan.content.headings(), scan.wordCount(), head.openGraph(), head.twitter(),
                scan.jsonLd.nodes(), scan.jsonLd.types(), scan.jsonLd.errors(), scan.content.microdataTypes(),
                head.hreflang(), scan.links.links(), scan.resources.images(), scan.content.forms(),
                scan.links.tel(), scan.links.mailto(), scan.resources.scripts(), scan.resources.stylesheets(),
                scan.resources.iframes(), scan.social.toList(), scan.appLinks.toList(),
                head.generator(), scan.published.newest(), scan.headLinks.feeds(), scan.headLinks.icons(),
                scan.headLinks.manifest(), head.themeColor(), scan.media.videos(), scan.media.inlineMediaQueries(),
                0, // mediaQueries: counted by the crawler in the CSS files it fetches
                scan.technologies.toList(), scan.problems.summary());
    }

    /** What the server said, else what the page declares, else what jsoup decoded with. */
    private static String charset(FetchedPage fetched, Document document, HeadFacts head) {
        if (fetched.charset() != null && !fetched.charset().isBlank()) {
            return fetched.charset();
        }
        if (head.metaCharset() != null && !head.metaCharset().isEmpty()) {
            return head.metaCharset();
        }
        return document.charset().name();
    }
}
