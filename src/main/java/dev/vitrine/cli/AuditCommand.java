package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditFiles;
import dev.vitrine.model.CrawlSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vitrine audit <audit-dir> | --url URL}: one new run of an audit. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Crawl a company's site and write a new run of its audit, then print the run folder.",
        customSynopsis = {
            "vitrine audit <audit-dir> [options]",
            "       vitrine audit --url URL [--out DIR] [options]"})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    VitrineCommand vitrine;

    @Parameters(arity = "0..1", paramLabel = "<audit-dir>",
            description = "Folder holding audit.yaml, e.g. audits/acme; the run goes into its runs/ folder.")
    Path auditDir;

    private URI url;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run into DIR instead of <audit-dir>/runs (or audits/<host>/runs with --url).")
    Path out;

    @Mixin
    CrawlOptions crawl;

    @Mixin
    FailUnder failUnder;

    @Option(names = "--url", paramLabel = "URL",
            description = "Audit this site without an audit.yaml; the company's name is its host.")
    void url(String value) {
        try {
            url = AuditFiles.webUrl(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--url " + e.getMessage());
        }
    }

    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        Logging.configure(crawl.verbose);
        AuditDefinition definition = definition();
        CrawlSettings settings = settings(definition);
        Vitrine.AuditRun run = new Vitrine(spec.commandLine().getErr(), vitrine.interactive(), Clock.systemUTC())
                .audit(definition, settings, runsDir(definition), url != null ? null : auditFolder());
        RunSummary.print(spec.commandLine().getOut(), definition, run);
        return failUnder.exitCode(run.result(), spec.commandLine().getErr());
    }

    /** The audit to run: audit.yaml, or one made up from --url; --lang wins over both. */
    AuditDefinition definition() {
        if (auditDir != null && url != null) {
            throw new ParameterException(spec.commandLine(), "give an audit folder or --url, not both");
        }
        if (auditDir == null && url == null) {
            throw new ParameterException(spec.commandLine(),
                    "give an audit folder (e.g. vitrine audit audits/acme) or --url URL");
        }
        AuditDefinition definition = url != null ? adHoc(url) : AuditFiles.read(auditYaml());
        return lang.language == null ? definition : definition.withLanguage(lang.language);
    }

    /** Defaults, then audit.yaml's crawl: block, then the command line. */
    CrawlSettings settings(AuditDefinition definition) {
        return crawl.applyTo(definition.crawl().applyTo(CrawlSettings.DEFAULTS));
    }

    Path runsDir(AuditDefinition definition) {
        if (out != null) {
            return out;
        }
        if (url != null) {
            return Path.of("audits", definition.slug(), "runs");
        }
        return auditFolder().resolve("runs");
    }

    // People also type the file itself: "vitrine audit audits/acme/audit.yaml".
    private Path auditYaml() {
        return Files.isRegularFile(auditDir) ? auditDir : auditDir.resolve(AuditFiles.FILE_NAME);
    }

    private Path auditFolder() {
        if (!Files.isRegularFile(auditDir)) {
            return auditDir;
        }
        return auditDir.getParent() == null ? Path.of(".") : auditDir.getParent();
    }

    /** An audit of a bare URL: named after its host, with the default objectives and limits. */
    static AuditDefinition adHoc(URI url) {
        String host = url.getHost();
        return new AuditDefinition(slugOf(host), host, url, null, null, null, null, null);
    }

    /** "www.acme.fr" becomes "www-acme-fr": a folder name that is also a valid slug. */
    static String slugOf(String host) {
        String slug = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "site" : slug;
    }
}
