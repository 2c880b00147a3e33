package dev.vitrine.publish;

/**
 * What the portfolio templates see: records already in the page's language, numbers and
 * dates formatted, links relative to the page. The company name comes from result.json and
 * is written with {@code th:text} only.
 *
 * <p>Variables of every page: {@code page} ({@link Page}); the index adds {@code audits}
 * (a list of {@link AuditRow}), the page of an audit adds {@code audit} ({@link AuditRow})
 * and {@code runs} (a list of {@link RunRow}, newest first).
 */
final class PortfolioModel {

    private PortfolioModel() {}

    /**
     * @param root        the way back to the portfolio's root from this page: "" or "../"
     * @param noindex     true to write the robots meta tag (the default: audits are confidential)
     * @param canonical   this page's absolute address, or null without {@code --base-url}
     */
    record Page(String language, String root, boolean noindex, String canonical, String version, String generatedAt) {}

    /** A belt as shown: its id (a known belt, for the CSS class) and its name in the page's language. */
    record Belt(String id, String label) {}

    /**
     * One audit: {@code href} its page and {@code latestHref} its latest report, both relative to
     * the page showing the row.
     */
    record AuditRow(String slug, String company, String href, String latestHref, String scoreText, Belt belt,
                    String date, String dateIso, Sparkline trend, String trendLabel, int runCount) {}

    /** One run of an audit, {@code href} its report relative to the audit's page. */
    record RunRow(String runId, String date, String dateIso, String scoreText, Belt belt, String href,
                  boolean latest) {}
}
