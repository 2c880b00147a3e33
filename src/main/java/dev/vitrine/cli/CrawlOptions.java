package dev.vitrine.cli;

import dev.vitrine.model.AuditDefinition.CrawlOverrides;
import dev.vitrine.model.CrawlSettings;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Crawl limits and verbosity on the command line, shared by {@code audit} and {@code demo}.
 * They override audit.yaml's {@code crawl:} block, which overrides {@link CrawlSettings#DEFAULTS}.
 * Values are checked as they are parsed, so a bad one is a usage error naming the option.
 */
final class CrawlOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;

    @Option(names = "--ignore-robots", description = "Fetch what robots.txt disallows (only for a site you own).")
    boolean ignoreRobots;

    @Option(names = "--no-verify-profiles",
            description = "Do not fetch the company's social profiles to check they exist (no request to the social networks).")
    boolean noVerifyProfiles;

    private Integer maxPages;
    private Integer maxDepth;
    private Integer threads;
    private Integer delayMillis;

    @Option(names = "--max-pages", paramLabel = "N", description = "Most URLs fetched (pages, files and broken links).")
    void maxPages(int value) {
        maxPages = checked("--max-pages", value, CrawlSettings.DEFAULTS::withMaxPages);
    }

    @Option(names = "--max-depth", paramLabel = "N", description = "Most clicks away from the home page.")
    void maxDepth(int value) {
        maxDepth = checked("--max-depth", value, CrawlSettings.DEFAULTS::withMaxDepth);
    }

    @Option(names = "--threads", paramLabel = "N", description = "Pages fetched at the same time.")
    void threads(int value) {
        threads = checked("--threads", value, CrawlSettings.DEFAULTS::withThreads);
    }

    @Option(names = "--delay-ms", paramLabel = "N", description = "Pause between two requests to the site, in milliseconds.")
    void delayMillis(int value) {
        delayMillis = checked("--delay-ms", value, CrawlSettings.DEFAULTS::withDelayMillis);
    }

    /** {@code base} with the options given on the command line, and only those, applied. */
    CrawlSettings applyTo(CrawlSettings base) {
        CrawlSettings settings = new CrawlOverrides(maxPages, maxDepth, threads, delayMillis,
                ignoreRobots ? Boolean.TRUE : null).applyTo(base);
        return noVerifyProfiles ? settings.withVerifyProfiles(false) : settings;
    }

    // CrawlSettings owns the limits. Its message starts with the field's name ("maxPages must
    // be at least 1, got 0"); the user typed an option, so the option's name replaces it.
    private int checked(String option, int value, IntFunction<CrawlSettings> check) {
        try {
            check.apply(value);
            return value;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int space = message.indexOf(' ');
            throw new ParameterException(command.commandLine(),
                    option + (space < 0 ? ": " + message : message.substring(space)));
        }
    }

    /**
     * Adds {@code base}'s limits to a command's help. Done in code because an annotation cannot
     * read {@link CrawlSettings}, and the help must not drift from the real defaults.
     */
    static void describeDefaults(CommandLine command, CrawlSettings base, String precedence) {
        command.getCommandSpec().usageMessage().footer("%nDefaults: --max-pages " + base.maxPages()
                + ", --max-depth " + base.maxDepth() + ", --threads " + base.threads()
                + ", --delay-ms " + base.delayMillis() + "."
                + (base.verifyProfiles() ? "" : " Social profiles are never verified (no request leaves the machine).")
                + (precedence == null ? "" : " " + precedence));
    }
}
