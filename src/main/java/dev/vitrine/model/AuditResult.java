package dev.vitrine.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code result.json}: the scored audit of one run. Written by the score stage from the
 * run's own files (so {@code vitrine rescore} can write it again), read by the report.
 *
 * @param overallScore 0..100, or null when no element could be scored
 * @param belt         white, yellow, orange, green, blue, brown or black
 * @param offsite      the run's offsite.json as scored (profiles, directories, backlinks), or
 *                     null for a run made before it existed
 * @param comparison   the company next to its competitors, or null when the audit has none
 */
public record AuditResult(
        String tool,
        String version,
        Instant scoredAt,
        AuditDefinition audit,
        CrawlSummary crawl,
        List<Finding> findings,
        List<ElementScore> elements,
        Double overallScore,
        String belt,
        List<TechnologyUse> technologies,
        List<SocialProfile> socialProfiles,
        List<PlanItem> plan,
        Offsite offsite,
        Comparison comparison) {

    /** The same result with the company next to its competitors (competitors feature). */
    public AuditResult withComparison(Comparison value) {
        return new AuditResult(tool, version, scoredAt, audit, crawl, findings, elements, overallScore, belt,
                technologies, socialProfiles, plan, offsite, value);
    }

    /**
     * One criterion on this run. {@code score} is null when not applicable; {@code title}
     * is the criterion's pass or fail title, {@code summary} what was measured, and
     * {@code recommendation} the criterion's Markdown text (why, how, which KPI).
     */
    public record Finding(String criterion, String element, String stage, int weight, String effort,
                          List<String> objectives, Double score, Verdict verdict, LocalizedText title,
                          LocalizedText summary, Evidence evidence, LocalizedText recommendation) {}

    /** Where a finding comes from: up to 20 examples, and how many there were in all. */
    public record Evidence(List<Example> examples, int count) {
        public static final Evidence NONE = new Evidence(List.of(), 0);
    }

    /** One page (or resource, or signal) and the value that was judged. */
    public record Example(String url, String value) {}

    /** {@code score} 0..100 or null when every finding of the element is not applicable. */
    public record ElementScore(String element, LocalizedText title, int weight, Double score, int findings,
                               int notApplicable) {}

    /** A tool seen on the site: on how many pages, and the first evidence. */
    public record TechnologyUse(String id, String name, String category, int pages, String evidence,
                                String firstPage) {}

    /** A social profile of the company: where it was seen and how often. */
    public record SocialProfile(String platform, String handle, String url, List<String> sources, int pages) {}

    /**
     * A recommendation on the calendar: {@code days} is 30, 60 or 90; {@code priority} is
     * weight × (1 − score) × (1 + share of objectives) ÷ effort.
     */
    public record PlanItem(int rank, String criterion, String element, double priority, int days, String effort,
                           List<String> objectives, LocalizedText title) {}
}
