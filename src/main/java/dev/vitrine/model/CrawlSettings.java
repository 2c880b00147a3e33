package dev.vitrine.model;

/**
 * Limits and manners of one crawl. Defaults suit a small business site and a polite crawl;
 * the command line and {@code audit.yaml} override them.
 *
 * @param maxPages        most URLs fetched (pages, assets and broken links alike)
 * @param maxDepth        most clicks from the home page
 * @param threads         crawler threads
 * @param delayMillis     pause between two requests to the same host
 * @param ignoreRobots    fetch what robots.txt disallows (only for sites you own)
 * @param connectTimeoutMillis time to open a connection
 * @param readTimeoutMillis    time to wait for data once connected
 * @param maxBodyBytes    larger bodies are not downloaded (recorded with an error)
 * @param verifyProfiles  after the crawl, fetch the company's own social profiles to check
 *                        they exist ({@code --no-verify-profiles} turns it off; crawl.json
 *                        records it, so a report can say its profiles were not checked)
 */
public record CrawlSettings(
        int maxPages,
        int maxDepth,
        int threads,
        int delayMillis,
        boolean ignoreRobots,
        int connectTimeoutMillis,
        int readTimeoutMillis,
        int maxBodyBytes,
        boolean verifyProfiles) {

    public static final CrawlSettings DEFAULTS =
            new CrawlSettings(500, 10, 4, 100, false, 10_000, 20_000, 5 * 1024 * 1024, true);

    public CrawlSettings {
        requireAtLeast("maxPages", maxPages, 1);
        requireAtLeast("maxDepth", maxDepth, 0);
        requireAtLeast("threads", threads, 1);
        requireAtLeast("delayMillis", delayMillis, 0);
        requireAtLeast("connectTimeoutMillis", connectTimeoutMillis, 1);
        requireAtLeast("readTimeoutMillis", readTimeoutMillis, 1);
        requireAtLeast("maxBodyBytes", maxBodyBytes, 1024);
        if (threads > 64) {
            throw new IllegalArgumentException("threads must be at most 64, got " + threads);
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    public CrawlSettings withMaxPages(int value) {
        return new CrawlSettings(value, maxDepth, threads, delayMillis, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withMaxDepth(int value) {
        return new CrawlSettings(maxPages, value, threads, delayMillis, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withThreads(int value) {
        return new CrawlSettings(maxPages, maxDepth, value, delayMillis, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withDelayMillis(int value) {
        return new CrawlSettings(maxPages, maxDepth, threads, value, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withIgnoreRobots(boolean value) {
        return new CrawlSettings(maxPages, maxDepth, threads, delayMillis, value, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withTimeouts(int connectMillis, int readMillis) {
        return new CrawlSettings(maxPages, maxDepth, threads, delayMillis, ignoreRobots, connectMillis, readMillis, maxBodyBytes, verifyProfiles);
    }

    public CrawlSettings withMaxBodyBytes(int value) {
        return new CrawlSettings(maxPages, maxDepth, threads, delayMillis, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, value, verifyProfiles);
    }

    public CrawlSettings withVerifyProfiles(boolean value) {
        return new CrawlSettings(maxPages, maxDepth, threads, delayMillis, ignoreRobots, connectTimeoutMillis, readTimeoutMillis, maxBodyBytes, value);
    }
}
