package dev.vitrine.site;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.History;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Verdict;
import dev.vitrine.site.ReportModel.ElementSummary;
import dev.vitrine.site.ReportModel.EvidenceItem;
import dev.vitrine.site.ReportModel.FindingRef;
import dev.vitrine.site.ReportModel.FindingView;
import dev.vitrine.site.ReportModel.NavItem;
import dev.vitrine.site.ReportModel.Report;
import dev.vitrine.site.ReportModel.VerdictCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of the report every page shares (the report header, navigation, elements) and
 * the findings, built once from result.json in the report's language.
 */
final class Views {

    /** The pages of the navigation, in order; element pages come from the elements list. */
    static final List<String> NAV = List.of("overview", "plan", "pages", "social", "backlinks", "technologies",
            ComparisonViews.PAGE, HistoryViews.PAGE, "downloads");

    private final AuditResult result;
    private final String language;
    private final Labels labels;
    private final Format format;
    private final History history;
    private final List<ElementSummary> elements;
    /** Findings naming each URL in their evidence, with the value judged there. */
    private final Map<String, List<Cited>> citations = new HashMap<>();

    private record Cited(Finding finding, String value) {}

    Views(AuditResult result, String language, Labels labels, Format format) {
        this(result, language, labels, format, History.NONE);
    }

    /** With the audit's earlier runs: the history page is in the navigation only when there are some. */
    Views(AuditResult result, String language, Labels labels, Format format, History history) {
        this.result = result;
        this.language = language;
        this.labels = labels;
        this.format = format;
        this.history = history;
        this.elements = buildElements();
        for (Finding f : result.findings()) {
            for (Example e : examples(f)) {
                if (e.url() != null) {
                    List<Cited> list = citations.computeIfAbsent(e.url(), k -> new ArrayList<>());
                    if (list.stream().noneMatch(c -> c.finding() == f)) {
                        list.add(new Cited(f, e.value()));
                    }
                }
            }
        }
    }

    AuditResult result() {
        return result;
    }

    String language() {
        return language;
    }

    Labels labels() {
        return labels;
    }

    Format format() {
        return format;
    }

    History history() {
        return history;
    }

    String text(LocalizedText text) {
        return text == null ? "" : Texts.orEmpty(text.in(language));
    }

    // ---- shared by every page

    Report report(String runId, String version, Instant generatedAt) {
        var audit = result.audit();
        String website = audit == null || audit.website() == null ? "" : audit.website().toString();
        Instant runAt = result.crawl() != null && result.crawl().startedAt() != null
                ? result.crawl().startedAt() : result.scoredAt();
        Integer overall = Format.rounded(result.overallScore());
        return new Report(Texts.truncate(audit == null ? "" : Texts.orEmpty(audit.company()), Texts.SHORT),
                Texts.truncate(website, Texts.SHORT), Texts.link(website), runId, format.date(runAt), language,
                overall, format.score(result.overallScore()), result.belt(), labels.belt(result.belt()),
                Palette.belt(result.belt()), version, format.dateTime(generatedAt));
    }

    List<NavItem> nav(String active) {
        return NAV.stream().filter(id -> !HistoryViews.PAGE.equals(id) || !history.isEmpty())
                .filter(id -> !ComparisonViews.PAGE.equals(id) || result.comparison() != null)
                .map(id -> new NavItem(id, labels.nav(id), href(id), id.equals(active))).toList();
    }

    /** The file of a page of the navigation. */
    static String href(String pageId) {
        return "overview".equals(pageId) ? "index.html" : pageId + ".html";
    }

    static String elementHref(String elementId) {
        return "element-" + Texts.slug(elementId) + ".html";
    }

    static String anchor(String criterion) {
        return "c-" + Texts.slug(criterion);
    }

    static String findingHref(Finding f) {
        return elementHref(f.element()) + "#" + anchor(f.criterion());
    }

    // ---- elements

    List<ElementSummary> elements() {
        return elements;
    }

    ElementSummary element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    String elementTitle(String id) {
        ElementSummary e = element(id);
        return e == null ? Texts.orEmpty(id) : e.title();
    }

    private List<ElementSummary> buildElements() {
        List<ElementSummary> list = new ArrayList<>();
        for (ElementScore e : result.elements()) {
            int[] counts = new int[4];
            for (Finding f : result.findings()) {
                if (e.element().equals(f.element())) {
                    counts[verdictIndex(f.verdict())]++;
                }
            }
            Integer score = Format.rounded(e.score());
            list.add(new ElementSummary(e.element(), text(e.title()), score, format.score(e.score()), e.weight(),
                    e.findings(), counts[0], counts[1], counts[2], counts[3], elementHref(e.element()),
                    score == null ? 0 : Math.max(0, Math.min(100, score)), Palette.score(e.score())));
        }
        return List.copyOf(list);
    }

    private static int verdictIndex(Verdict v) {
        if (v == null) {
            return 3;
        }
        return switch (v) {
            case PASS -> 0;
            case PARTIAL -> 1;
            case FAIL -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }

    VerdictCounts verdicts() {
        int[] counts = new int[4];
        result.findings().forEach(f -> counts[verdictIndex(f.verdict())]++);
        return new VerdictCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    // ---- findings

    /** The findings of one element, in checklist order, evidence linked to detail pages by {@code detailHref}. */
    List<FindingView> findings(String elementId, Function<String, String> detailHref) {
        return result.findings().stream()
                .filter(f -> elementId.equals(f.element()))
                .map(f -> finding(f, detailHref))
                .toList();
    }

    FindingView finding(Finding f, Function<String, String> detailHref) {
        String verdict = verdictId(f.verdict());
        List<EvidenceItem> evidence = new ArrayList<>();
        List<Example> examples = examples(f);
        for (Example e : examples) {
            evidence.add(new EvidenceItem(Texts.truncate(e.url(), Texts.SHORT),
                    e.url() == null ? null : detailHref.apply(e.url()), Texts.truncate(e.value(), Texts.LONG)));
        }
        int count = f.evidence() == null ? 0 : f.evidence().count();
        return new FindingView(f.criterion(), anchor(f.criterion()), verdict, labels.verdict(verdict),
                f.score() == null ? Format.NONE : format.percent(f.score()), text(f.title()), text(f.summary()),
                evidence, Math.max(0, count - examples.size()), Markdown.html(text(f.recommendation())),
                f.stage() == null ? "" : labels.stage(f.stage()), f.effort() == null ? "" : labels.effort(f.effort()),
                labels.objectives(f.objectives()), f.weight());
    }

    static String verdictId(Verdict v) {
        return v == null ? Verdict.NOT_APPLICABLE.id() : v.id();
    }

    static List<Example> examples(Finding f) {
        return f.evidence() == null || f.evidence().examples() == null ? List.of() : f.evidence().examples();
    }

    /** Every URL named in some finding's evidence: the crawled ones among them get a detail page. */
    Set<String> citedUrls() {
        return new LinkedHashSet<>(citations.keySet());
    }

    /** The findings whose evidence names {@code url}, for its detail page. */
    List<FindingRef> findingRefs(String url) {
        return citations.getOrDefault(url, List.of()).stream().map(c -> {
            String verdict = verdictId(c.finding().verdict());
            return new FindingRef(text(c.finding().title()), verdict, labels.verdict(verdict),
                    findingHref(c.finding()), Texts.truncate(c.value(), Texts.LONG));
        }).toList();
    }

    /** How many findings that did not pass name {@code url}. */
    int issues(String url) {
        return (int) citations.getOrDefault(url, List.of()).stream()
                .filter(c -> c.finding().verdict() == Verdict.FAIL || c.finding().verdict() == Verdict.PARTIAL)
                .count();
    }
}
