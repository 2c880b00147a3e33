package dev.vitrine.site;

import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Comparison.Advantage;
import dev.vitrine.model.Comparison.CompanyScore;
import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.site.ReportModel.SafeLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison page (comparison.html, variable {@code comparison}): the company next to
 * its competitors. Competitor names come from audit.yaml, everything else about them from
 * their crawled sites: all of it is text for {@code th:text}, links only as {@link SafeLink}.
 */
final class ComparisonViews {

    /** The page's file, shown in the navigation only when the run has a comparison. */
    static final String PAGE = "comparison";
    static final int MAX_TECHNOLOGIES = 60;

    // ---- what the template sees

    record ComparisonPage(List<Column> columns, List<ScoreRow> scores, BarChart chart, List<AdvantageRow> theyHaveIt,
                          List<PlatformRow> social, List<TechnologiesRow> technologies, List<CrossLinkRow> crossLinks,
                          List<FailedRow> failed) {}

    /** One scored company: a column of the tables, a series of the chart. */
    record Column(String name, boolean self, SafeLink website, String beltLabel, String pagesText, String color) {}

    /**
     * One line of the score table: the overall score or an element; {@code cells} follow the
     * columns; {@code shortLabel} names its group on the chart.
     */
    record ScoreRow(String label, String shortLabel, boolean overall, List<ScoreCell> cells) {}

    /**
     * {@code score} 0..100 or null when not applicable; {@code best}: the highest of its row
     * (ties all marked), only when the row has a lower score too: a row where all are equal has no best.
     */
    record ScoreCell(Double score, String text, boolean best, boolean self) {}

    /** {@code href} points at the company's finding on its element page. */
    record AdvantageRow(String title, String elementTitle, String competitors, String companyScoreText,
                        String verdictLabel, String href) {}

    /** A major platform and, following the columns, whether each company has its own profile there. */
    record PlatformRow(String label, List<Boolean> present) {}

    record TechnologiesRow(String company, boolean self, List<String> names, int more) {}

    record CrossLinkRow(String from, String to, SafeLink source, SafeLink target, String anchor) {}

    record FailedRow(String name, SafeLink website, String error) {}

    /**
     * Scores as grouped vertical bars, one group per line of the score table, one bar per
     * company, in a {@code width}×{@link #CHART_HEIGHT} viewBox; {@code grid} holds the 0, 25,
     * 50, 75 and 100 guides from {@code plotLeft} to {@code plotRight}.
     */
    record BarChart(int width, int height, double plotLeft, double plotRight, List<GridLine> grid, List<BarGroup> groups) {}

    record GridLine(double y, double labelY, String label) {}

    record BarGroup(String label, double labelX, double labelY, List<Bar> bars) {}

    /** {@code title}: "company : score" (data-label; the table beside the chart holds the same numbers). */
    record Bar(double x, double y, double width, double height, String color, String title) {}

    // ---- chart geometry

    static final int CHART_HEIGHT = 236;
    static final double PLOT_TOP = 12;
    static final double PLOT_HEIGHT = 160;
    static final double PLOT_LEFT = 34;
    static final double GROUP_GAP = 14;
    static final double MAX_BAR = 16;
    static final double MIN_BAR = 4;

    private final Views views;

    ComparisonViews(Views views) {
        this.views = views;
    }

    ComparisonPage comparison() {
        Comparison c = views.result().comparison();
        List<CompanyScore> scored = c.companies().stream().filter(s -> s.error() == null).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            CompanyScore s = scored.get(i);
            columns.add(new Column(name(s.name()), s.self(), Texts.link(s.website()), views.labels().belt(s.belt()),
                    views.labels().messages().get("comparison.pages", views.format().integer(s.pages())),
                    Palette.series(i)));
        }
        List<ScoreRow> scores = scores(scored);
        List<CompanyScore> failed = c.companies().stream().filter(s -> s.error() != null).toList();
        return new ComparisonPage(columns, scores, chart(scores, columns), theyHaveIt(c.theyHaveIt()),
                social(scored), technologies(scored), crossLinks(c.crossLinks()),
                failed.stream().map(s -> new FailedRow(name(s.name()), Texts.link(s.website()),
                        Texts.truncate(s.error(), Texts.LONG))).toList());
    }

    /** The overall score, then each element of the company's result in checklist order. */
    private List<ScoreRow> scores(List<CompanyScore> scored) {
        List<ScoreRow> rows = new ArrayList<>();
        String overall = views.labels().messages().get("comparison.overall");
        rows.add(row(overall, overall, true, scored.stream().map(CompanyScore::overall).toList(), scored));
        for (ElementScore e : views.result().elements()) {
            String title = views.elementTitle(e.element());
            rows.add(row(title, views.labels().radar(e.element(), title), false,
                    scored.stream().map(s -> s.elements() == null ? null : s.elements().get(e.element())).toList(), scored));
        }
        return rows;
    }

    private ScoreRow row(String label, String shortLabel, boolean overall, List<Double> values, List<CompanyScore> scored) {
        List<Integer> rounded = values.stream().map(Format::rounded).filter(v -> v != null).toList();
        Integer max = rounded.stream().max(Integer::compare).orElse(null);
        Integer min = rounded.stream().min(Integer::compare).orElse(null);
        Integer best = max != null && max > min ? max : null;
        List<ScoreCell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Integer v = Format.rounded(values.get(i));
            cells.add(new ScoreCell(values.get(i), views.format().score(values.get(i)), v != null && v.equals(best),
                    scored.get(i).self()));
        }
        return new ScoreRow(label, shortLabel, overall, cells);
    }

    static BarChart chart(List<ScoreRow> rows, List<Column> columns) {
        int n = Math.max(1, columns.size());
        double bar = Math.max(MIN_BAR, Math.min(MAX_BAR, 64.0 / n));
        double group = n * bar + GROUP_GAP;
        double plotRight = PLOT_LEFT + rows.size() * group;
        List<GridLine> grid = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            double y = y(v);
            grid.add(new GridLine(y, round(y + 3), String.valueOf(v)));
        }
        List<BarGroup> groups = new ArrayList<>();
        for (int g = 0; g < rows.size(); g++) {
            ScoreRow row = rows.get(g);
            double left = PLOT_LEFT + g * group + GROUP_GAP / 2;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < row.cells().size() && i < columns.size(); i++) {
                Double score = row.cells().get(i).score();
                if (score == null) {
                    continue; // not applicable: no bar (the table says "—")
                }
                double top = y(Math.max(0, Math.min(100, score)));
                bars.add(new Bar(round(left + i * bar), top, round(bar - 1), round(PLOT_TOP + PLOT_HEIGHT - top),
                        columns.get(i).color(), columns.get(i).name() + " : " + row.cells().get(i).text()));
            }
            groups.add(new BarGroup(row.shortLabel(), round(left + n * bar / 2), round(PLOT_TOP + PLOT_HEIGHT + 12), bars));
        }
        return new BarChart((int) Math.ceil(plotRight + 8), CHART_HEIGHT, PLOT_LEFT, round(plotRight), grid, groups);
    }

    private static double y(double score) {
        return round(PLOT_TOP + PLOT_HEIGHT * (1 - score / 100));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private List<AdvantageRow> theyHaveIt(List<Advantage> advantages) {
        List<AdvantageRow> rows = new ArrayList<>();
        for (Advantage a : advantages) {
            boolean hasPage = views.element(a.element()) != null;
            rows.add(new AdvantageRow(Texts.truncate(views.text(a.title()), Texts.LONG), views.elementTitle(a.element()),
                    views.labels().list(a.competitors().stream().map(ComparisonViews::name).toList()),
                    a.companyScore() == null ? Format.NONE : views.format().percent(a.companyScore()),
                    views.labels().verdict(a.companyScore() != null && a.companyScore() > 0 ? "partial" : "fail"),
                    hasPage ? Views.elementHref(a.element()) + "#" + Views.anchor(a.criterion()) : null));
        }
        return rows;
    }

    private List<PlatformRow> social(List<CompanyScore> scored) {
        List<PlatformRow> rows = new ArrayList<>();
        for (String platform : SocialViews.MAJOR) {
            rows.add(new PlatformRow(views.labels().platform(platform),
                    scored.stream().map(s -> s.social() != null && s.social().contains(platform)).toList()));
        }
        return rows;
    }

    private static List<TechnologiesRow> technologies(List<CompanyScore> scored) {
        List<TechnologiesRow> rows = new ArrayList<>();
        for (CompanyScore s : scored) {
            List<String> names = s.technologies() == null ? List.of() : s.technologies();
            rows.add(new TechnologiesRow(name(s.name()), s.self(), names.stream().limit(MAX_TECHNOLOGIES)
                    .map(t -> Texts.truncate(t, Texts.SHORT)).toList(), Math.max(0, names.size() - MAX_TECHNOLOGIES)));
        }
        return rows;
    }

    private static List<CrossLinkRow> crossLinks(List<CrossLink> links) {
        return links.stream().map(l -> new CrossLinkRow(name(l.from()), name(l.to()), Texts.link(l.sourceUrl()),
                Texts.link(l.targetUrl()), Texts.truncate(Texts.orEmpty(l.anchor()), Texts.SHORT))).toList();
    }

    private static String name(String name) {
        return Texts.truncate(Texts.orEmpty(name), Texts.SHORT);
    }
}
