package dev.vitrine.score;

import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.AuditResult.PlanItem;
import dev.vitrine.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recommendations in order of priority, on a 30/60/90-day calendar.
 *
 * <p>Priority = weight × (1 − score) × (1 + share of the criterion's objectives among the
 * audit's objectives) ÷ effort (low 1, medium 2, high 3). Placement: low-effort items go
 * to the first 30 days, medium to 60, high to 90; a period holds at most
 * {@value #PER_PERIOD} items, the rest move to the next one (90 takes what is left), so
 * the first month stays doable and keeps the highest priorities.
 */
final class ActionPlan {

    static final int PER_PERIOD = 6;

    private ActionPlan() {}

    static double priority(Finding f, List<String> auditObjectives) {
        double score = f.score() == null ? 1 : f.score();
        long shared = f.objectives().stream().filter(auditObjectives::contains).count();
        double share = auditObjectives.isEmpty() ? 0 : (double) shared / auditObjectives.size();
        return f.weight() * (1 - score) * (1 + share) / effortDivisor(f.effort());
    }

    static List<PlanItem> of(List<Finding> findings, List<String> auditObjectives) {
        List<Finding> toDo = new ArrayList<>(findings.stream()
                .filter(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.PARTIAL).toList());
        toDo.sort(Comparator.comparingDouble((Finding f) -> priority(f, auditObjectives)).reversed()
                .thenComparing(Finding::criterion));
        int[] filled = new int[3];
        List<PlanItem> plan = new ArrayList<>();
        for (Finding f : toDo) {
            int period = Math.min(effortDivisor(f.effort()), 3) - 1;
            while (period < 2 && filled[period] >= PER_PERIOD) {
                period++;
            }
            filled[period]++;
            plan.add(new PlanItem(plan.size() + 1, f.criterion(), f.element(),
                    Math.round(priority(f, auditObjectives) * 1000) / 1000.0, (period + 1) * 30, f.effort(),
                    f.objectives(), f.title()));
        }
        return List.copyOf(plan);
    }

    static int effortDivisor(String effort) {
        return switch (effort) {
            case "low" -> 1;
            case "medium" -> 2;
            default -> 3;
        };
    }
}
