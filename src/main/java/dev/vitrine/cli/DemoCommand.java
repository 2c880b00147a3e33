package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.demo.DemoAudit;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.offsite.OffsiteStage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vitrine demo}: a full audit of the bundled demo site, served on 127.0.0.1 with the
 * partner site that links to it (its backlink sources) and a backlinks export; no network needed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Audit the bundled demo site (no network needed) and print the run folder.")
final class DemoCommand implements Callable<Integer> {

    static final String SLUG = DemoAudit.SLUG;
    /**
     * The demo site is served locally: no reason to be polite with pauses between requests. Its
     * social profiles are fictitious and the demo must not touch the network: never verified.
     */
    static final CrawlSettings SETTINGS = CrawlSettings.DEFAULTS.withDelayMillis(0).withVerifyProfiles(false);
    static final String OFFLINE_PROFILES = "Profils sociaux non vérifiés (démo hors ligne)";

    @Spec
    CommandSpec spec;

    @ParentCommand
    VitrineCommand vitrine;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the run into DIR instead of audits/demo/runs.")
    Path out;

    @Mixin
    CrawlOptions crawl;

    @Mixin
    FailUnder failUnder;

    @Override
    public Integer call() {
        Logging.configure(crawl.verbose);
        try (DemoAudit demo = DemoAudit.start()) {
            AuditDefinition definition = demo.definition();
            Path runsDir = out != null ? out : Path.of("audits", SLUG, "runs");
            PrintWriter log = spec.commandLine().getErr();
            log.println(OFFLINE_PROFILES);
            log.flush();
            Vitrine.AuditRun run = new Vitrine(log, vitrine.interactive(), Clock.systemUTC(), DemoCommand::withoutPause)
                    .audit(definition, crawl.applyTo(SETTINGS), runsDir, demo.folder());
            RunSummary.print(spec.commandLine().getOut(), definition, run);
            return failUnder.exitCode(run.result(), spec.commandLine().getErr());
        }
    }

    /** The partner site, like the company's, runs on this machine: no reason to pause between its pages either. */
    static OffsiteStage.Settings withoutPause(OffsiteStage.Settings s) {
        return new OffsiteStage.Settings(s.verifyProfiles(), s.userAgent(), s.timeout(), Duration.ZERO, s.route());
    }
}
