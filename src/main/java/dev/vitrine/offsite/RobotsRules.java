package dev.vitrine.offsite;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt of the sites Vitrine reads beside the crawl (backlink sources, company pages
 * that backlinks point to), fetched once per origin. A missing robots.txt (4xx) or one that
 * cannot be fetched allows everything; a server error (5xx) forbids everything for now, as
 * crawlers are expected to do.
 */
final class RobotsRules {

    /** The token Vitrine obeys in robots.txt groups (the crawl uses the same). */
    static final String ROBOT_NAME = "vitrine";
    static final int MAX_BYTES = 512 * 1024;

    record Verdict(boolean allowed, String reason) {}

    private record Rules(BaseRobotRules rules, String failure) {}

    private final WebFetcher http;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Rules> byOrigin = new HashMap<>();

    RobotsRules(WebFetcher http) {
        this.http = http;
    }

    Verdict verdict(URI url) throws InterruptedException {
        String origin = origin(url);
        Rules rules = byOrigin.get(origin);
        if (rules == null) {
            rules = fetch(URI.create(origin + "/robots.txt"));
            byOrigin.put(origin, rules);
        }
        if (rules.rules().isAllowed(url.toString())) {
            return new Verdict(true, null);
        }
        return new Verdict(false, rules.failure() != null ? rules.failure()
                : "disallowed by " + origin + "/robots.txt");
    }

    private Rules fetch(URI robotsUrl) throws InterruptedException {
        URI url = robotsUrl;
        try {
            for (int hop = 0; hop <= BacklinkSources.MAX_REDIRECTS; hop++) {
                WebFetcher.Response response = http.get(url, MAX_BYTES);
                if (response.isRedirect()) {
                    url = url.resolve(response.location().orElseThrow().strip());
                    continue;
                }
                int status = response.status();
                if (status == 200) {
                    return new Rules(parser.parseContent(url.toString(), response.body(),
                            response.contentType() == null ? "text/plain" : response.contentType(), ROBOT_NAME), null);
                }
                if (status >= 500) {
                    return new Rules(parser.failedFetch(status), robotsUrl + " answered HTTP " + status);
                }
                return new Rules(parser.failedFetch(404), null);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // no robots.txt to obey: the page itself will say whether the site answers
        }
        return new Rules(parser.failedFetch(404), null);
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
