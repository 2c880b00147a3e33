package dev.vitrine.site;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.site.ReportModel.ElementSummary;
import dev.vitrine.site.ReportModel.KeyFigure;
import dev.vitrine.site.ReportModel.Overview;
import dev.vitrine.site.ReportModel.RaceStage;
import java.util.ArrayList;
import java.util.List;

/** The overview page: gauge, radar, RACE funnel, key figures, summary, top priorities. */
final class OverviewViews {

    /** The RACE stages, in the order of the customer journey. */
    static final List<String> RACE = List.of("reach", "act", "convert", "engage");
    static final int TOP_PRIORITIES = 5;

    private final Views views;

    OverviewViews(Views views) {
        this.views = views;
    }

    Overview overview(PagesPass.Stats pages) {
        AuditResult result = views.result();
        Integer overall = Format.rounded(result.overallScore());
        Summary.Text summary = Summary.of(views);
        List<ElementSummary> elements = views.elements();
        return new Overview(
                Charts.gauge(overall, views.format().score(result.overallScore()), Palette.belt(result.belt())),
                elements, radar(elements), race(), keyFigures(pages), summary.paragraph(), summary.strengths(),
                summary.weaknesses(), new PlanViews(views).entries().stream().limit(TOP_PRIORITIES).toList(),
                views.verdicts());
    }

    ReportModel.Radar radar(List<ElementSummary> elements) {
        if (elements.size() < 3) {
            return new ReportModel.Radar("", List.of(), List.of());
        }
        return Charts.radar(elements.stream()
                .map(e -> new Charts.Spoke(views.labels().radar(e.id(), e.title()), e.score(), e.scoreText()))
                .toList());
    }

    List<RaceStage> race() {
        List<Integer> widths = Charts.funnelWidths(RACE.size());
        List<RaceStage> stages = new ArrayList<>();
        for (int i = 0; i < RACE.size(); i++) {
            String id = RACE.get(i);
            double sum = 0;
            double weights = 0;
            int findings = 0;
            for (Finding f : views.result().findings()) {
                if (id.equals(f.stage())) {
                    findings++;
                    if (f.score() != null) {
                        sum += f.score() * 100 * f.weight();
                        weights += f.weight();
                    }
                }
            }
            Double score = weights == 0 ? null : sum / weights;
            stages.add(new RaceStage(id, views.labels().stage(id), views.labels().stageDescription(id),
                    Format.rounded(score), views.format().score(score), findings, widths.get(i), Palette.score(score)));
        }
        return stages;
    }

    List<KeyFigure> keyFigures(PagesPass.Stats pages) {
        Messages m = views.labels().messages();
        Format f = views.format();
        AuditResult result = views.result();
        List<KeyFigure> figures = new ArrayList<>();
        CrawlSummary crawl = result.crawl();
        if (crawl != null && crawl.totals() != null) {
            figures.add(new KeyFigure(m.get("figure.pagesFetched"), f.integer(crawl.totals().fetched())));
            figures.add(new KeyFigure(m.get("figure.htmlPages"), f.integer(crawl.totals().htmlPages())));
            figures.add(new KeyFigure(m.get("figure.brokenLinks"), f.integer(crawl.totals().brokenLinks())));
        } else {
            figures.add(new KeyFigure(m.get("figure.pagesFetched"), f.integer(pages.fetched())));
            figures.add(new KeyFigure(m.get("figure.htmlPages"), f.integer(pages.htmlPages())));
        }
        long evaluated = result.findings().stream().filter(x -> x.score() != null).count();
        figures.add(new KeyFigure(m.get("figure.criteria"), f.integer(evaluated)));
        if (pages.htmlPages() > 0) {
            figures.add(new KeyFigure(m.get("figure.averageResponse"), f.time(pages.averageMillis())));
            figures.add(new KeyFigure(m.get("figure.averageWeight"), f.size(pages.averageBytes())));
        }
        figures.add(new KeyFigure(m.get("figure.technologies"), f.integer(result.technologies().size())));
        // With offsite.json, only the company's own profiles count: a partner mentioned in an article is not its presence.
        int profiles = result.offsite() != null
                ? (int) result.offsite().profiles().stream().filter(p -> p.own()).count()
                : result.socialProfiles().size();
        figures.add(new KeyFigure(m.get("figure.socialProfiles"), f.integer(profiles)));
        if (crawl != null && crawl.durationMillis() > 0) {
            figures.add(new KeyFigure(m.get("figure.crawlDuration"), f.time(crawl.durationMillis())));
        }
        return figures;
    }
}
