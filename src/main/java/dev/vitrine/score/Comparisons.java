package dev.vitrine.score;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Comparison.Advantage;
import dev.vitrine.model.Comparison.CompanyScore;
import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The company next to its competitors, built from their scored results: a pure function of
 * the results, so {@code rescore} rebuilds the same comparison from the run's files.
 */
public final class Comparisons {

    private Comparisons() {}

    /**
     * A competitor as the comparison sees it: its scored result, or the one sentence saying
     * why it could not be audited ({@code result} is then null).
     *
     * @param runFolder its folder relative to the run folder ({@code competitors/<slug>})
     */
    public record Competitor(String name, String website, String runFolder, AuditResult result, String error) {

        public static Competitor scored(String name, String website, String runFolder, AuditResult result) {
            return new Competitor(name, website, runFolder, Objects.requireNonNull(result), null);
        }

        public static Competitor failed(String name, String website, String runFolder, String error) {
            return new Competitor(name, website, runFolder, null, Objects.requireNonNull(error));
        }
    }

    /** The comparison of {@code company} (first) with {@code competitors} (in audit.yaml order). */
    public static Comparison of(AuditResult company, List<Competitor> competitors, List<CrossLink> crossLinks) {
        List<CompanyScore> companies = new ArrayList<>();
        companies.add(score(company, companyName(company), website(company), true, ""));
        for (Competitor c : competitors) {
            companies.add(c.result() == null
                    ? new CompanyScore(c.name(), c.website(), false, c.runFolder(), null, null, Map.of(), 0, List.of(),
                            List.of(), c.error())
                    : score(c.result(), c.name(), c.website(), false, c.runFolder()));
        }
        return new Comparison(companies, theyHaveIt(company, competitors), crossLinks);
    }

    private static CompanyScore score(AuditResult r, String name, String website, boolean self, String runFolder) {
        Map<String, Double> elements = new LinkedHashMap<>();
        for (ElementScore e : r.elements()) {
            if (e.score() != null) {
                elements.put(e.element(), e.score());
            }
        }
        int pages = r.crawl() == null || r.crawl().totals() == null ? 0 : r.crawl().totals().htmlPages();
        return new CompanyScore(name, website, self, runFolder, r.overallScore(), r.belt(), elements, pages,
                socialPlatforms(r), technologies(r), null);
    }

    /**
     * The platforms of the company's own profiles: from offsite.json when the run has it (it
     * tells own profiles from mere mentions), else every profile the site links to.
     */
    static List<String> socialPlatforms(AuditResult r) {
        Set<String> platforms = new TreeSet<>();
        Offsite offsite = r.offsite();
        if (offsite != null) {
            offsite.profiles().stream().filter(Offsite.Profile::own).map(Offsite.Profile::platform)
                    .filter(Objects::nonNull).forEach(platforms::add);
        } else if (r.socialProfiles() != null) {
            r.socialProfiles().stream().map(AuditResult.SocialProfile::platform).filter(Objects::nonNull)
                    .forEach(platforms::add);
        }
        return List.copyOf(platforms);
    }

    private static List<String> technologies(AuditResult r) {
        Set<String> names = new LinkedHashSet<>();
        if (r.technologies() != null) {
            r.technologies().stream().map(AuditResult.TechnologyUse::name).filter(Objects::nonNull).forEach(names::add);
        }
        return List.copyOf(names);
    }

    /**
     * Criteria the company fails or only partly meets while at least one competitor passes,
     * the heaviest first (then those more competitors pass, then checklist order). The title
     * is the criterion's pass title, as a competitor's finding carries it: what they have.
     */
    static List<Advantage> theyHaveIt(AuditResult company, List<Competitor> competitors) {
        record Ranked(Advantage advantage, int weight, int order) {}
        List<Ranked> ranked = new ArrayList<>();
        List<Finding> findings = company.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding own = findings.get(i);
            if (own.verdict() != Verdict.FAIL && own.verdict() != Verdict.PARTIAL) {
                continue;
            }
            List<String> who = new ArrayList<>();
            Finding theirs = null;
            for (Competitor c : competitors) {
                Finding f = c.result() == null ? null : finding(c.result(), own.criterion());
                if (f != null && f.verdict() == Verdict.PASS) {
                    who.add(c.name());
                    theirs = theirs == null ? f : theirs;
                }
            }
            if (!who.isEmpty()) {
                ranked.add(new Ranked(new Advantage(own.criterion(), own.element(), theirs.title(), who, own.score()),
                        own.weight(), i));
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::weight).reversed()
                        .thenComparingInt((Ranked r) -> -r.advantage().competitors().size())
                        .thenComparingInt(Ranked::order))
                .map(Ranked::advantage)
                .toList();
    }

    private static Finding finding(AuditResult r, String criterion) {
        for (Finding f : r.findings()) {
            if (criterion.equals(f.criterion())) {
                return f;
            }
        }
        return null;
    }

    private static String companyName(AuditResult r) {
        return r.audit() == null ? "" : r.audit().company();
    }

    private static String website(AuditResult r) {
        return r.audit() == null || r.audit().website() == null ? "" : r.audit().website().toString();
    }
}
