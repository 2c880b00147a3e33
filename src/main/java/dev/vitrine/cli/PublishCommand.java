package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.publish.Publisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vitrine publish [--audits DIR] --out DIR [--base-url URL] [--indexable] [--lang fr|en]}:
 * every audit as one static portfolio, then a summary and the path of its index.html.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish every audit as one static site: an index of the audits (latest score, belt, date, trend),"
                + " a page per audit listing its runs, and each run's report. Relative links only: it works from any"
                + " static host under any base path (preview it with vitrine serve --base-path).",
                "Not for search engines unless --indexable. The --out folder is replaced as a whole, atomically;"
                + " reports that did not change since the last publish are hard-linked, not copied again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:published",
            "2:usage error (unknown option, --base-url not an absolute http(s) address, --lang not fr or en)",
            "3:the audits folder does not exist, or --out is a folder that vitrine publish did not write",
            "5:internal error (re-run with -v and report it)"})
final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--audits", paramLabel = "DIR", defaultValue = "audits",
            description = "The audits folder, one folder per audit with its runs/ (default: ${DEFAULT-VALUE}).")
    Path audits;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The portfolio folder to write. Replaced as a whole: it must be empty, missing, or an earlier"
                    + " portfolio.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The absolute address the portfolio will be published at (e.g. https://audits.example.com/clients/):"
                    + " adds sitemap.xml and a canonical link to every page.")
    String baseUrl;

    @Option(names = "--indexable",
            description = "Let search engines index the portfolio and its reports: robots.txt allows all and the"
                    + " noindex tag is removed from every page. Off by default: audits are confidential.")
    boolean indexable;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of the portfolio's own pages (default: ${DEFAULT-VALUE}); each report keeps its own.")
    String language;

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(verbose);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Publisher.Summary summary = new Publisher(Vitrine.VERSION, Clock.systemUTC()).publish(
                new Publisher.Options(audits, this.out, baseUrl, indexable, language), notice -> {
                    err.println("vitrine: " + notice);
                    err.flush();
                });
        out.println("Published " + summary.audits() + (summary.audits() == 1 ? " audit, " : " audits, ")
                + summary.runs() + (summary.runs() == 1 ? " run: " : " runs: ")
                + summary.filesCopied() + " files copied, " + summary.filesLinked() + " unchanged (hard-linked)"
                + (indexable ? "; indexable" : "; not indexable (robots.txt disallows all, pages carry noindex)"));
        out.println(summary.index());
        out.flush();
        return 0;
    }
}
