package dev.vitrine.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.util.Timeout;

/**
 * crawler4j's fetcher, measuring each response time (politeness wait excluded) and keeping
 * the {@code Content-Encoding} the server sent: HttpClient decompresses bodies and removes
 * that header, and the audit needs to know whether the site compresses.
 */
final class TimedPageFetcher extends PageFetcher {

    private static final ThreadLocal<Long> RESPONSE_MILLIS = ThreadLocal.withInitial(() -> -1L);
    private static final ThreadLocal<String> CONTENT_ENCODING = new ThreadLocal<>();

    @SuppressWarnings("deprecation") // HttpClient 5.4 moved the connect timeout; crawler4j still sets it here
    TimedPageFetcher(CrawlConfig config, BasicURLNormalizer normalizer, HostPoliteness politeness)
            throws GeneralSecurityException {
        super(config, normalizer, politeness);
        // Same client as the library builds, plus an interceptor that sees the raw response
        // before the decompression step strips Content-Encoding.
        HttpResponseInterceptor keepEncoding = (response, entity, context) -> {
            Header h = response.getFirstHeader("Content-Encoding");
            CONTENT_ENCODING.set(h == null ? null : h.getValue());
        };
        httpClient = HttpClientBuilder.create()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setExpectContinueEnabled(false)
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getSocketTimeout()))
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectionTimeout()))
                        .build())
                .setUserAgent(config.getUserAgentString())
                .addResponseInterceptorFirst(keepEncoding)
                .disableCookieManagement()
                .build();
    }

    @Override
    public PageFetchResult fetchPage(WebURL webUrl)
            throws InterruptedException, IOException, PageBiggerThanMaxSizeException, URISyntaxException {
        CONTENT_ENCODING.remove();
        RESPONSE_MILLIS.set(-1L);
        long start = System.nanoTime();
        try {
            return super.fetchPage(webUrl);
        } finally {
            long elapsed = (System.nanoTime() - start) / 1_000_000 - HostPoliteness.waitedByThisThread();
            RESPONSE_MILLIS.set(Math.max(0, elapsed));
        }
    }

    /** Time to the response headers of this thread's last fetch, in milliseconds. */
    static long lastResponseMillis() {
        return RESPONSE_MILLIS.get();
    }

    /** The Content-Encoding header of this thread's last response, or null. */
    static String lastContentEncoding() {
        return CONTENT_ENCODING.get();
    }
}
