package dev.vitrine.model;

import java.util.List;
import java.util.Map;

/**
 * The company next to its competitors ({@code competitors:} of audit.yaml), each crawled
 * with the same settings and scored on the same checklist in the same run.
 *
 * @param companies  the audited company first, then each competitor in audit.yaml order
 * @param theyHaveIt criteria where at least one competitor passes and the company does not
 * @param crossLinks links found between the audited companies' sites (backlinks among them)
 */
public record Comparison(List<CompanyScore> companies, List<Advantage> theyHaveIt, List<CrossLink> crossLinks) {

    public Comparison {
        companies = companies == null ? List.of() : List.copyOf(companies);
        theyHaveIt = theyHaveIt == null ? List.of() : List.copyOf(theyHaveIt);
        crossLinks = crossLinks == null ? List.of() : List.copyOf(crossLinks);
    }

    /**
     * One company's scores.
     *
     * @param self      true for the audited company
     * @param runFolder where its crawl and result are, relative to the run folder
     *                  ({@code competitors/<slug>}), or "" for the company itself
     * @param elements  element id → score 0..100 (absent when not applicable)
     * @param social    platforms of its own social profiles
     * @param error     why a competitor could not be audited (unreachable…), else null; its
     *                  scores are then null
     */
    public record CompanyScore(String name, String website, boolean self, String runFolder, Double overall,
                               String belt, Map<String, Double> elements, int pages, List<String> social,
                               List<String> technologies, String error) {}

    /** A criterion the named competitors pass while the company scores {@code companyScore} (null: not applicable). */
    public record Advantage(String criterion, String element, LocalizedText title, List<String> competitors,
                            Double companyScore) {}

    /** A link from one audited company's site to another's: {@code from}/{@code to} are company names. */
    public record CrossLink(String from, String to, String sourceUrl, String targetUrl, String anchor) {}
}
