package dev.vitrine.site;

import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.AuditResult.PlanItem;
import dev.vitrine.model.Verdict;
import dev.vitrine.site.ReportModel.ElementSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The overview's few sentences on strengths and weaknesses, written from the findings with
 * the sentence patterns of the message bundle ({@code summary.*}): the overall level, the
 * best elements, the weakest ones, the first action of the plan. Also the two short lists
 * (strengths, weaknesses) shown beside it.
 */
final class Summary {

    /** An element is a strength from this score, a weakness below {@link #WEAK_BELOW}. */
    static final int STRONG_FROM = 70;
    static final int WEAK_BELOW = 50;
    static final int ELEMENTS_NAMED = 2;
    static final int HIGH_WEIGHT = 4;
    static final int CRITERIA_LISTED = 3;

    record Text(String paragraph, List<String> strengths, List<String> weaknesses) {}

    private Summary() {}

    static Text of(Views views) {
        Labels labels = views.labels();
        Messages m = labels.messages();
        var result = views.result();
        String company = views.result().audit() == null ? "" : Texts.orEmpty(result.audit().company());
        List<ElementSummary> scored = views.elements().stream().filter(e -> e.score() != null).toList();
        if (result.overallScore() == null || scored.isEmpty()) {
            return new Text(m.get("summary.none", company), List.of(), List.of());
        }
        List<ElementSummary> best = scored.stream()
                .sorted(Comparator.comparing(ElementSummary::score).reversed()
                        .thenComparing(Comparator.comparingInt(ElementSummary::weight).reversed()))
                .filter(e -> e.score() >= STRONG_FROM).limit(ELEMENTS_NAMED).toList();
        List<ElementSummary> worst = scored.stream()
                .sorted(Comparator.comparing(ElementSummary::score)
                        .thenComparing(Comparator.comparingInt(ElementSummary::weight).reversed()))
                .filter(e -> e.score() < WEAK_BELOW).limit(ELEMENTS_NAMED).toList();

        List<String> sentences = new ArrayList<>();
        sentences.add(m.get("summary.overall", company, views.format().score(result.overallScore()),
                labels.belt(result.belt())));
        if (!best.isEmpty()) {
            sentences.add(m.get(best.size() == 1 ? "summary.strengths.one" : "summary.strengths.many",
                    labels.list(best.stream().map(e -> item(m, e)).toList())));
        }
        if (!worst.isEmpty()) {
            sentences.add(m.get(worst.size() == 1 ? "summary.weaknesses.one" : "summary.weaknesses.many",
                    labels.list(worst.stream().map(e -> item(m, e)).toList())));
        }
        if (best.isEmpty() && worst.isEmpty()) {
            sentences.add(m.get("summary.even"));
        }
        List<PlanItem> plan = result.plan();
        if (!plan.isEmpty()) {
            sentences.add(m.get("summary.priority", views.text(plan.get(0).title())));
        }

        List<String> strengths = new ArrayList<>(best.stream().map(e -> item(m, e)).toList());
        result.findings().stream()
                .filter(f -> f.verdict() == Verdict.PASS && f.weight() >= HIGH_WEIGHT)
                .sorted(Comparator.comparingInt(Finding::weight).reversed())
                .limit(CRITERIA_LISTED)
                .forEach(f -> strengths.add(views.text(f.title())));
        List<String> weaknesses = new ArrayList<>(worst.stream().map(e -> item(m, e)).toList());
        plan.stream().limit(CRITERIA_LISTED).forEach(p -> weaknesses.add(views.text(p.title())));
        return new Text(String.join(" ", sentences), List.copyOf(strengths), List.copyOf(weaknesses));
    }

    private static String item(Messages m, ElementSummary e) {
        return m.get("summary.element", e.title(), e.scoreText());
    }
}
