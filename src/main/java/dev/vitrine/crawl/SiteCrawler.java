package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import dev.vitrine.model.VitrineException;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * The crawl stage: probes the home page, reads robots.txt and the sitemaps, crawls the
 * site with crawler4j, streams one line per fetched URL to {@code pages.jsonl}, makes the
 * few requests beside the crawl the checks need ({@link OutsideChecks}) and writes
 * {@code crawl.json}. The only package that knows crawler4j.
 */
public final class SiteCrawler {

    /** Turns one fetched, parsed HTML page into its facts (the extract stage, run inside the crawl). */
    @FunctionalInterface
    public interface Extractor {
        PageFacts extract(FetchedPage fetched, Document document);
    }

    public static final String PAGES_FILE = "pages.jsonl";
    public static final String CRAWL_FILE = "crawl.json";

    private final CrawlSettings settings;
    private final String userAgent;
    private final PrintWriter log;
    private final boolean interactive;

    /**
     * @param log         where progress goes (a bar when {@code interactive}, log lines otherwise)
     */
    public SiteCrawler(CrawlSettings settings, String userAgent, PrintWriter log, boolean interactive) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.log = log;
        this.interactive = interactive;
    }

    /**
     * Crawls the site at {@code startUrl} into {@code runDir}.
     *
     * @param extractorFor the extractor for pages of the site, given the site's scope
     * @throws VitrineException (unreachable) when the home page cannot be fetched as HTML
     */
    public CrawlSummary crawl(URI startUrl, Path runDir, Function<SiteScope, Extractor> extractorFor) {
        Instant started = Instant.now();
        try {
            DirectFetcher http = new DirectFetcher(settings, userAgent);
            HomeProbe.Home home = HomeProbe.probe(http, startUrl);
            SiteScope scope = SiteScope.of(startUrl, home.url());
            RobotsTxt.Fetched robots = RobotsTxt.fetch(http, home.url(), !settings.ignoreRobots());
            if (!settings.ignoreRobots() && !robots.rules().isAllowed(home.url().toString())) {
                throw VitrineException.unreachable(robots.record().url() + " does not allow Vitrine to crawl "
                        + home.url() + " (use --ignore-robots only on a site you are allowed to crawl)");
            }
            SitemapReader.Result sitemaps = SitemapReader.read(http, home.url(), robots.record().sitemaps(), scope);

            Path pagesFile = runDir.resolve(PAGES_FILE);
            BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
            CrawlState state;
            Crawl4j.Outcome outcome;
            try (PagesFile pages = new PagesFile(pagesFile)) {
                state = new CrawlState(settings, scope, extractorFor.apply(scope), normalizer, pages);
                outcome = runCrawler4j(state, startUrl, home, sitemaps);
            }
            List<CrawlSummary.BrokenLink> broken = state.brokenLinks.resolve(pagesFile);
            CrawlSummary.Outside outside = OutsideChecks.gather(http, startUrl, home.url(), scope,
                    state.homeStylesheets());
            Instant finished = Instant.now();
            CrawlSummary summary = new CrawlSummary(
                    "Vitrine", startUrl.toString(), home.url().toString(), home.redirects(),
                    List.copyOf(scope.hosts()), userAgent, settings, started, finished,
                    Duration.between(started, finished).toMillis(), robots.record(), sitemaps.sitemaps(),
                    new CrawlSummary.Totals(state.fetched(), state.htmlPages(), state.redirected(),
                            state.clientErrors(), state.serverErrors(), state.fetchErrors(), state.bytes(),
                            sitemaps.pageUrls().size(), outcome.sitemapOnlyPages(), broken.size()),
                    broken, outcome.stoppedBy(), outside);
            Json.pretty().writeValue(runDir.resolve(CRAWL_FILE).toFile(), summary);
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VitrineException(VitrineException.Kind.INTERNAL, "the crawl of " + startUrl + " was interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the crawl of " + startUrl + " to " + runDir + ": "
                    + e.getMessage(), e);
        }
    }

    private Crawl4j.Outcome runCrawler4j(CrawlState state, URI startUrl, HomeProbe.Home home,
                                         SitemapReader.Result sitemaps) throws IOException {
        Path storage = Files.createTempDirectory("vitrine-crawl-");
        try {
            return new Crawl4j(settings, userAgent, state, storage, log, interactive)
                    .run(startUrl, home, sitemaps.pageUrls());
        } finally {
            deleteQuietly(storage);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover empty temp folder is harmless
        }
    }

    /** One crawler4j crawl: configuration, controller, seeds, and what ended it. */
    static final class Crawl4j {

        record Outcome(String stoppedBy, int sitemapOnlyPages) {}

        private final CrawlSettings settings;
        private final String userAgent;
        private final CrawlState state;
        private final Path storage;
        private final PrintWriter log;
        private final boolean interactive;

        Crawl4j(CrawlSettings settings, String userAgent, CrawlState state, Path storage, PrintWriter log,
                boolean interactive) {
            this.settings = settings;
            this.userAgent = userAgent;
            this.state = state;
            this.storage = storage;
            this.log = log;
            this.interactive = interactive;
        }

        Outcome run(URI startUrl, HomeProbe.Home home, java.util.Set<String> sitemapUrls) {
            CrawlConfig config = config();
            try {
                TLDList tldList = new TLDList(config);
                InMemoryFrontier frontier = new InMemoryFrontier(config, settings.threads() + 4);
                TimedPageFetcher fetcher = new TimedPageFetcher(config, state.normalizer,
                        new HostPoliteness(settings.delayMillis()));
                RobotstxtConfig robotsConfig = new RobotstxtConfig();
                robotsConfig.setEnabled(!settings.ignoreRobots());
                robotsConfig.setUserAgentName(RobotsTxt.ROBOT_NAME);
                RobotstxtServer robots = new RobotstxtServer(robotsConfig, fetcher, frontier.getWebURLFactory());
                JsoupHtmlParser html = new JsoupHtmlParser(state, frontier.getWebURLFactory(), tldList);
                RoutingParser parser = new RoutingParser(config, state.normalizer, html, tldList,
                        frontier.getWebURLFactory(), state);
                int[] sitemapOnly = {0};
                ProgressReporter[] progress = new ProgressReporter[1];
                VitrineCrawlController[] controller = new VitrineCrawlController[1];
                controller[0] = new VitrineCrawlController(config, state.normalizer, fetcher, parser, robots,
                        tldList, frontier,
                        () -> {
                            List<String> late = lateSeeds(sitemapUrls, controller[0]);
                            sitemapOnly[0] = late.size();
                            return late;
                        },
                        () -> progress[0].tick());
                progress[0] = new ProgressReporter(log, interactive, state::fetched,
                        () -> controller[0].getFrontier().getQueueLength(), state::errors);

                String seed = state.normalizer.filter(home.url().toString());
                if (!home.redirects().isEmpty()) {
                    // The home record keeps the URL the user gave and the redirects to the real home.
                    state.redirects.await(seed, new RedirectChains.Chain(startUrl.toString(), 0, home.redirects()));
                }
                state.offered.add(seed);
                state.watchHome(seed);
                controller[0].addSeed(seed);
                controller[0].start(() -> new VitrineWebCrawler(state), settings.threads());
                progress[0].done();
                recordUnfinishedRedirects();
                return new Outcome(stoppedBy(controller[0]), sitemapOnly[0]);
            } catch (VitrineException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VitrineException(VitrineException.Kind.INTERNAL, "the crawl was interrupted");
            } catch (Exception e) {
                throw new VitrineException(VitrineException.Kind.INTERNAL, "the crawler failed: " + e.getMessage(), e);
            }
        }

        private CrawlConfig config() {
            CrawlConfig config = new CrawlConfig();
            config.setCrawlStorageFolder(storage.toString());
            config.setUserAgentString(userAgent);
            config.setMaxPagesToFetch(settings.maxPages());
            config.setMaxDepthOfCrawling(settings.maxDepth());
            config.setPolitenessDelay(settings.delayMillis());
            config.setConnectionTimeout(settings.connectTimeoutMillis());
            config.setSocketTimeout(settings.readTimeoutMillis());
            config.setMaxDownloadSize(settings.maxBodyBytes());
            config.setMaxConnectionsPerHost(settings.threads());
            config.setMaxTotalConnections(settings.threads() * 2);
            config.setIncludeHttpsPages(true);
            config.setIncludeBinaryContentInCrawling(true); // routed to fetch-only records, never to Tika
            config.setFollowRedirects(true);
            config.setRespectNoFollow(false); // nofollow and noindex are audited, not obeyed
            config.setRespectNoIndex(false);
            config.setAllowSingleLevelDomain(true); // localhost and intranet names
            config.setHaltOnError(false);
            // Threads take a few URLs at a time: a page's links spread over all threads at once,
            // with a quarter of the frontier queries of one URL at a time.
            config.setBatchReadSize(4);
            // The stock monitor is replaced (VitrineCrawlController); these keep its values sane anyway.
            config.setThreadMonitoringDelaySeconds(1);
            config.setThreadShutdownDelaySeconds(0);
            config.setCleanupDelaySeconds(0);
            return config;
        }

        /** Sitemap URLs no link led to, asked for when the links run out, unless a limit ended the crawl. */
        private List<String> lateSeeds(java.util.Set<String> sitemapUrls, VitrineCrawlController controller) {
            if (state.wasDepthLimitHit() || state.fetched() >= settings.maxPages()) {
                return List.of();
            }
            List<String> late = new ArrayList<>();
            for (String url : sitemapUrls) {
                String normalized = state.normalizer.filter(url);
                if (normalized != null && state.offered.add(normalized)
                        && !controller.getDocIdServer().isSeenBefore(normalized)) {
                    late.add(normalized);
                }
            }
            if (!late.isEmpty()) {
                state.enterSitemapPhase();
            }
            return late;
        }

        /** Redirects whose target was never fetched (robots.txt, page limit) are recorded as such. */
        private void recordUnfinishedRedirects() {
            for (Map.Entry<String, RedirectChains.Chain> entry : state.redirects.drain()) {
                RedirectChains.Chain chain = entry.getValue();
                int status = chain.hops().get(chain.hops().size() - 1).status();
                FetchedPage fetched = new FetchedPage(chain.origin(), entry.getKey(), chain.hops(), status, null, 0,
                        0, chain.depth(), Map.of(), null);
                state.record(PageFacts.ofResource(fetched,
                        "redirect target not fetched (disallowed by robots.txt or beyond a crawl limit)"));
            }
        }

        private String stoppedBy(VitrineCrawlController controller) {
            if (controller.knownUrls() > settings.maxPages() || state.fetched() >= settings.maxPages()) {
                return "maxPages";
            }
            if (state.wasDepthLimitHit()) {
                return "maxDepth";
            }
            return null;
        }
    }
}
