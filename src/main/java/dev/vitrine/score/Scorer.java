package dev.vitrine.score;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Json;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PagesJsonl;
import dev.vitrine.model.SiteScope;
import dev.vitrine.model.Verdict;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score stage: reads a run's crawl.json, offsite.json (when the run has one) and
 * pages.jsonl (in one pass), evaluates every
 * criterion of the checklist, and returns the result: findings, element and overall
 * scores, belt, technologies, social profiles and the action plan.
 */
public final class Scorer {

    private static final Logger log = LoggerFactory.getLogger(Scorer.class);

    private final Checklist checklist;
    private final Map<String, LocalizedText> recommendations;
    private final String version;

    private Scorer(Checklist checklist, Map<String, LocalizedText> recommendations, String version) {
        this.checklist = checklist;
        this.recommendations = recommendations;
        this.version = version;
    }

    /**
     * The scorer for an audit: the built-in checklist (or {@code checklistFile}, replacing
     * it), with the audit folder's checklist.yaml changes and recommendation texts. Fails
     * with one sentence when the checklist or a recommendation is missing or wrong, so a bad
     * checklist stops the audit before any crawl.
     *
     * @param auditDir the audit's folder, or null for an ad-hoc audit
     */
    public static Scorer forAudit(Path auditDir, Path checklistFile, String version) {
        Checklist base = checklistFile == null ? ChecklistReader.builtIn() : ChecklistReader.file(checklistFile);
        Path changes = auditDir == null ? null : auditDir.resolve(ChecklistReader.AUDIT_FILE);
        Checklist checklist = ChecklistReader.withChanges(base, changes);
        String source = changes != null && changes.toFile().exists() ? changes.toString()
                : checklistFile != null ? checklistFile.toString() : ChecklistReader.DEFAULT;
        Recommendations texts = new Recommendations(auditDir);
        Map<String, LocalizedText> recommendations = checklist.criteria().stream()
                .collect(Collectors.toMap(Checklist.Criterion::id, c -> texts.of(c.id(), source), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return new Scorer(checklist, recommendations, version);
    }

    public Checklist checklist() {
        return checklist;
    }

    /** Scores the run in {@code runDir} (crawl.json and pages.jsonl must be there). */
    public AuditResult score(AuditDefinition audit, Path runDir, Instant scoredAt) {
        CrawlSummary crawl = readCrawl(runDir.resolve("crawl.json"));
        Offsite offsite = readOffsite(runDir.resolve(Offsite.FILE));
        List<Running> running = new ArrayList<>();
        for (Checklist.Criterion c : checklist.criteria()) {
            running.add(new Running(c, Checks.byId(c.check()).start(new Params(c.params()))));
        }
        SiteFacts.Builder site = new SiteFacts.Builder();
        PagesJsonl.forEach(runDir.resolve(PagesJsonl.FILE), page -> {
            site.accept(page);
            for (Running r : running) {
                r.accept(page);
            }
        });
        SiteFacts facts = site.build();
        Snapshot snapshot = new Snapshot(audit, crawl, scope(crawl, audit), site.home(), facts,
                crawl.finishedAt() == null ? scoredAt : crawl.finishedAt(), offsite);
        List<Finding> findings = running.stream().map(r -> r.finding(snapshot)).toList();
        List<ElementScore> elements = elementScores(findings);
        Double overall = weightedMean(elements.stream()
                .filter(e -> e.score() != null)
                .map(e -> new double[] {e.score(), e.weight()}).toList());
        return new AuditResult("Vitrine", version, scoredAt, audit, crawl, findings, elements,
                overall == null ? null : round(overall), overall == null ? null : Belt.of(overall).id(),
                facts.technologies(), facts.socialProfiles(), ActionPlan.of(findings, audit.objectives()), offsite, null);
    }

    /** One criterion during the pass: its accumulator, kept going even if it fails. */
    private final class Running {
        final Checklist.Criterion criterion;
        final Check.Accumulator accumulator;
        RuntimeException failure;

        Running(Checklist.Criterion criterion, Check.Accumulator accumulator) {
            this.criterion = criterion;
            this.accumulator = accumulator;
        }

        void accept(PageFacts page) {
            if (failure != null) {
                return;
            }
            try {
                accumulator.accept(page);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        Finding finding(Snapshot snapshot) {
            Outcome outcome;
            try {
                outcome = failure != null ? failed(failure) : accumulator.finish(snapshot);
            } catch (RuntimeException e) {
                outcome = failed(e);
            }
            Checklist.Criterion c = criterion;
            // A not-applicable finding is titled by its reason: the fail title ("trackers without
            // consent") would claim what the crawl did not see.
            LocalizedText title = switch (outcome.verdict()) {
                case PASS -> c.title().pass();
                case NOT_APPLICABLE -> outcome.summary();
                default -> c.title().fail();
            };
            return new Finding(c.id(), c.element(), c.stage(), c.weight(), c.effort(), c.objectives(),
                    outcome.score() == null ? null : Math.round(outcome.score() * 1000) / 1000.0, outcome.verdict(), title,
                    outcome.summary(), outcome.evidence(), recommendations.get(c.id()));
        }

        // A check that breaks is recorded as not applicable, and the other findings stand.
        private Outcome failed(RuntimeException e) {
            log.warn("check {} of criterion {} failed", criterion.check(), criterion.id(), e);
            return Outcome.notApplicable(LocalizedText.of("Vérification impossible (erreur interne : " + e + ")",
                    "Could not be checked (internal error: " + e + ")"));
        }
    }

    private List<ElementScore> elementScores(List<Finding> findings) {
        Map<String, List<Finding>> byElement = findings.stream()
                .collect(Collectors.groupingBy(Finding::element));
        List<ElementScore> scores = new ArrayList<>();
        for (Checklist.ElementDef e : checklist.elements()) {
            List<Finding> of = byElement.getOrDefault(e.id(), List.of());
            Double mean = weightedMean(of.stream().filter(f -> f.score() != null)
                    .map(f -> new double[] {f.score() * 100, f.weight()}).toList());
            int notApplicable = (int) of.stream().filter(f -> f.score() == null).count();
            scores.add(new ElementScore(e.id(), e.title(), e.weight(), mean == null ? null : round(mean), of.size(),
                    notApplicable));
        }
        return List.copyOf(scores);
    }

    /** Mean of value×weight pairs; null when there is nothing to average. */
    static Double weightedMean(List<double[]> valueWeightPairs) {
        double sum = 0;
        double weights = 0;
        for (double[] p : valueWeightPairs) {
            sum += p[0] * p[1];
            weights += p[1];
        }
        return weights == 0 ? null : sum / weights;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static SiteScope scope(CrawlSummary crawl, AuditDefinition audit) {
        URI start = crawl.homeUrl() != null ? URI.create(crawl.homeUrl()) : audit.website();
        return SiteScope.of(audit.website(), start);
    }

    /** The run's offsite.json, or null for a run made before it existed. */
    static Offsite readOffsite(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), Offsite.class);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static CrawlSummary readCrawl(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), CrawlSummary.class);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }

}
