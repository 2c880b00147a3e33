package dev.vitrine.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built page facts for check tests: an HTML page answering 200 unless told otherwise. */
final class PageBuilder {

    private String url;
    private String finalUrl;
    private final List<PageFacts.Redirect> redirects = new ArrayList<>();
    private int status = 200;
    private String contentType = "text/html; charset=utf-8";
    private long bytes = 20_000;
    private long responseMillis = 120;
    private int depth = 1;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String title = "A page title of decent length";
    private String metaDescription = "A meta description that is long enough to pass the length checks easily.";
    private String canonical;
    private String metaRobots;
    private String lang = "fr";
    private String viewport = "width=device-width, initial-scale=1";
    private final List<PageFacts.Heading> headings = new ArrayList<>(List.of(new PageFacts.Heading(1, "Title")));
    private final Map<String, String> openGraph = new LinkedHashMap<>();
    private final Map<String, String> twitter = new LinkedHashMap<>();
    private final List<JsonNode> jsonLd = new ArrayList<>();
    private final List<String> jsonLdTypes = new ArrayList<>();
    private final List<String> microdataTypes = new ArrayList<>();
    private final List<PageFacts.Link> links = new ArrayList<>();
    private final List<PageFacts.Image> images = new ArrayList<>();
    private final List<PageFacts.Form> forms = new ArrayList<>();
    private final List<String> tel = new ArrayList<>();
    private final List<String> mailto = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final List<String> stylesheets = new ArrayList<>();
    private final List<String> iframes = new ArrayList<>();
    private final List<PageFacts.SocialLink> social = new ArrayList<>();
    private final List<String> appLinks = new ArrayList<>();
    private String generator;
    private String published;
    private final List<String> feeds = new ArrayList<>();
    private final List<PageFacts.Icon> icons = new ArrayList<>();
    private String manifest;
    private String themeColor;
    private final List<String> videos = new ArrayList<>();
    private int inlineMediaQueries;
    private int mediaQueries;
    private final List<PageFacts.Technology> technologies = new ArrayList<>();

    private PageBuilder(String url) {
        this.url = url;
        this.finalUrl = url;
        this.canonical = url;
    }

    static PageBuilder page(String url) {
        return new PageBuilder(url);
    }

    static PageBuilder home(String url) {
        return new PageBuilder(url).depth(0);
    }

    /** A non-HTML resource (image, stylesheet...) answering 200. */
    static PageBuilder resource(String url, String contentType) {
        PageBuilder b = new PageBuilder(url).contentType(contentType).title(null).description(null).canonical(null)
                .lang(null).viewport(null);
        b.headings.clear();
        return b;
    }

    PageBuilder finalUrl(String v) { finalUrl = v; return this; }
    PageBuilder redirect(String from, int code, String to) { redirects.add(new PageFacts.Redirect(from, code, to)); return this; }
    PageBuilder status(int v) { status = v; return this; }
    PageBuilder contentType(String v) { contentType = v; return this; }
    PageBuilder bytes(long v) { bytes = v; return this; }
    PageBuilder responseMillis(long v) { responseMillis = v; return this; }
    PageBuilder depth(int v) { depth = v; return this; }
    PageBuilder header(String name, String value) { headers.put(name, value); return this; }
    PageBuilder title(String v) { title = v; return this; }
    PageBuilder description(String v) { metaDescription = v; return this; }
    PageBuilder canonical(String v) { canonical = v; return this; }
    PageBuilder metaRobots(String v) { metaRobots = v; return this; }
    PageBuilder lang(String v) { lang = v; return this; }
    PageBuilder viewport(String v) { viewport = v; return this; }
    PageBuilder noHeadings() { headings.clear(); return this; }
    PageBuilder heading(int level, String text) { headings.add(new PageFacts.Heading(level, text)); return this; }
    PageBuilder og(String key, String value) { openGraph.put(key, value); return this; }
    PageBuilder twitter(String key, String value) { twitter.put(key, value); return this; }
    PageBuilder type(String jsonLdType) { jsonLdTypes.add(jsonLdType); return this; }
    PageBuilder microdata(String type) { microdataTypes.add(type); return this; }
    PageBuilder link(String href, String text, boolean internal) { links.add(new PageFacts.Link(href, text, null, internal)); return this; }
    PageBuilder image(String src, String alt) { images.add(new PageFacts.Image(src, alt)); return this; }
    PageBuilder form(String action, String method, FormKind kind) { forms.add(new PageFacts.Form(action, method, kind)); return this; }
    PageBuilder tel(String v) { tel.add(v); return this; }
    PageBuilder mailto(String v) { mailto.add(v); return this; }
    PageBuilder script(String v) { scripts.add(v); return this; }
    PageBuilder stylesheet(String v) { stylesheets.add(v); return this; }
    PageBuilder iframe(String v) { iframes.add(v); return this; }
    PageBuilder social(String platform, String handle, String source) {
        social.add(new PageFacts.SocialLink(platform, "https://" + platform + ".example/" + handle, handle, source,
                source.equals("link") || source.equals("rel-me") ? "footer" : null));
        return this;
    }
    PageBuilder appLink(String v) { appLinks.add(v); return this; }
    PageBuilder generator(String v) { generator = v; return this; }
    PageBuilder published(String v) { published = v; return this; }
    PageBuilder feed(String v) { feeds.add(v); return this; }
    PageBuilder icon(String rel, String href) { icons.add(new PageFacts.Icon(rel, href, null)); return this; }
    PageBuilder manifest(String v) { manifest = v; return this; }
    PageBuilder themeColor(String v) { themeColor = v; return this; }
    PageBuilder video(String v) { videos.add(v); return this; }
    PageBuilder inlineMediaQueries(int v) { inlineMediaQueries = v; return this; }
    PageBuilder mediaQueries(int v) { mediaQueries = v; return this; }
    PageBuilder technology(String id, String category) {
        technologies.add(new PageFacts.Technology(id, id, category, "test " + id));
        return this;
    }

    /** A JSON-LD object written as JSON text; its top-level @type is added to jsonLdTypes. */
    PageBuilder jsonLd(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            jsonLd.add(node);
            if (node.has("@type")) {
                jsonLdTypes.add(node.get("@type").asText());
            }
            return this;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    PageFacts build() {
        return new PageFacts(url, finalUrl, List.copyOf(redirects), status, contentType, bytes, responseMillis, depth,
                Map.copyOf(headers), title, metaDescription, canonical, metaRobots, lang, "UTF-8", viewport,
                List.copyOf(headings), 300, Map.copyOf(openGraph), Map.copyOf(twitter), List.copyOf(jsonLd),
                List.copyOf(jsonLdTypes), List.of(), List.copyOf(microdataTypes), List.of(), List.copyOf(links),
                List.copyOf(images), List.copyOf(forms), List.copyOf(tel), List.copyOf(mailto), List.copyOf(scripts),
                List.copyOf(stylesheets), List.copyOf(iframes), List.copyOf(social), List.copyOf(appLinks), generator,
                published, List.copyOf(feeds), List.copyOf(icons), manifest, themeColor, List.copyOf(videos),
                inlineMediaQueries, mediaQueries, List.copyOf(technologies), null);
    }
}
