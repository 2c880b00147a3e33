package dev.vitrine.crawl;

import dev.vitrine.model.PageFacts.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Redirects in flight. crawler4j fetches each hop of a redirect as a separate URL; this
 * keeps the chain walked so far under the URL it points to, so the page that finally
 * answers is recorded once, under the URL that was linked, with every hop.
 */
final class RedirectChains {

    /** Hops followed from {@code origin}; the last hop's location is the next URL to fetch. */
    record Chain(String origin, int depth, List<Redirect> hops) {
        Chain then(Redirect hop) {
            List<Redirect> more = new ArrayList<>(hops);
            more.add(hop);
            return new Chain(origin, depth, List.copyOf(more));
        }

        boolean visited(String url) {
            return origin.equals(url) || hops.stream().anyMatch(h -> h.url().equals(url));
        }
    }

    private final Map<String, Chain> waiting = new ConcurrentHashMap<>();

    /** The chain that led to {@code url}, removed from the waiting list, or null. */
    Chain take(String url) {
        return waiting.remove(url);
    }

    /** Remembers that {@code chain} continues at {@code nextUrl}. */
    void await(String nextUrl, Chain chain) {
        waiting.put(nextUrl, chain);
    }

    /** Chains whose next URL was never fetched (disallowed by robots.txt, or a limit hit). */
    List<Map.Entry<String, Chain>> drain() {
        List<Map.Entry<String, Chain>> left = new ArrayList<>(waiting.entrySet());
        waiting.clear();
        return left;
    }
}
