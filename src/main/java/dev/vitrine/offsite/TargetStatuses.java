package dev.vitrine.offsite;

import dev.vitrine.model.PageFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The status, on the company's site, of the pages backlinks point to: from the crawl's
 * pages.jsonl records first (a record answers for its URL, its final URL and every hop of
 * its redirect chain), then by fetching the targets the crawl did not see, at most
 * {@value #MAX_FETCHED}.
 */
final class TargetStatuses {

    static final int MAX_FETCHED = 50;
    static final int MAX_BODY = 16 * 1024;

    /** A target's answer: {@code failed} when no answer came (or redirects looped). */
    record Status(int status, boolean failed) {
        boolean broken() {
            return failed || status >= 400;
        }
    }

    private final Set<String> wanted;
    private final Map<String, Status> known = new HashMap<>();

    TargetStatuses(Collection<String> targetUrls) {
        wanted = new LinkedHashSet<>();
        for (String t : targetUrls) {
            if (t != null) {
                wanted.add(key(t));
            }
        }
    }

    /** Records the answer of a crawled URL, if a backlink points to it or to a hop of its chain. */
    void accept(PageFacts page) {
        Status status = new Status(page.status(), page.status() == 0 && page.error() != null);
        remember(page.url(), status);
        remember(page.finalUrl(), status);
        if (page.redirects() != null) {
            for (PageFacts.Redirect hop : page.redirects()) {
                remember(hop.url(), status);
            }
        }
    }

    private void remember(String url, Status status) {
        if (url == null) {
            return;
        }
        String k = key(url);
        if (wanted.contains(k)) {
            known.putIfAbsent(k, status);
        }
    }

    /** GETs the targets the crawl did not see (at most {@value #MAX_FETCHED}), following up to 5 redirects. */
    void fetchMissing(WebFetcher http, Duration pause) throws InterruptedException {
        int fetched = 0;
        for (String target : wanted) {
            if (known.containsKey(target)) {
                continue;
            }
            if (fetched++ >= MAX_FETCHED) {
                return;
            }
            if (fetched > 1 && pause != null && !pause.isNegative() && !pause.isZero()) {
                Thread.sleep(pause.toMillis());
            }
            known.put(target, fetch(http, target));
        }
    }

    private static Status fetch(WebFetcher http, String target) throws InterruptedException {
        try {
            URI url = new URI(target);
            for (int hop = 0; hop <= BacklinkSources.MAX_REDIRECTS; hop++) {
                WebFetcher.Response response = http.get(url, MAX_BODY);
                if (!response.isRedirect()) {
                    return new Status(response.status(), false);
                }
                url = url.resolve(response.location().orElseThrow().strip());
            }
            return new Status(0, true);
        } catch (IOException | URISyntaxException | IllegalArgumentException | UncheckedIOException e) {
            return new Status(0, true);
        }
    }

    /** The target's status, or null when unknown (not crawled, and not fetched: over the limit). */
    Status of(String targetUrl) {
        return targetUrl == null ? null : known.get(key(targetUrl));
    }

    /** A URL compared loosely: scheme and host lower case, default port and fragment dropped, "/" for an empty path. */
    static String key(String url) {
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    List<String> wanted() {
        return List.copyOf(wanted);
    }
}
