package dev.vitrine.site;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult.PlanItem;
import dev.vitrine.site.ReportModel.Plan;
import dev.vitrine.site.ReportModel.PlanEntry;
import dev.vitrine.site.ReportModel.PlanPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The 30/60/90-day action plan, and its first entries for the overview. */
final class PlanViews {

    private final Views views;

    PlanViews(Views views) {
        this.views = views;
    }

    List<PlanEntry> entries() {
        return views.result().plan().stream().map(this::entry).toList();
    }

    PlanEntry entry(PlanItem p) {
        Labels labels = views.labels();
        String href = Views.elementHref(p.element()) + "#" + Views.anchor(p.criterion());
        return new PlanEntry(p.rank(), views.text(p.title()), views.elementTitle(p.element()), href, p.days(),
                p.effort(), p.effort() == null ? "" : labels.effort(p.effort()),
                p.objectives() == null ? List.of() : p.objectives(), labels.objectives(p.objectives()),
                views.format().decimal(p.priority(), 1));
    }

    Plan plan() {
        List<PlanEntry> entries = entries();
        TreeSet<Integer> days = new TreeSet<>(List.of(30, 60, 90));
        entries.forEach(e -> days.add(e.days()));
        List<PlanPeriod> periods = new ArrayList<>();
        for (int d : days) {
            periods.add(new PlanPeriod(d, views.labels().messages().get("plan.period", d),
                    entries.stream().filter(e -> e.days() == d).toList()));
        }
        // The objectives the filter offers: those of the plan's entries, in the usual order.
        List<String> objectives = new ArrayList<>();
        for (String o : AuditDefinition.OBJECTIVES) {
            if (entries.stream().anyMatch(e -> e.objectives().contains(o))) {
                objectives.add(o);
            }
        }
        return new Plan(periods, objectives);
    }
}
