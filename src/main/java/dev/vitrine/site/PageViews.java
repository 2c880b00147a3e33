package dev.vitrine.site;

import dev.vitrine.model.PageFacts;
import dev.vitrine.site.ReportModel.KeyFigure;
import dev.vitrine.site.ReportModel.PageDetail;
import dev.vitrine.site.ReportModel.PageRow;
import dev.vitrine.site.ReportModel.PagesTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The crawled-pages table, page by page, and the detail page of one crawled URL. */
final class PageViews {

    /** Rows per page of the table: pages.html, pages-2.html… */
    static final int ROWS_PER_PAGE = 200;
    static final int MAX_HEADINGS = 60;
    static final int MAX_NAMES = 20;

    private final Views views;

    PageViews(Views views) {
        this.views = views;
    }

    static int pageCount(int rows) {
        return Math.max(1, (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** The file of page {@code n} (1-based) of the table. */
    static String tableHref(int n) {
        return n == 1 ? "pages.html" : "pages-" + n + ".html";
    }

    /** Page {@code n} (1-based) of the table over {@code rows}. */
    PagesTable table(List<PagesPass.Row> rows, int n) {
        int count = pageCount(rows.size());
        List<String> hrefs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            hrefs.add(tableHref(i));
        }
        int from = Math.min(rows.size(), (n - 1) * ROWS_PER_PAGE);
        int to = Math.min(rows.size(), from + ROWS_PER_PAGE);
        List<PageRow> shown = rows.subList(from, to).stream().map(this::row).toList();
        return new PagesTable(shown, n, count, n > 1 ? tableHref(n - 1) : null, n < count ? tableHref(n + 1) : null,
                rows.size(), hrefs);
    }

    PageRow row(PagesPass.Row r) {
        Format f = views.format();
        return new PageRow(r.url(), r.path(), r.status(), Texts.orEmpty(r.title()), depth(r.depth()), r.words(),
                f.size(r.bytes()), f.time(r.millis()), r.issues(), r.detailHref(), r.contentType());
    }

    /** A depth as shown: a number, or "orphan (sitemap)" for pages no link leads to (depth -1). */
    String depth(int depth) {
        return depth < 0 ? views.labels().messages().get("pages.depth.orphan") : views.format().integer(depth);
    }

    PageDetail detail(PageFacts p) {
        Format f = views.format();
        String finalUrl = p.finalUrl() == null || p.finalUrl().equals(p.url()) ? null : Texts.truncate(p.finalUrl(), Texts.LONG);
        List<String> headings = p.headings() == null ? List.of() : p.headings().stream().limit(MAX_HEADINGS)
                .map(h -> "H" + h.level() + " · " + Texts.truncate(h.text(), Texts.SHORT)).toList();
        return new PageDetail(Texts.truncate(p.url(), Texts.LONG), Texts.link(p.url()), p.status(), finalUrl,
                Texts.truncate(p.title(), Texts.LONG), Texts.truncate(p.metaDescription(), Texts.LONG),
                Texts.truncate(p.canonical(), Texts.LONG), Texts.truncate(p.lang(), 40), depth(p.depth()),
                f.size(p.bytes()), f.time(p.responseMillis()), headings, facts(p), findingRefs(p));
    }

    // Evidence may name the page by the URL asked for or by the one that answered.
    private List<ReportModel.FindingRef> findingRefs(PageFacts p) {
        List<ReportModel.FindingRef> refs = new ArrayList<>(views.findingRefs(p.url()));
        if (p.finalUrl() != null && !p.finalUrl().equals(p.url())) {
            views.findingRefs(p.finalUrl()).stream().filter(r -> !refs.contains(r)).forEach(refs::add);
        }
        return refs;
    }

    private List<KeyFigure> facts(PageFacts p) {
        Messages m = views.labels().messages();
        Format f = views.format();
        List<KeyFigure> facts = new ArrayList<>();
        add(facts, m, "fact.contentType", PagesPass.mediaType(p.contentType()));
        if (p.redirects() != null && !p.redirects().isEmpty()) {
            add(facts, m, "fact.redirects", f.integer(p.redirects().size()));
        }
        if (p.isHtml()) {
            add(facts, m, "fact.words", f.integer(p.wordCount()));
            if (p.images() != null) {
                add(facts, m, "fact.images", f.integer(p.images().size()));
                add(facts, m, "fact.imagesWithoutAlt", f.integer(p.images().stream().filter(i -> i.alt() == null).count()));
            }
            if (p.links() != null) {
                long internal = p.links().stream().filter(PageFacts.Link::internal).count();
                add(facts, m, "fact.internalLinks", f.integer(internal));
                add(facts, m, "fact.externalLinks", f.integer(p.links().size() - internal));
            }
            if (p.forms() != null && !p.forms().isEmpty()) {
                Set<String> kinds = new LinkedHashSet<>();
                p.forms().stream().map(PageFacts.Form::kind).filter(Objects::nonNull).forEach(k -> {
                    String label = m.getOrNull("form.kind." + k.id());
                    kinds.add(label != null ? label : k.id());
                });
                add(facts, m, "fact.forms", f.integer(p.forms().size())
                        + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")"));
            }
            addCount(facts, m, f, "fact.phoneLinks", p.tel());
            addCount(facts, m, f, "fact.emailLinks", p.mailto());
            addCount(facts, m, f, "fact.scripts", p.scripts());
            addCount(facts, m, f, "fact.stylesheets", p.stylesheets());
            List<String> types = new ArrayList<>();
            if (p.jsonLdTypes() != null) {
                types.addAll(p.jsonLdTypes());
            }
            if (p.microdataTypes() != null) {
                types.addAll(p.microdataTypes());
            }
            add(facts, m, "fact.structuredData", names(new ArrayList<>(new LinkedHashSet<>(types))));
            add(facts, m, "fact.metaRobots", p.metaRobots());
            add(facts, m, "fact.viewport", p.viewport());
            addCount(facts, m, f, "fact.hreflang", p.hreflang());
            addCount(facts, m, f, "fact.socialLinks", p.social());
            if (p.technologies() != null) {
                add(facts, m, "fact.technologies", names(p.technologies().stream().map(PageFacts.Technology::name)
                        .distinct().toList()));
            }
            add(facts, m, "fact.generator", p.generator());
            add(facts, m, "fact.published", p.published());
        }
        add(facts, m, "fact.error", p.error());
        return facts;
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", names.stream().limit(MAX_NAMES).map(n -> Texts.truncate(n, 80)).toList());
        return names.size() > MAX_NAMES ? joined + ", …" : joined;
    }

    private static void addCount(List<KeyFigure> facts, Messages m, Format f, String key, List<?> list) {
        if (list != null && !list.isEmpty()) {
            add(facts, m, key, f.integer(list.size()));
        }
    }

    private static void add(List<KeyFigure> facts, Messages m, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new KeyFigure(m.get(key), Texts.truncate(value, Texts.LONG)));
        }
    }
}
