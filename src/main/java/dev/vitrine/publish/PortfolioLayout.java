package dev.vitrine.publish;

/**
 * Where things are in a published portfolio, as paths relative to its root. A run's report
 * keeps the layout it has in the audits folder ({@code <slug>/runs/<run-id>/site/}), so the
 * links a report makes to earlier runs ({@code ../../<run-id>/site/index.html}) still work.
 */
final class PortfolioLayout {

    static final String INDEX = "index.html";
    static final String ASSETS_DIR = "assets";
    static final String STYLESHEET = ASSETS_DIR + "/portfolio.css";
    static final String FAVICON = ASSETS_DIR + "/favicon.svg";
    static final String ROBOTS = "robots.txt";
    static final String SITEMAP = "sitemap.xml";
    /** Tells GitHub Pages not to run Jekyll, which would drop files and folders starting with "_". */
    static final String NOJEKYLL = ".nojekyll";
    /** What the previous publish copied, to reuse what did not change; its presence marks a portfolio. */
    static final String MANIFEST = ".vitrine-publish.json";
    static final String SITE_DIR = "site";
    static final String RUNS_DIR = "runs";

    private PortfolioLayout() {}

    /** {@code <slug>/index.html}: the page of one audit. */
    static String auditPage(String slug) {
        return slug + "/" + INDEX;
    }

    /** {@code <slug>/runs/<run-id>/site}: the report folder of one run. */
    static String runSite(String slug, String runId) {
        return slug + "/" + RUNS_DIR + "/" + runId + "/" + SITE_DIR;
    }

    /** {@code <slug>/runs/<run-id>/site/index.html}: the first page of one run's report. */
    static String runReport(String slug, String runId) {
        return runSite(slug, runId) + "/" + INDEX;
    }
}
