package dev.vitrine;

import dev.vitrine.crawl.SiteCrawler;
import dev.vitrine.extract.PageExtractor;
import dev.vitrine.offsite.BacklinkImports;
import dev.vitrine.offsite.OffsiteStage;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.History;
import dev.vitrine.model.Json;
import dev.vitrine.model.VitrineException;
import dev.vitrine.run.RunDirectory;
import dev.vitrine.run.RunHistory;
import dev.vitrine.score.Scorer;
import dev.vitrine.site.SiteRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The front door: {@link #audit} reads top to bottom as the pipeline. Only this class and
 * the cli know the order of the stages; each stage reads the files of the stage before, so
 * {@link #rescore} can run the score stage again on a finished run.
 */
public final class Vitrine {

    public static final String VERSION = readVersion();
    public static final String USER_AGENT = "Vitrine/" + VERSION + " (+https://github.com/vitrine-audit/vitrine)";

    /** Files of a run folder. */
    public static final String AUDIT_FILE = "audit.json";
    public static final String RESULT_FILE = "result.json";

    /**
     * A finished run: its folder (already moved into place), what the crawl saw, the scored
     * result, and how it compares with the audit's earlier runs ({@link History#NONE} for a first run).
     */
    public record AuditRun(Path runDir, CrawlSummary crawl, AuditResult result, History history) {
        public AuditRun(Path runDir, CrawlSummary crawl, AuditResult result) {
            this(runDir, crawl, result, History.NONE);
        }

        /** The first page of the run's report. */
        public Path index() {
            return runDir.resolve(SiteRenderer.SITE_DIR).resolve(SiteRenderer.INDEX);
        }
    }

    private final PrintWriter log;
    private final boolean interactive;
    private final Clock clock;
    private final UnaryOperator<OffsiteStage.Settings> offsiteSettings;

    /**
     * @param log         where progress and warnings go (the command's error writer)
     * @param interactive true on a terminal: draw a progress bar instead of log lines
     */
    public Vitrine(PrintWriter log, boolean interactive, Clock clock) {
        this(log, interactive, clock, UnaryOperator.identity());
    }

    /**
     * @param offsiteSettings adjusts the off-site stage's settings, made from the crawl settings:
     *                        the demo's sites are local (no pause needed), tests route profile
     *                        URLs to 127.0.0.1
     */
    public Vitrine(PrintWriter log, boolean interactive, Clock clock, UnaryOperator<OffsiteStage.Settings> offsiteSettings) {
        this.log = log;
        this.interactive = interactive;
        this.clock = clock;
        this.offsiteSettings = offsiteSettings;
    }

    /** Audits a company without an audit folder (ad-hoc {@code --url}, tests). */
    public AuditRun audit(AuditDefinition definition, CrawlSettings settings, Path runsDir) {
        return audit(definition, settings, runsDir, null);
    }

    /**
     * Audits one company into a new run folder under {@code runsDir} and returns it.
     *
     * @param auditDir the audit's folder (its checklist.yaml and recommendations change the
     *                 built-in checklist; its backlinks.imports are read from it), or null
     */
    public AuditRun audit(AuditDefinition definition, CrawlSettings settings, Path runsDir, Path auditDir) {
        Scorer scorer = Scorer.forAudit(auditDir, null, VERSION); // a bad checklist fails before any crawl
        BacklinkImports.checkReadable(definition, auditDir); // and so does a missing backlinks import
        try (RunDirectory run = RunDirectory.begin(runsDir, clock)) {
            writeJson(run.path().resolve(AUDIT_FILE), definition);
            CrawlSummary crawl = new SiteCrawler(settings, USER_AGENT, log, interactive)
                    .crawl(definition.website(), run.path(), scope -> new PageExtractor(scope)::extract);
            gatherOffsite(definition, settings, auditDir, run.path()); // offsite.json, before scoring reads it
            AuditResult result = scorer.score(definition, run.path(), clock.instant());
            result = new Competitors(log, interactive, clock).audit(definition, settings, run.path(), scorer, result);
            writeJson(run.path().resolve(RESULT_FILE), result);
            History history = history(RunHistory.of(runsDir, null, result)); // every finished run came before this one
            RuntimeException renderFailure = null;
            try {
                renderSite(run.path(), null, List.of(), auditDir, run.runId(), history);
            } catch (RuntimeException e) {
                renderFailure = e; // a template mistake must not cost the crawl: keep the run, then say so
            }
            Path runDir = run.commit();
            if (renderFailure != null) {
                throw reportFailed(renderFailure, runDir);
            }
            return new AuditRun(runDir, crawl, result, history);
        }
    }

    /**
     * Scores a finished run again (after a checklist change) from its own files, without
     * crawling, replaces its result.json in one rename, and renders its report again.
     *
     * @param checklistFile a complete checklist replacing the built-in one, or null
     */
    public AuditResult rescore(Path runDir, Path checklistFile) {
        Path auditFile = runDir.resolve(AUDIT_FILE);
        if (!Files.isRegularFile(auditFile) || !Files.isRegularFile(runDir.resolve(SiteCrawler.PAGES_FILE))) {
            throw VitrineException.configuration(runDir + " is not a run folder (it needs " + AUDIT_FILE + ", "
                    + SiteCrawler.CRAWL_FILE + " and " + SiteCrawler.PAGES_FILE + ")");
        }
        AuditDefinition definition = readJson(auditFile, AuditDefinition.class);
        Path auditDir = auditDirOf(runDir);
        Scorer scorer = Scorer.forAudit(auditDir, checklistFile, VERSION);
        AuditResult result = scorer.score(definition, runDir, clock.instant());
        result = new Competitors(log, interactive, clock).rescore(definition, runDir, scorer, result,
                readPrevious(runDir.resolve(RESULT_FILE)));
        Path temp = runDir.resolve(RESULT_FILE + ".tmp");
        writeJson(temp, result);
        try {
            Files.move(temp, runDir.resolve(RESULT_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + runDir.resolve(RESULT_FILE) + ": " + e.getMessage(), e);
        }
        render(runDir, null, List.of());
        return result;
    }

    /**
     * Renders a finished run's report again into {@code runDir/site/} (after a template
     * change, or in another language) and returns its index.html.
     *
     * @param language     fr or en, or null for the audit's language
     * @param templateDirs override folders given on the command line, before the audit's own
     *                     {@code site-templates/}
     */
    public Path render(Path runDir, String language, List<Path> templateDirs) {
        if (!Files.isDirectory(runDir)) {
            throw VitrineException.configuration(runDir + " is not a run folder (no such folder)");
        }
        Path name = runDir.toAbsolutePath().normalize().getFileName();
        return renderSite(runDir, language, templateDirs, auditDirOf(runDir), name == null ? "" : name.toString(),
                history(RunHistory.of(runDir)));
    }

    private static VitrineException reportFailed(RuntimeException e, Path runDir) {
        VitrineException.Kind kind = e instanceof VitrineException v ? v.kind() : VitrineException.Kind.INTERNAL;
        return new VitrineException(kind, e.getMessage() + " (the run is kept in " + runDir
                + "; once fixed, run: vitrine render " + runDir + ")", e);
    }

    // The audit's site-templates/ come after the command line's folders: the command line wins.
    private Path renderSite(Path runDir, String language, List<Path> templateDirs, Path auditDir, String runId,
                            History history) {
        List<Path> dirs = new ArrayList<>(templateDirs);
        if (auditDir != null && Files.isDirectory(auditDir.resolve(SiteRenderer.TEMPLATES_DIR))) {
            dirs.add(auditDir.resolve(SiteRenderer.TEMPLATES_DIR));
        }
        return new SiteRenderer(VERSION, clock).render(runDir, language, dirs, runId, history);
    }

    /** An unreadable earlier run is left out of the history, and said so. */
    private History history(History history) {
        history.skipped().forEach(id -> log.println("warning: run " + id + " left out of the history: its "
                + RESULT_FILE + " cannot be read"));
        return history;
    }

    /**
     * The off-site stage: own social profiles (verified unless {@code --no-verify-profiles}),
     * directory listings and backlinks, written to offsite.json. Ctrl-C ends the run as it does
     * during the crawl: the run folder is deleted.
     */
    private void gatherOffsite(AuditDefinition definition, CrawlSettings settings, Path auditDir, Path runDir) {
        OffsiteStage.Settings defaults = OffsiteStage.Settings.defaults(USER_AGENT);
        OffsiteStage.Settings offsite = offsiteSettings.apply(new OffsiteStage.Settings(settings.verifyProfiles(),
                defaults.userAgent(), defaults.timeout(), defaults.pause(), defaults.route()));
        try {
            new OffsiteStage(offsite, log).gather(definition, auditDir, runDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VitrineException(VitrineException.Kind.INTERNAL,
                    "the off-site checks of " + definition.website() + " were interrupted");
        }
    }

    /** audits/<slug>/runs/<run-id> belongs to audits/<slug> when that folder holds audit.yaml. */
    static Path auditDirOf(Path runDir) {
        Path runs = runDir.toAbsolutePath().normalize().getParent();
        Path audit = runs == null ? null : runs.getParent();
        return audit != null && Files.isRegularFile(audit.resolve("audit.yaml")) ? audit : null;
    }

    /** The result.json being replaced, for what it alone knows (why a competitor was not crawled); null if unreadable. */
    private static AuditResult readPrevious(Path file) {
        try {
            return Files.isRegularFile(file) ? Json.MAPPER.readValue(file.toFile(), AuditResult.class) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void writeJson(Path file, Object value) {
        try {
            Json.pretty().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T readJson(Path file, Class<T> type) {
        try {
            return Json.MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String readVersion() {
        try (InputStream in = Vitrine.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
