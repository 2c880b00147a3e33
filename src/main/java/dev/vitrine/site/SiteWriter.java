package dev.vitrine.site;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.site.ReportModel.ElementSummary;
import dev.vitrine.site.ReportModel.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rendering of a run into a folder: {@link #write} reads as the list of what the report
 * holds. Every page gets the variables {@code report}, {@code page}, {@code nav} and
 * {@code elements}, plus its own (see {@link ReportModel}).
 */
final class SiteWriter {

    private final Path runDir;
    private final Path site;
    private final Views views;
    private final Templates templates;
    private final Report report;
    private final Locale locale;
    private final Assets.Source assets;
    private final PageViews pageViews;

    SiteWriter(Path runDir, Path site, Views views, Templates templates, Report report, Assets.Source assets) {
        this.runDir = runDir;
        this.site = site;
        this.views = views;
        this.templates = templates;
        this.report = report;
        this.locale = views.format().locale();
        this.assets = assets;
        this.pageViews = new PageViews(views);
    }

    void write() throws IOException {
        Path downloads = Files.createDirectories(site.resolve(Downloads.DIR));
        PagesPass pages;
        try (Writer csv = Files.newBufferedWriter(downloads.resolve(Downloads.PAGES_CSV), StandardCharsets.UTF_8)) {
            pages = PagesPass.run(runDir.resolve(Downloads.PAGES), views,
                    (page, href) -> render("pages/page", "page", Map.of("crawled", pageViews.detail(page)), href), csv);
        }
        for (ElementSummary element : views.elements()) {
            render("pages/element", "element", Map.of("element", element,
                    "findings", views.findings(element.id(), pages::detailHref)), element.href());
        }
        HistoryViews history = new HistoryViews(views, report);
        Map<String, Object> overview = new HashMap<>(Map.of("overview", new OverviewViews(views).overview(pages.stats())));
        overview.put(HistoryViews.BADGE, history.badge()); // null for a first run
        render("pages/overview", "overview", overview, "index.html");
        render("pages/plan", "plan", Map.of("plan", new PlanViews(views).plan()), "plan.html");
        writeTable(pages.rows());
        render("pages/social", "social", Map.of("social", new SocialViews(views).social()), "social.html");
        render("pages/backlinks", "backlinks", backlinks(), "backlinks.html");
        render("pages/technologies", "technologies",
                Map.of("technologies", new TechnologyViews(views).groups()), "technologies.html");
        if (views.result().comparison() != null) {
            render("pages/comparison", ComparisonViews.PAGE,
                    Map.of("comparison", new ComparisonViews(views).comparison()), Views.href(ComparisonViews.PAGE));
        }
        if (!views.history().isEmpty()) {
            render("pages/history", HistoryViews.PAGE, Map.of("history", history.page()), Views.href(HistoryViews.PAGE));
        }
        PagesData.write(pages.rows(), pageViews, site);
        Downloads.copyRunFiles(runDir, downloads);
        Downloads.writeFindings(views, downloads.resolve(Downloads.FINDINGS_CSV));
        render("pages/downloads", "downloads", Map.of("downloads", Downloads.list(views, downloads)), "downloads.html");
        assets.copyTo(site);
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\nDisallow: /\n", StandardCharsets.UTF_8);
    }

    private void writeTable(List<PagesPass.Row> rows) {
        int count = PageViews.pageCount(rows.size());
        for (int n = 1; n <= count; n++) {
            render("pages/pages", "pages", Map.of("pagesTable", pageViews.table(rows, n)), PageViews.tableHref(n));
        }
    }

    /**
     * The backlinks of offsite.json ({@code backlinks}, null when the audit declares no source
     * and no import, or the run was made before offsite.json: then the page explains how to add
     * them), and what audit.yaml declares ({@code backlinkSources}, {@code backlinkImports}).
     */
    private Map<String, Object> backlinks() {
        AuditDefinition audit = views.result().audit();
        AuditDefinition.Backlinks b = audit == null ? null : audit.backlinks();
        Map<String, Object> variables = new HashMap<>();
        variables.put("backlinks", new BacklinkViews(views).backlinks());
        variables.put("backlinksBeforeOffsite", views.result().offsite() == null);
        variables.put("backlinkSources",
                b == null ? List.of() : b.sources().stream().map(u -> Texts.link(u.url().toString())).toList());
        variables.put("backlinkImports",
                b == null ? List.of() : b.imports().stream().map(i -> Texts.truncate(i, Texts.SHORT)).toList());
        return variables;
    }

    private void render(String template, String pageId, Map<String, Object> own, String file) {
        Map<String, Object> variables = new HashMap<>(own);
        variables.put("report", report);
        variables.put("page", pageId);
        variables.put("nav", views.nav(pageId));
        variables.put("elements", views.elements());
        templates.render(template, variables, locale, site.resolve(file));
    }
}
