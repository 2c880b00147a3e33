package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.demo.DemoSite;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vitrine demo}: a full audit of the bundled demo site, served on 127.0.0.1, no network needed. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Audit the bundled demo site (no network needed) and print the run folder.")
final class DemoCommand implements Callable<Integer> {

    static final String SLUG = "demo";
    /** The company of the bundled site (src/main/resources/demo-site/), as its pages name it. */
    static final String COMPANY = "Atelier Lumière";
    /** The demo site is served locally: no reason to be polite with pauses between requests. */
    static final CrawlSettings SETTINGS = CrawlSettings.DEFAULTS.withDelayMillis(0);

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
        try (DemoSite site = DemoSite.start()) {
            URI url = site.url();
            AuditDefinition definition = new AuditDefinition(SLUG, COMPANY, url, null,
                    List.of("visibility", "leads"), null, null, null);
            Path runsDir = out != null ? out : Path.of("audits", SLUG, "runs");
            Vitrine.AuditRun run = new Vitrine(spec.commandLine().getErr(), vitrine.interactive(), Clock.systemUTC())
                    .audit(definition, crawl.applyTo(SETTINGS), runsDir);
            RunSummary.print(spec.commandLine().getOut(), definition, run);
            return failUnder.exitCode(run.result(), spec.commandLine().getErr());
        }
    }
}
