package dev.vitrine.publish;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code vitrine publish}: every audit of an audits folder as one static portfolio, ready for
 * any static host. The portfolio has an index of the audits, a page per audit listing its
 * runs, and each run's report as it was rendered ({@code <slug>/runs/<run-id>/site/}); all
 * links are relative, so it works under any base path. It is built beside {@code --out} and
 * swapped in when complete, reusing by hard link the reports that did not change.
 */
public final class Publisher {

    /** A sitemap holds at most this many addresses (the sitemaps.org limit). */
    static final int MAX_SITEMAP_URLS = 50_000;

    private final String version;
    private final Clock clock;
    private final Consumer<Path> beforeSwap;

    /**
     * @param version written in the pages' footer and in the manifest
     * @param clock   the date the portfolio says it was published
     */
    public Publisher(String version, Clock clock) {
        this(version, clock, staging -> { });
    }

    /** With {@code beforeSwap} called on the complete staging folder just before the swap: for tests of failures. */
    Publisher(String version, Clock clock, Consumer<Path> beforeSwap) {
        this.version = version;
        this.clock = clock;
        this.beforeSwap = beforeSwap;
    }

    /**
     * What to publish and how.
     *
     * @param audits    the audits folder ({@code audits/<slug>/runs/<run-id>/})
     * @param out       the portfolio folder, replaced as a whole
     * @param baseUrl   the absolute http(s) address the portfolio will be published at, or null:
     *                  with it, a sitemap.xml and a canonical link in every page
     * @param indexable true to let search engines index it (robots.txt allows all, no noindex);
     *                  false by default, audits being confidential
     * @param language  fr or en, for the portfolio's own pages (the reports keep theirs)
     */
    public record Options(Path audits, Path out, String baseUrl, boolean indexable, String language) {}

    /**
     * What was published: {@code filesCopied} + {@code filesLinked} is the number of report files;
     * linked ones came unchanged from the previous portfolio without copying a byte.
     */
    public record Summary(int audits, int runs, int filesCopied, int filesLinked, Path index) {}

    /**
     * Publishes, telling {@code notices} (one sentence each) what was left out and why.
     *
     * @throws VitrineException USAGE for a bad base URL or language, CONFIGURATION for a missing
     *                          audits folder or an {@code --out} folder that is not a portfolio
     */
    public Summary publish(Options options, Consumer<String> notices) {
        BaseUrl baseUrl = options.baseUrl() == null ? null : BaseUrl.parse(options.baseUrl());
        String language = options.language() == null ? "fr" : options.language();
        if (!language.equals("fr") && !language.equals("en")) {
            throw VitrineException.usage("--lang must be fr or en, got \"" + language + "\"");
        }
        Path audits = options.audits().toAbsolutePath().normalize();
        Path out = options.out().toAbsolutePath().normalize();
        if (!Files.isDirectory(audits)) {
            throw VitrineException.configuration(options.audits() + " is not a folder of audits (audits/<slug>/runs/…):"
                    + " give the right one with --audits");
        }
        if (out.getParent() == null) {
            throw VitrineException.configuration("--out cannot be the root of the file system: choose a folder");
        }
        if (audits.startsWith(out)) {
            throw VitrineException.configuration("--out " + options.out() + " would replace the audits folder "
                    + options.audits() + ": choose a folder outside it");
        }
        OutputFolder.checkReplaceable(out);

        Portfolio portfolio = Portfolio.collect(audits, notices);
        PublishManifest previous = PublishManifest.read(out);
        Path staging = OutputFolder.stage(out);
        try {
            RunCopier copier = new RunCopier(Files.isDirectory(out) ? out : null, previous, options.indexable(), baseUrl);
            List<String> reportPages = new ArrayList<>();
            Map<String, String> fingerprints = new HashMap<>();
            int runs = 0;
            for (Portfolio.Audit audit : portfolio.audits()) {
                for (Portfolio.Run run : audit.runs()) {
                    fingerprints.put(PublishManifest.key(audit.slug(), run.runId()),
                            copier.publish(audit.slug(), run, staging, reportPages));
                    runs++;
                }
            }
            List<String> pages = new ArrayList<>(new PortfolioPages(language, options.indexable(), baseUrl, version,
                    clock.instant()).write(portfolio, staging));
            pages.addAll(reportPages);
            writeRobots(staging, options.indexable(), baseUrl);
            if (baseUrl != null) {
                writeSitemap(staging, baseUrl, pages, notices);
            }
            Files.writeString(staging.resolve(PortfolioLayout.NOJEKYLL), "");
            new PublishManifest("Vitrine", version, fingerprints).write(staging);
            beforeSwap.accept(staging);
            OutputFolder.swap(staging, out);
            return new Summary(portfolio.audits().size(), runs, copier.copied(), copier.linked(),
                    options.out().resolve(PortfolioLayout.INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the portfolio in " + staging + ": " + e.getMessage(), e);
        } finally {
            OutputFolder.delete(staging); // gone already when it was moved into place
        }
    }

    /** Disallow-all unless indexable; robots.txt only counts at a host's root, which the README says. */
    static void writeRobots(Path root, boolean indexable, BaseUrl baseUrl) throws IOException {
        String robots = indexable
                ? "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "\nSitemap: " + baseUrl.of(PortfolioLayout.SITEMAP) + "\n")
                : "# Confidential audits: published with vitrine publish, not for search engines.\nUser-agent: *\nDisallow: /\n";
        Files.writeString(root.resolve(PortfolioLayout.ROBOTS), robots, StandardCharsets.UTF_8);
    }

    static void writeSitemap(Path root, BaseUrl baseUrl, List<String> pages, Consumer<String> notices) throws IOException {
        if (pages.size() > MAX_SITEMAP_URLS) {
            notices.accept("the sitemap lists the first " + MAX_SITEMAP_URLS + " of " + pages.size() + " pages (the sitemap limit)");
        }
        try (Writer w = Files.newBufferedWriter(root.resolve(PortfolioLayout.SITEMAP), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String page : pages.subList(0, Math.min(pages.size(), MAX_SITEMAP_URLS))) {
                w.write("  <url><loc>" + xml(baseUrl.of(page)) + "</loc></url>\n");
            }
            w.write("</urlset>\n");
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
