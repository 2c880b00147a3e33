package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crawler4j's controller with a faster, smarter end. The stock monitor polls once per
 * {@code threadMonitoringDelaySeconds} and then sleeps the shutdown and clean-up delays
 * (whole seconds each; 30 s by default), so a ten-page site took half a minute. This one
 * polls every {@value #POLL_MILLIS} ms, calls the crawl done after two idle polls in a row,
 * and, when the links are exhausted, seeds the sitemap URLs no link led to before ending.
 */
final class VitrineCrawlController extends CrawlController {

    private static final Logger log = LoggerFactory.getLogger(VitrineCrawlController.class);
    static final long POLL_MILLIS = 20;

    private final Supplier<List<String>> lateSeeds;
    private final Runnable onTick;
    private int knownUrls;

    /**
     * @param lateSeeds asked once, when the crawl first runs out of URLs: more seeds to crawl
     *                  (sitemap URLs), or an empty list to end
     * @param onTick    called on every poll (progress display)
     */
    VitrineCrawlController(CrawlConfig config, BasicURLNormalizer normalizer, PageFetcher fetcher, Parser parser,
                           RobotstxtServer robots, TLDList tldList, FrontierConfiguration frontierConfiguration,
                           Supplier<List<String>> lateSeeds, Runnable onTick) throws Exception {
        super(config, normalizer, fetcher, parser, robots, tldList, frontierConfiguration);
        this.lateSeeds = lateSeeds;
        this.onTick = onTick;
    }

    /** URLs the crawl knew (fetched or refused by the page limit), read before the frontier closed. */
    int knownUrls() {
        return knownUrls;
    }

    @Override
    protected <T extends WebCrawler> void start(WebCrawlerFactory<T> factory, int threads, boolean blocking) {
        List<Thread> running = new ArrayList<>();
        List<T> crawlers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                T crawler = factory.newInstance();
                crawlers.add(crawler);
                running.add(launch(crawler, i + 1));
            }
            monitor(factory, running, crawlers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("the crawl failed: " + e.getMessage(), e);
        } finally {
            finish(running, crawlers);
        }
    }

    private Thread launch(WebCrawler crawler, int id) {
        Thread thread = new Thread(crawler, "vitrine-crawler-" + id);
        thread.setDaemon(true); // a stuck socket must never keep the command from exiting
        crawler.setThread(thread);
        crawler.init(id, this);
        thread.start();
        return thread;
    }

    private <T extends WebCrawler> void monitor(WebCrawlerFactory<T> factory, List<Thread> running, List<T> crawlers)
            throws Exception {
        boolean lateSeedsAsked = false;
        int idlePolls = 0;
        while (!isShuttingDown()) {
            Thread.sleep(POLL_MILLIS);
            onTick.run();
            restartDeadThreads(factory, running, crawlers);
            if (anyWorking(crawlers) || frontier.getQueueLength() > 0 || frontier.getNumberOfAssignedPages() > 0) {
                idlePolls = 0;
                continue;
            }
            if (++idlePolls < 2) {
                continue; // a thread may be between taking URLs and flagging itself busy
            }
            if (!lateSeedsAsked) {
                lateSeedsAsked = true;
                List<String> seeds = lateSeeds.get();
                if (!seeds.isEmpty()) {
                    addSeeds(seeds);
                    idlePolls = 0;
                    continue;
                }
            }
            return;
        }
    }

    private static boolean anyWorking(List<? extends WebCrawler> crawlers) {
        for (WebCrawler c : crawlers) {
            if (c.isNotWaitingForNewURLs()) {
                return true;
            }
        }
        return false;
    }

    /** A thread killed by an unexpected error is logged and replaced, as crawler4j does. */
    private <T extends WebCrawler> void restartDeadThreads(WebCrawlerFactory<T> factory, List<Thread> running,
                                                           List<T> crawlers) throws Exception {
        for (int i = 0; i < running.size(); i++) {
            if (!running.get(i).isAlive() && !isShuttingDown()) {
                if (crawlers.get(i) instanceof VitrineWebCrawler v && v.failure() != null) {
                    log.warn("crawler thread {} failed and is restarted", i + 1, v.failure());
                }
                T crawler = factory.newInstance();
                crawlers.set(i, crawler);
                running.set(i, launch(crawler, i + 1));
            }
        }
    }

    private void finish(List<Thread> running, List<? extends WebCrawler> crawlers) {
        try {
            knownUrls = docIdServer.getDocCount();
        } catch (RuntimeException e) {
            knownUrls = -1;
        }
        frontier.finish(); // wakes the threads waiting for URLs: they return
        for (Thread t : running) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (WebCrawler crawler : crawlers) {
            crawler.onBeforeExit();
        }
        frontier.close();
        docIdServer.close();
        pageFetcher.shutDown();
        frontierConfiguration.close();
        finished = true;
        synchronized (waitingLock) {
            waitingLock.notifyAll();
        }
    }
}
