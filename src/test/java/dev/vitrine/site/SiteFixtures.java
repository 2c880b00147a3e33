package dev.vitrine.site;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Evidence;
import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.AuditResult.PlanItem;
import dev.vitrine.model.AuditResult.SocialProfile;
import dev.vitrine.model.AuditResult.TechnologyUse;
import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.Json;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small scored run written by hand (result.json, pages.jsonl, audit.json), and tiny
 * templates that print the view records, so the site/ tests do not depend on the real
 * templates. Public for the cli tests.
 */
public final class SiteFixtures {

    public static final String SITE = "https://www.acme.fr";
    /** A crawled title that tries to end a script and inject markup. */
    public static final String HOSTILE_TITLE = "</script><script>alert(1)</script><!--";
    public static final List<String> ELEMENTS = List.of("presence", "marketing", "sales", "customer", "security",
            "suppliers", "mobile", "efficiency", "cloud");
    public static final List<String> PAGE_TEMPLATES = List.of("overview", "element", "plan", "pages", "page",
            "social", "backlinks", "technologies", "downloads");

    private SiteFixtures() {}

    /** Writes a run of {@code extraPages} + 3 pages into {@code runDir}, in {@code language}. */
    public static Path run(Path runDir, String language, int extraPages) {
        try {
            Files.createDirectories(runDir);
            AuditResult result = result(language);
            Json.pretty().writeValue(runDir.resolve("result.json").toFile(), result);
            Json.pretty().writeValue(runDir.resolve("audit.json").toFile(), result.audit());
            try (Writer out = Files.newBufferedWriter(runDir.resolve("pages.jsonl"), StandardCharsets.UTF_8)) {
                for (PageFacts p : pages(extraPages)) {
                    out.write(Json.MAPPER.writeValueAsString(p));
                    out.write('\n');
                }
            }
            return runDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuditDefinition audit(String language) {
        return new AuditDefinition("acme", "Acme & Fils", URI.create(SITE + "/"), language,
                List.of("visibility", "leads"), List.of(), null, null);
    }

    static AuditResult result(String language) {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("home-https", "presence", "reach", 5, 0.0, Verdict.FAIL,
                new Evidence(List.of(new Example(SITE + "/", "HTTP 200")), 1),
                "### Pourquoi\n\nActivez **HTTPS**. <script>alert('md')</script>\n\n![logo](https://cdn.example/x.png)"));
        findings.add(finding("titles-present", "presence", "reach", 4, 1.0, Verdict.PASS, Evidence.NONE, "Bien."));
        findings.add(finding("images-alt", "presence", "reach", 2, 0.5, Verdict.PARTIAL,
                new Evidence(List.of(new Example(SITE + "/contact", "1 × " + HOSTILE_TITLE),
                        new Example("https://elsewhere.example/", "not crawled")), 7), "Ajoutez des textes alternatifs."));
        findings.add(finding("analytics", "marketing", "act", 4, 0.0, Verdict.FAIL, Evidence.NONE, "Installez un outil."));
        findings.add(finding("ecommerce", "sales", "convert", 3, null, Verdict.NOT_APPLICABLE, Evidence.NONE, "—"));
        findings.add(finding("directory-listings", "presence", "reach", 3, 1.0, Verdict.PASS,
                new Evidence(List.of(new Example(SITE + "/", "link: Pages Jaunes → https://www.pagesjaunes.fr/pros/1"),
                        new Example(SITE + "/", "link: Bad → javascript:alert(1)")), 2), "Bien."));
        List<ElementScore> elements = new ArrayList<>();
        double[] scores = {62.5, 20, 75, 90, 10, 45, 88, 30, 55};
        for (int i = 0; i < ELEMENTS.size(); i++) {
            String id = ELEMENTS.get(i);
            elements.add(new ElementScore(id, LocalizedText.of("Élément " + id, "Element " + id), 3,
                    id.equals("cloud") ? null : scores[i], 2, 0));
        }
        List<PlanItem> plan = List.of(
                new PlanItem(1, "home-https", "presence", 7.5, 30, "low", List.of("visibility"),
                        LocalizedText.of("Passer en HTTPS", "Move to HTTPS")),
                new PlanItem(2, "analytics", "marketing", 4.0, 60, "medium", List.of("leads", "sales"),
                        LocalizedText.of("Mesurer l'audience", "Measure the audience")));
        return new AuditResult("Vitrine", "test", Instant.parse("2026-11-23T10:20:00Z"), audit(language), null,
                findings, elements, 58.4, "orange",
                List.of(new TechnologyUse("wordpress", "WordPress", "cms", 3, "meta generator " + HOSTILE_TITLE, SITE + "/"),
                        new TechnologyUse("matomo", "Matomo", "analytics", 2, "script matomo.js", SITE + "/")),
                List.of(new SocialProfile("facebook", "acme", "https://www.facebook.com/acme", List.of("link", "json-ld"), 3),
                        new SocialProfile("x", "evil", "javascript:alert(1)", List.of("link"), 1)),
                plan, null, null);
    }

    private static Finding finding(String id, String element, String stage, int weight, Double score, Verdict verdict,
                                   Evidence evidence, String recommendation) {
        return new Finding(id, element, stage, weight, "low", List.of("visibility"), score, verdict,
                LocalizedText.of("Titre " + id, "Title " + id), LocalizedText.of("Résumé " + id, "Summary " + id),
                evidence, LocalizedText.of(recommendation, recommendation));
    }

    static List<PageFacts> pages(int extra) {
        List<PageFacts> pages = new ArrayList<>();
        pages.add(page(SITE + "/", "=HYPERLINK(\"http://evil.example/\",\"Accueil\")", 0));
        pages.add(page(SITE + "/contact", HOSTILE_TITLE, 1));
        pages.add(PageFacts.ofResource(new FetchedPage(SITE + "/logo.png", SITE + "/logo.png", List.of(), 200,
                "image/png", 2048, 12, 1, Map.of(), null), null));
        for (int i = 0; i < extra; i++) {
            pages.add(page(SITE + "/p/" + i, "Page " + i, 2));
        }
        return pages;
    }

    static PageFacts page(String url, String title, int depth) {
        PageFacts p = PageFacts.ofResource(new FetchedPage(url, url, List.of(), 200, "text/html; charset=utf-8",
                23_456, 120, depth, Map.of(), "UTF-8"), null);
        return new PageFacts(p.url(), p.finalUrl(), p.redirects(), p.status(), p.contentType(), p.bytes(),
                p.responseMillis(), p.depth(), p.headers(), title, "Description", url, null, "fr", "UTF-8",
                "width=device-width", List.of(new PageFacts.Heading(1, "Bienvenue " + HOSTILE_TITLE)), 321, Map.of(),
                Map.of(), List.of(), List.of("Organization"), List.of(), List.of(), List.of(),
                List.of(new PageFacts.Link("javascript:alert(1)", "x", null, false)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null,
                null, List.of(), 0, 0, List.of(), null);
    }

    /**
     * Writes the nine page templates as tiny pages into {@code dir}: each prints its
     * variables as text (ids for the tests) and links to the detail pages it is given.
     */
    public static Path tinyTemplates(Path dir) {
        String head = "<!DOCTYPE html><html th:lang=\"${report.language}\"><head><title th:text=\"${report.company}\">x</title></head><body>"
                + "<p id=\"company\" th:text=\"${report.company}\"></p>"
                + "<ul id=\"nav\"><li th:each=\"n : ${nav}\"><a th:href=\"${n.href}\" th:text=\"${n.label}\" th:classappend=\"${n.active} ? 'active'\"></a></li></ul>";
        String foot = "</body></html>";
        Map<String, String> bodies = Map.of(
                "overview", "<p id=\"overall\" th:text=\"${report.overallText}\"></p><p id=\"belt\" th:text=\"${report.beltLabel}\"></p>"
                        + "<p id=\"date\" th:text=\"${report.runDate}\"></p><p id=\"summary\" th:text=\"${overview.summary}\"></p>"
                        + "<p id=\"polygon\" th:text=\"${overview.radar.polygon}\"></p><p id=\"dash\" th:text=\"${overview.gauge.dash}\"></p>"
                        + "<ul id=\"race\"><li th:each=\"s : ${overview.race}\" th:text=\"${s.label} + ': ' + ${s.scoreText}\"></li></ul>"
                        + "<ul id=\"figures\"><li th:each=\"f : ${overview.keyFigures}\" th:text=\"${f.label} + ': ' + ${f.value}\"></li></ul>"
                        + "<p id=\"verdicts\" th:text=\"${overview.verdicts.passed} + '/' + ${overview.verdicts.partial} + '/' + ${overview.verdicts.failed} + '/' + ${overview.verdicts.notApplicable}\"></p>",
                "element", "<h1 th:text=\"${element.title}\"></h1><div th:each=\"f : ${findings}\" th:id=\"${f.anchor}\" th:class=\"${f.verdict}\">"
                        + "<h2 th:text=\"${f.title}\"></h2><span class=\"label\" th:text=\"${f.verdictLabel}\"></span>"
                        + "<ul><li th:each=\"e : ${f.evidence}\"><a th:if=\"${e.detailHref != null}\" th:href=\"${e.detailHref}\" th:text=\"${e.url}\"></a>"
                        + "<span th:unless=\"${e.detailHref != null}\" th:text=\"${e.url}\"></span> <span th:text=\"${e.value}\"></span></li></ul>"
                        + "<div class=\"reco\" th:utext=\"${f.recommendationHtml}\"></div></div>",
                "plan", "<section th:each=\"p : ${plan.periods}\" class=\"period\"><h2 th:text=\"${p.label}\"></h2>"
                        + "<a th:each=\"e : ${p.entries}\" th:href=\"${e.href}\" th:text=\"${e.title}\"></a></section>",
                "pages", "<p id=\"table\" th:text=\"${pagesTable.pageNumber} + '/' + ${pagesTable.pageCount} + '/' + ${pagesTable.total}\"></p>"
                        + "<table><tr th:each=\"r : ${pagesTable.rows}\"><td th:text=\"${r.url}\"></td><td th:text=\"${r.title}\"></td>"
                        + "<td><a th:if=\"${r.detailHref != null}\" th:href=\"${r.detailHref}\">detail</a></td></tr></table>"
                        + "<script src=\"data/pages.js\"></script>",
                "page", "<h1 th:text=\"${crawled.title}\"></h1><a id=\"link\" th:href=\"${crawled.link.href}\" th:text=\"${crawled.link.text}\"></a>"
                        + "<ul><li th:each=\"f : ${crawled.findings}\"><a th:href=\"${f.href}\" th:text=\"${f.title}\"></a></li></ul>",
                "social", "<ul><li th:each=\"p : ${social.profiles}\"><a th:if=\"${p.link.href != null}\" th:href=\"${p.link.href}\" th:text=\"${p.link.text}\"></a>"
                        + "<span th:unless=\"${p.link.href != null}\" class=\"unsafe\" th:text=\"${p.link.text}\"></span></li></ul>"
                        + "<ul id=\"dirs\"><li th:each=\"d : ${social.directories}\"><a th:href=\"${d.href}\" th:text=\"${d.text}\"></a></li></ul>",
                "backlinks", "<p id=\"sources\" th:text=\"${#lists.size(backlinkSources)}\"></p>",
                "technologies", "<section th:each=\"g : ${technologies}\"><h2 th:text=\"${g.label}\"></h2><p th:each=\"t : ${g.items}\" th:text=\"${t.name} + ' ' + ${t.evidence}\"></p></section>",
                "downloads", "<ul><li th:each=\"d : ${downloads}\"><a th:href=\"${d.href}\" th:text=\"${d.label}\"></a> <span th:text=\"${d.size}\"></span></li></ul>");
        try {
            Files.createDirectories(dir.resolve("pages"));
            for (String name : PAGE_TEMPLATES) {
                Files.writeString(dir.resolve("pages/" + name + ".html"), head + bodies.get(name) + foot);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- offsite.json data (social and backlinks pages): every outside string is hostile somewhere

    /** A link text from another site that tries to inject markup. */
    public static final String HOSTILE_ANCHOR = "<img src=x onerror=alert(1)>Acme";

    /** The run of {@link #run} (3 pages) with {@code offsite} in its result.json, and a same-handle finding. */
    public static Path runWithOffsite(Path runDir, String language, dev.vitrine.model.Offsite offsite) {
        Path run = run(runDir, language, 0);
        AuditResult r = result(language);
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(finding("same-handle", "presence", "reach", 1, 0.5, Verdict.PARTIAL, Evidence.NONE, "Un nom."));
        AuditResult with = new AuditResult(r.tool(), r.version(), r.scoredAt(), r.audit(), r.crawl(), findings,
                r.elements(), r.overallScore(), r.belt(), r.technologies(), r.socialProfiles(), r.plan(), offsite,
                r.comparison());
        try {
            Json.pretty().writeValue(run.resolve("result.json").toFile(), with);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    /**
     * Own profiles (verified, broken, suspect, unverifiable, one with a hostile handle and a
     * javascript: URL), a partner's mention, listings, and backlinks from a source, a lost
     * source and an import, with a broken target and a hostile anchor.
     */
    public static dev.vitrine.model.Offsite offsite(boolean verified) {
        List<dev.vitrine.model.Offsite.Profile> profiles = List.of(
                profile("facebook", "acme", "https://www.facebook.com/acme", "own", true, verified ? "ok" : null),
                profile("instagram", "acme", "https://www.instagram.com/acme/", "own", true, verified ? "unverifiable" : null),
                profile("youtube", "acme", "https://www.youtube.com/@acme", "own", false, verified ? "broken" : null),
                profile("x", HOSTILE_TITLE, "javascript:alert(1)", "own", false, verified ? "suspect" : null),
                profile("linkedin", "partner-co", "https://www.linkedin.com/company/partner-co/", "mention", false, null));
        List<dev.vitrine.model.Offsite.Directory> directories = List.of(
                new dev.vitrine.model.Offsite.Directory("pagesjaunes", "PagesJaunes " + HOSTILE_TITLE, "directory",
                        "https://www.pagesjaunes.fr/pros/1", "site", SITE + "/contact"),
                new dev.vitrine.model.Offsite.Directory("evil", "Evil", "reviews", "javascript:alert(2)", "import", null));
        List<dev.vitrine.model.Offsite.Source> sources = List.of(
                new dev.vitrine.model.Offsite.Source("https://news.example/article", 1, "linking", 200, 3, 2, null),
                new dev.vitrine.model.Offsite.Source("https://partner.example/", 0, "lost", 200, 1, 0, null),
                new dev.vitrine.model.Offsite.Source("https://gone.example/", 0, "unreachable", 404, 0, 0,
                        "HTTP 404 " + HOSTILE_TITLE));
        List<dev.vitrine.model.Offsite.ImportFile> imports = List.of(
                new dev.vitrine.model.Offsite.ImportFile("links-" + HOSTILE_TITLE + ".csv", "plain", 12, 10, null),
                new dev.vitrine.model.Offsite.ImportFile("broken.csv", null, 0, 0, "unknown columns"));
        List<dev.vitrine.model.Offsite.Backlink> links = List.of(
                new dev.vitrine.model.Offsite.Backlink("https://news.example/article", "news.example", SITE + "/",
                        HOSTILE_ANCHOR, "brand", "follow", 200, "source"),
                new dev.vitrine.model.Offsite.Backlink("https://blog.example/post", "blog.example", SITE + "/old",
                        "cliquez ici", "generic", "nofollow", 404, "import:links.csv"),
                new dev.vitrine.model.Offsite.Backlink("javascript:alert(3)", "evil.example", SITE + "/", "x", "url",
                        "ugc", 0, "import:links.csv"));
        dev.vitrine.model.Offsite.Summary summary = new dev.vitrine.model.Offsite.Summary(3,
                List.of(new dev.vitrine.model.Offsite.Domain("news.example", 2, 2, List.of("source")),
                        new dev.vitrine.model.Offsite.Domain("blog.example", 1, 0, List.of("import:links.csv")),
                        new dev.vitrine.model.Offsite.Domain(HOSTILE_TITLE, 1, 0, List.of("import:links.csv"))),
                4, 2, Map.of("brand", 2, "generic", 1, "url", 1),
                List.of(new dev.vitrine.model.Offsite.BrokenTarget(SITE + "/old", 404, 1,
                        List.of("https://blog.example/post", "javascript:alert(4)"))), 3, 1);
        return new dev.vitrine.model.Offsite(Instant.parse("2026-11-23T10:10:00Z"), verified, profiles, directories,
                new dev.vitrine.model.Offsite.Backlinks(sources, imports, links, 3, summary));
    }

    private static dev.vitrine.model.Offsite.Profile profile(String platform, String handle, String url, String role,
                                                             boolean onHome, String status) {
        return new dev.vitrine.model.Offsite.Profile(platform, handle, url, role,
                "own".equals(role) ? List.of("footer", "json-ld") : List.of("content"), 2, onHome, SITE + "/blog",
                status == null ? null : new dev.vitrine.model.Offsite.Verification(status,
                        "ok".equals(status) ? 200 : "broken".equals(status) ? 404 : 999,
                        "suspect".equals(status) ? "https://x.com/login" : url, "Title " + HOSTILE_TITLE,
                        "status " + status + " " + HOSTILE_TITLE));
    }
}
