package dev.vitrine.extract;

import dev.vitrine.model.SiteScope;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a page's DOM, handing each element to the collector that wants it and
 * counting the words of the body text on the way. One walk instead of a selector per field:
 * on the crawl's hot path each selector would be a full traversal of its own.
 *
 * <p>A collector that fails on one element costs that element only: the failure is recorded
 * in {@link Problems} and the walk goes on. One instance per page, never shared.
 */
final class PageScan implements NodeVisitor {
    final Problems problems = new Problems();
    final SocialLinks social = new SocialLinks();
    final Capped<String> appLinks = Capped.distinct(Limits.APP_LINKS);
    final JsonLdBlocks jsonLd = new JsonLdBlocks();
    final HeadFacts head = new HeadFacts(social, appLinks);
    final HeadLinks headLinks = new HeadLinks();
    final LinkFacts links;
    final TechnologyFinds technologies;
    final ResourceFacts resources;
    final ContentFacts content;
    final MediaFacts media = new MediaFacts();
    final PublicationDates published = new PublicationDates();
    /** The {@code <link href>} URLs, for technology detection once the walk is done. */
    final Capped<String> linkHrefs = Capped.distinct(Limits.TECHNOLOGY_LINKS);
    private final WordCounter words = new WordCounter();

    private int bodyDepth;
    /** Inside script, style, noscript or template: text there is not read by visitors. */
    private int hiddenDepth;
    private int articleDepth;
    private int videoDepth;

    /**
     * @param pageUrl  the page's final URL without fragment
     * @param document the page, root of the walk (marker selectors are evaluated against it)
     */
    PageScan(SiteScope scope, String pageUrl, TechnologyDetector detector, Document document) {
        this.links = new LinkFacts(scope, pageUrl, social, appLinks);
        this.content = new ContentFacts(pageUrl);
        this.technologies = detector.newPage(document);
        this.resources = new ResourceFacts(jsonLd, technologies);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (bodyDepth > 0 && hiddenDepth == 0) {
                words.feed(text.getWholeText());
            }
        } else if (node instanceof Element el) {
            track(el, 1);
            try {
                element(el);
            } catch (RuntimeException e) {
                problems.add("<" + Texts.cut(el.normalName(), Limits.TOKEN) + ">", e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el) {
            track(el, -1);
        }
    }

    int wordCount() {
        return words.count();
    }

    private void track(Element el, int step) {
        switch (el.normalName()) {
            case "body" -> bodyDepth += step;
            case "script", "style", "noscript", "template" -> hiddenDepth += step;
            case "article" -> articleDepth += step;
            case "video" -> videoDepth += step;
            default -> { }
        }
        if (Texts.separatesWords(el)) {
            words.boundary();
        }
    }

    private void element(Element el) {
        String name = el.normalName();
        switch (name) {
            case "html" -> head.html(el);
            case "title" -> head.title(el);
            case "meta" -> {
                head.meta(el);
                published.meta(el);
            }
            case "link" -> link(el);
            case "a", "area" -> {
                if (el.hasAttr("href")) {
                    links.anchor(el, rels(el));
                }
            }
            case "img" -> resources.image(el);
            case "script" -> resources.script(el);
            case "iframe" -> media.frame(el, el.hasAttr("src") ? resources.iframe(el) : null);
            case "embed" -> media.frame(el, Urls.absolute(el, "src"));
            case "video" -> media.video(el);
            case "source" -> {
                if (videoDepth > 0) {
                    media.video(el);
                }
            }
            case "style" -> media.style(el);
            case "time" -> published.time(el, articleDepth > 0);
            case "form" -> content.form(el);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> content.heading(el, name.charAt(1) - '0');
            default -> { }
        }
        if (el.hasAttr("itemtype")) {
            content.microdata(el);
        }
        technologies.element(el);
    }

    private void link(Element el) {
        if (!el.hasAttr("href")) {
            return;
        }
        List<String> rels = rels(el);
        head.link(el, rels);
        String href = Urls.absolute(el, "href");
        headLinks.link(el, rels, href);
        linkHrefs.add(href);
        if (rels.contains("stylesheet")) {
            resources.stylesheet(el);
        }
        if (rels.contains("me")) {
            social.add(SocialProfiles.profileOf(Urls.absolute(el, "href"), "rel-me"));
        }
    }

    /** The rel attribute's tokens, lower-case: {@code rel="Me noopener"} → [me, noopener]. */
    static List<String> rels(Element el) {
        String rel = Texts.cleanLower(el.attr("rel"), Limits.TOKEN);
        return rel.isEmpty() ? List.of() : List.of(rel.split(" "));
    }
}
