package dev.vitrine.crawl;

import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The delay between two requests to one host, shared by all crawler threads. Each request
 * books the next free slot for its host, so N threads still send one request per delay to
 * a host (crawler4j's stock politeness lets concurrent threads through together). The
 * time a thread waited is kept per thread so response times leave it out.
 */
final class HostPoliteness implements PolitenessServer {

    private static final ThreadLocal<Long> WAITED = ThreadLocal.withInitial(() -> 0L);

    private final long delayMillis;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostPoliteness(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public long applyPoliteness(WebURL url) {
        if (delayMillis <= 0) {
            WAITED.set(0L);
            return NO_POLITENESS_APPLIED;
        }
        String host = hostOf(url.getURL());
        long now = System.currentTimeMillis();
        long wait;
        synchronized (nextSlot) {
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + delayMillis);
            wait = slot - now;
        }
        WAITED.set(wait);
        return wait > 0 ? wait : NO_POLITENESS_APPLIED;
    }

    /** Milliseconds the current thread was told to wait before its last request. */
    static long waitedByThisThread() {
        return WAITED.get();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
