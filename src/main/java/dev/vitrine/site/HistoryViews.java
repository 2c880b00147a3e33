package dev.vitrine.site;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.model.History.RunPoint;
import dev.vitrine.run.RunHistory;
import dev.vitrine.site.ReportModel.ElementSummary;
import dev.vitrine.site.ReportModel.Report;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history page (history.html, only when the audit has earlier runs) and the delta badge
 * of the overview: this run next to the earlier ones, what was fixed and what is new since
 * the previous run. Variables: {@code history} ({@link Page}) on the history page,
 * {@code historyBadge} ({@link Badge}, null for a first run) on the overview.
 */
final class HistoryViews {

    /** The page's id in the navigation; its file is history.html. */
    static final String PAGE = "history";
    /** The overview's variable. */
    static final String BADGE = "historyBadge";

    /**
     * The history page. Dates are written out; {@code previousDate} names the run the deltas
     * and the fixed/new lists compare with.
     */
    record Page(String previousDate, String previousRunId, Delta overall, HistoryChart.Chart chart,
                List<LegendItem> legend, List<String> columns, List<ValueRow> values, List<RunRow> runs,
                List<ElementRow> elements, List<ChangeRow> fixed, List<ChangeRow> introduced) {}

    /** A score change: "+5,5", "−2", "±0"; {@code direction} up, down or same (CSS class too). */
    record Delta(String text, String direction) {}

    /** Next to the overview's score: the change since the previous run, linking to the history page. */
    record Badge(Delta delta, String since, String href) {}

    record LegendItem(String label, String color, boolean main) {}

    /** One run in the chart's table of values: overall, then each element ("—" when not measured). */
    record ValueRow(String date, List<String> values) {}

    /** One run: {@code reportHref} relative to this page, null when it has no report; {@code current} for this run. */
    record RunRow(String date, String runId, String scoreText, String belt, String beltLabel, String reportHref,
                  boolean current) {}

    /** An element's score in the previous run and now. */
    record ElementRow(String title, String href, String before, String after, Delta delta) {}

    /** A finding fixed or new since the previous run, linking to it on its element page. */
    record ChangeRow(String title, String elementTitle, String href, String verdictBefore, String verdictBeforeLabel,
                     String verdictAfter, String verdictAfterLabel, String scoreBefore, String scoreAfter) {}

    private final Views views;
    private final Report report;
    private final History history;

    HistoryViews(Views views, Report report) {
        this.views = views;
        this.report = report;
        this.history = views.history();
    }

    /** The overview's badge, or null for a first run or when either overall score is missing. */
    Badge badge() {
        if (history.isEmpty() || history.overallDelta() == null) {
            return null;
        }
        return new Badge(delta(history.overallDelta()), since(), Views.href(PAGE));
    }

    Page page() {
        RunPoint previous = history.previous();
        List<RunPoint> points = new ArrayList<>(history.runs());
        AuditResult result = views.result();
        points.add(new RunPoint(report.runId(), RunHistory.date(result), result.overallScore(), result.belt(), elementScores(result),
                null));
        List<String> dates = points.stream().map(p -> shortDate(p.date())).toList();
        List<ElementSummary> elements = views.elements();

        List<HistoryChart.Series> series = new ArrayList<>();
        List<LegendItem> legend = new ArrayList<>();
        String overallLabel = views.labels().messages().get("history.chart.overall");
        series.add(new HistoryChart.Series("overall", overallLabel, Palette.HISTORY_OVERALL, true,
                points.stream().map(RunPoint::overall).toList()));
        legend.add(new LegendItem(overallLabel, Palette.HISTORY_OVERALL, true));
        for (int i = 0; i < elements.size(); i++) {
            ElementSummary e = elements.get(i);
            series.add(new HistoryChart.Series(e.id(), e.title(), Palette.series(i), false,
                    points.stream().map(p -> p.elements().get(e.id())).toList()));
            legend.add(new LegendItem(e.title(), Palette.series(i), false));
        }

        List<String> columns = new ArrayList<>(List.of(overallLabel));
        elements.forEach(e -> columns.add(e.title()));
        List<ValueRow> values = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            RunPoint p = points.get(i);
            boolean current = i == points.size() - 1;
            List<String> row = new ArrayList<>(List.of(views.format().score(p.overall())));
            elements.forEach(e -> row.add(views.format().score(p.elements().get(e.id()))));
            values.add(new ValueRow(dates.get(i), row));
            runs.add(new RunRow(views.format().date(p.date()), Texts.truncate(p.runId(), Texts.SHORT),
                    views.format().score(p.overall()), p.belt(), views.labels().belt(p.belt()),
                    current ? Views.href("overview") : p.reportHref(), current));
        }
        return new Page(previous == null ? "" : views.format().date(previous.date()),
                previous == null ? null : Texts.truncate(previous.runId(), Texts.SHORT),
                history.overallDelta() == null ? null : delta(history.overallDelta()),
                HistoryChart.of(dates, series), legend, columns, values, runs, elementRows(),
                changes(history.fixed()), changes(history.introduced()));
    }

    private List<ElementRow> elementRows() {
        return history.elements().stream().map(d -> new ElementRow(views.elementTitle(d.element()),
                views.element(d.element()) == null ? null : Views.elementHref(d.element()),
                views.format().score(d.before()), views.format().score(d.after()), delta(d.delta()))).toList();
    }

    private List<ChangeRow> changes(List<Change> changes) {
        return changes.stream().map(c -> {
            String before = c.verdictBefore() == null ? null : Views.verdictId(c.verdictBefore());
            String after = Views.verdictId(c.verdictAfter());
            boolean linked = c.element() != null && views.element(c.element()) != null && c.criterion() != null;
            return new ChangeRow(Texts.truncate(views.text(c.title()), Texts.LONG),
                    c.element() == null ? "" : views.elementTitle(c.element()),
                    linked ? Views.elementHref(c.element()) + "#" + Views.anchor(c.criterion()) : null,
                    before, before == null ? views.labels().messages().get("history.change.absent")
                            : views.labels().verdict(before),
                    after, views.labels().verdict(after), percent(c.scoreBefore()), percent(c.scoreAfter()));
        }).toList();
    }

    /** "depuis le 24 octobre 2026": the previous run's date. */
    private String since() {
        RunPoint previous = history.previous();
        return previous == null ? "" : views.labels().messages().get("history.since", views.format().date(previous.date()));
    }

    /** A signed delta with one decimal at most: "+5,5", "−2", "±0". */
    Delta delta(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == 0) {
            return new Delta("±0", "same");
        }
        String text = views.format().decimal(Math.abs(rounded), 1);
        return rounded > 0 ? new Delta("+" + text, "up") : new Delta("−" + text, "down");
    }

    private String percent(Double score) {
        return score == null ? Format.NONE : views.format().percent(score);
    }

    private String shortDate(Instant instant) {
        if (instant == null) {
            return Format.NONE;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(views.format().locale())
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private static Map<String, Double> elementScores(AuditResult result) {
        Map<String, Double> scores = new LinkedHashMap<>();
        result.elements().stream().filter(e -> e.element() != null && e.score() != null)
                .forEach(e -> scores.put(e.element(), e.score()));
        return scores;
    }
}
