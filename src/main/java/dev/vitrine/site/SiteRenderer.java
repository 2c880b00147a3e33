package dev.vitrine.site;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.History;
import dev.vitrine.model.Json;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The site stage: renders one run (its result.json and pages.jsonl) into {@code <run>/site/},
 * a static report that opens from disk or any static host. The report is written beside the
 * old one and swapped in when complete, so a failed rendering leaves the previous report.
 *
 * <p>Templates, messages and assets come from the built-in {@code site-templates/} on the
 * classpath; a file at the same path in an override folder replaces the built-in one.
 */
public final class SiteRenderer {

    /** The report's folder inside a run. */
    public static final String SITE_DIR = "site";
    /** The override folder's name inside an audit folder ({@code audits/<slug>/site-templates/}). */
    public static final String TEMPLATES_DIR = "site-templates";
    /** The first page of the report. */
    public static final String INDEX = "index.html";

    static final String BUILT_IN_ROOT = TEMPLATES_DIR + "/";

    private final String version;
    private final Clock clock;
    private final ClassLoader loader;
    private final String builtInRoot;

    /**
     * @param version the version written in the report's footer
     * @param clock   the time the report says it was generated
     */
    public SiteRenderer(String version, Clock clock) {
        this(version, clock, SiteRenderer.class.getClassLoader(), BUILT_IN_ROOT);
    }

    /** With built-in templates read from {@code builtInRoot} (ending with "/") of {@code loader}: for tests. */
    SiteRenderer(String version, Clock clock, ClassLoader loader, String builtInRoot) {
        this.version = version;
        this.clock = clock;
        this.loader = loader;
        this.builtInRoot = builtInRoot;
    }

    /** Renders {@code runDir}, its run id being its folder's name. */
    public Path render(Path runDir, String language, List<Path> templateDirs) {
        Path name = runDir.toAbsolutePath().normalize().getFileName();
        return render(runDir, language, templateDirs, name == null ? "" : name.toString());
    }

    /**
     * Renders the run in {@code runDir} into {@code runDir/site/} and returns its index.html.
     *
     * @param language     fr or en, or null for the audit's language (else French)
     * @param templateDirs override folders, the first winning ({@code --templates}, then the audit's)
     * @param runId        the run's id as the report shows it (a run being written has a temporary folder name)
     */
    public Path render(Path runDir, String language, List<Path> templateDirs, String runId) {
        return render(runDir, language, templateDirs, runId, History.NONE);
    }

    /**
     * Renders the run with its audit's earlier runs: a history page (in the navigation) and a
     * delta badge on the overview when {@code history} is not empty.
     */
    public Path render(Path runDir, String language, List<Path> templateDirs, String runId, History history) {
        AuditResult result = readResult(runDir);
        String lang = language(language, result);
        List<Path> overrides = checked(templateDirs);
        Messages messages = Messages.load(lang, loader, builtInRoot, overrides);
        Format format = new Format(messages);
        Views views = new Views(result, lang, new Labels(messages), format, history == null ? History.NONE : history);
        Templates templates = new Templates(loader, builtInRoot, overrides, messages);

        Path site = runDir.resolve(SITE_DIR);
        Path fresh = SiteFolder.begin(site);
        try {
            new SiteWriter(runDir, fresh, views, templates, views.report(runId, version, clock.instant()),
                    new Assets.Source(loader, builtInRoot, overrides)).write();
            SiteFolder.replace(fresh, site);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + fresh + ": " + e.getMessage(), e);
        } finally {
            SiteFolder.delete(fresh); // gone already when it was moved into place
        }
        return site.resolve(INDEX);
    }

    private static AuditResult readResult(Path runDir) {
        Path file = runDir.resolve(Downloads.RESULT);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(runDir.resolve(Downloads.PAGES))) {
            throw VitrineException.configuration(runDir + " is not a scored run folder (it needs "
                    + Downloads.RESULT + " and " + Downloads.PAGES + ")");
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), AuditResult.class);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String language(String asked, AuditResult result) {
        String lang = asked != null ? asked
                : result.audit() != null && result.audit().language() != null ? result.audit().language()
                : AuditDefinition.LANGUAGES.get(0);
        if (!AuditDefinition.LANGUAGES.contains(lang)) {
            throw VitrineException.configuration("the report language must be one of "
                    + String.join(", ", AuditDefinition.LANGUAGES) + ", got \"" + lang + "\"");
        }
        return lang;
    }

    private static List<Path> checked(List<Path> dirs) {
        List<Path> list = dirs == null ? List.of() : List.copyOf(dirs);
        for (Path dir : list) {
            if (!Files.isDirectory(dir)) {
                throw VitrineException.configuration(dir + " is not a folder of templates");
            }
        }
        return list;
    }
}
