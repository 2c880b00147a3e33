package dev.vitrine;

import dev.vitrine.crawl.SiteCrawler;
import dev.vitrine.extract.PageExtractor;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditDefinition.Competitor;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Comparison.CompanyScore;
import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Json;
import dev.vitrine.model.VitrineException;
import dev.vitrine.offsite.CrossLinks;
import dev.vitrine.offsite.OffsiteStage;
import dev.vitrine.score.Comparisons;
import dev.vitrine.score.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The competitors of an audit ({@code competitors:} of audit.yaml), audited inside the
 * company's run: each is crawled into {@code <run>/competitors/<slug>/} with the run's
 * settings (at most {@value #MAX_PAGES} pages), scored on the same checklist, and the
 * company's result gains the {@link Comparison}. A competitor that cannot be audited is
 * recorded with its reason; it never fails the company's run.
 */
final class Competitors {

    /** The folder of the competitors inside a run. */
    static final String DIR = "competitors";
    /** Most URLs fetched per competitor, whatever the company's own limit. */
    static final int MAX_PAGES = 200;
    static final int MAX_ERROR = 300;
    private static final int MAX_SLUG = 40;

    private final PrintWriter log;
    private final boolean interactive;
    private final Clock clock;

    Competitors(PrintWriter log, boolean interactive, Clock clock) {
        this.log = log;
        this.interactive = interactive;
        this.clock = clock;
    }

    /**
     * Crawls and scores every competitor of {@code company} into {@code runDir}, then returns
     * {@code result} (the company's) with the comparison; {@code result} unchanged when the
     * audit names no competitor.
     */
    AuditResult audit(AuditDefinition company, CrawlSettings settings, Path runDir, Scorer scorer, AuditResult result) {
        List<Competitor> competitors = company.competitors();
        if (competitors.isEmpty()) {
            return result;
        }
        List<String> slugs = slugs(competitors);
        List<Comparisons.Competitor> audited = new ArrayList<>();
        // One thread budget: competitors are crawled one after another, each with the run's
        // threads, never several at once, so the run never loads the network (or a shared
        // host) more than the company's own crawl did.
        for (int i = 0; i < competitors.size(); i++) {
            Competitor c = competitors.get(i);
            log.printf("competitor %d/%d: %s (%s)%n", i + 1, competitors.size(), c.name(), c.website());
            log.flush();
            audited.add(auditOne(company, c, slugs.get(i), settingsFor(settings), runDir, scorer));
        }
        return result.withComparison(Comparisons.of(result, audited, crossLinks(result, audited, runDir)));
    }

    private Comparisons.Competitor auditOne(AuditDefinition company, Competitor c, String slug, CrawlSettings settings,
                                            Path runDir, Scorer scorer) {
        String folder = DIR + "/" + slug;
        Path dir = runDir.resolve(DIR).resolve(slug);
        try {
            Files.createDirectories(dir);
            AuditDefinition definition = definitionOf(company, c, slug);
            Vitrine.writeJson(dir.resolve(Vitrine.AUDIT_FILE), definition);
            new SiteCrawler(settings, Vitrine.USER_AGENT, log, interactive)
                    .crawl(c.website(), dir, scope -> new PageExtractor(scope)::extract);
            offsite(definition, dir);
            AuditResult result = scorer.score(definition, dir, clock.instant());
            Vitrine.writeJson(dir.resolve(Vitrine.RESULT_FILE), result);
            return Comparisons.Competitor.scored(c.name(), website(c), folder, result);
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            String error = sentence(e);
            log.printf("competitor %s not audited: %s%n", c.name(), error);
            log.flush();
            return Comparisons.Competitor.failed(c.name(), website(c), folder, error);
        }
    }

    /**
     * The competitor's own social profiles, told from mere mentions as for the company, so the
     * comparison counts the same thing on both sides. No profile is fetched (verification
     * off) and the definition has no backlink sources: the stage then reads local files only.
     */
    private void offsite(AuditDefinition definition, Path dir) {
        try {
            new OffsiteStage(new OffsiteStage.Settings(false, Vitrine.USER_AGENT, null, null, null), log)
                    .gather(definition, null, dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VitrineException(VitrineException.Kind.INTERNAL, "the audit was interrupted");
        }
    }

    /**
     * Scores the competitors of a finished run again from their folders (after a checklist
     * change) and returns {@code result} with the comparison rebuilt. A competitor that was
     * not crawled keeps the reason {@code previous} gave (the result.json being replaced).
     */
    AuditResult rescore(AuditDefinition company, Path runDir, Scorer scorer, AuditResult result, AuditResult previous) {
        List<Competitor> competitors = company.competitors();
        if (competitors.isEmpty()) {
            return result;
        }
        List<String> slugs = slugs(competitors);
        List<Comparisons.Competitor> audited = new ArrayList<>();
        for (int i = 0; i < competitors.size(); i++) {
            Competitor c = competitors.get(i);
            String folder = DIR + "/" + slugs.get(i);
            Path dir = runDir.resolve(DIR).resolve(slugs.get(i));
            if (Files.isRegularFile(dir.resolve(SiteCrawler.CRAWL_FILE)) && Files.isRegularFile(dir.resolve(SiteCrawler.PAGES_FILE))) {
                AuditResult scored = scorer.score(definitionOf(company, c, slugs.get(i)), dir, clock.instant());
                Vitrine.writeJson(dir.resolve(Vitrine.RESULT_FILE), scored);
                audited.add(Comparisons.Competitor.scored(c.name(), website(c), folder, scored));
            } else {
                audited.add(Comparisons.Competitor.failed(c.name(), website(c), folder, previousError(previous, folder)));
            }
        }
        return result.withComparison(Comparisons.of(result, audited, crossLinks(result, audited, runDir)));
    }

    private static String previousError(AuditResult previous, String folder) {
        if (previous != null && previous.comparison() != null) {
            for (CompanyScore s : previous.comparison().companies()) {
                if (folder.equals(s.runFolder()) && s.error() != null) {
                    return s.error();
                }
            }
        }
        return "not crawled in this run (no " + folder + "/" + SiteCrawler.CRAWL_FILE + ")";
    }

    /** The competitor's crawl limits: the run's, with at most {@value #MAX_PAGES} pages. */
    static CrawlSettings settingsFor(CrawlSettings run) {
        return run.withMaxPages(Math.min(run.maxPages(), MAX_PAGES));
    }

    /**
     * The competitor as an audit of its own: the company's language and objectives (the same
     * plan weighting), no competitors and no backlink sources of its own (those are the
     * company's).
     */
    static AuditDefinition definitionOf(AuditDefinition company, Competitor c, String slug) {
        return new AuditDefinition(slug, c.name(), c.website(), company.language(), company.objectives(), List.of(),
                null, company.crawl());
    }

    /**
     * Folder names for the competitors, in order: the name in lower-case ASCII letters, digits
     * and dashes (accents dropped), at most {@value #MAX_SLUG} characters, "-2", "-3"… added
     * when two names give the same one.
     */
    static List<String> slugs(List<Competitor> competitors) {
        Set<String> used = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (Competitor c : competitors) {
            String base = slug(c.name());
            String slug = base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.add(slug);
        }
        return slugs;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "competitor" : slug;
    }

    /** Links among the audited sites; a site whose pages cannot be read leaves the list empty, with a warning. */
    private List<CrossLink> crossLinks(AuditResult company, List<Comparisons.Competitor> audited, Path runDir) {
        List<CrossLinks.Site> sites = new ArrayList<>();
        sites.add(site(company.audit() == null ? "" : company.audit().company(), website(company), company.crawl(),
                runDir));
        for (Comparisons.Competitor c : audited) {
            sites.add(site(c.name(), c.website(), c.result() == null ? null : c.result().crawl(),
                    c.result() == null ? null : runDir.resolve(c.runFolder())));
        }
        try {
            return CrossLinks.between(sites);
        } catch (VitrineException e) {
            log.println("warning: links between the audited sites not recorded: " + e.getMessage());
            return List.of();
        }
    }

    private static CrossLinks.Site site(String name, String website, CrawlSummary crawl, Path dir) {
        List<String> urls = new ArrayList<>();
        urls.add(website);
        if (crawl != null && crawl.homeUrl() != null) {
            urls.add(crawl.homeUrl());
        }
        return new CrossLinks.Site(name, urls, dir == null ? null : dir.resolve(SiteCrawler.PAGES_FILE));
    }

    private static String website(Competitor c) {
        return c.website() == null ? "" : c.website().toString();
    }

    private static String website(AuditResult r) {
        return r.audit() == null || r.audit().website() == null ? "" : r.audit().website().toString();
    }

    /** The failure as one line: the exception's message, bounded. */
    static String sentence(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().lines().findFirst().orElse("").strip();
        return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR - 1) + "…";
    }
}
