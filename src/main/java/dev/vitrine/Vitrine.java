package dev.vitrine;

import dev.vitrine.crawl.SiteCrawler;
import dev.vitrine.extract.PageExtractor;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.run.RunDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

/**
 * The front door: {@link #audit} reads top to bottom as the pipeline. Only this class and
 * the cli know the order of the stages.
 */
public final class Vitrine {

    public static final String VERSION = readVersion();
    public static final String USER_AGENT = "Vitrine/" + VERSION + " (+https://github.com/vitrine-audit/vitrine)";

    /** A finished run: its folder (already moved into place) and what the crawl saw. */
    public record AuditRun(Path runDir, CrawlSummary crawl) {}

    private final PrintWriter log;
    private final boolean interactive;
    private final Clock clock;

    /**
     * @param log         where progress and warnings go (the command's error writer)
     * @param interactive true on a terminal: draw a progress bar instead of log lines
     */
    public Vitrine(PrintWriter log, boolean interactive, Clock clock) {
        this.log = log;
        this.interactive = interactive;
        this.clock = clock;
    }

    /** Audits one company into a new run folder under {@code runsDir} and returns it. */
    public AuditRun audit(AuditDefinition definition, CrawlSettings settings, Path runsDir) {
        try (RunDirectory run = RunDirectory.begin(runsDir, clock)) {
            CrawlSummary crawl = new SiteCrawler(settings, USER_AGENT, log, interactive)
                    .crawl(definition.website(), run.path(), scope -> new PageExtractor(scope)::extract);
            // Later stages (score, site) go here, each reading the files of the stage before.
            return new AuditRun(run.commit(), crawl);
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
