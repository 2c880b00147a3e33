package dev.vitrine.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.vitrine.model.CrawlSummary;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The site's robots.txt, fetched once and kept for the audit: its text, its groups as
 * written, the sitemaps it declares, and whether it lets Vitrine crawl a URL. (The crawl
 * itself obeys it through crawler4j's robots.txt server, which reads the same file.)
 */
final class RobotsTxt {

    /** The robots.txt product token Vitrine answers to, besides "*". */
    static final String ROBOT_NAME = "vitrine";
    private static final int MAX_BYTES = 512 * 1024;

    private RobotsTxt() {}

    /** What was found, and the rules to ask; a missing or failing robots.txt allows everything. */
    record Fetched(CrawlSummary.Robots record, BaseRobotRules rules) {}

    static Fetched fetch(DirectFetcher http, URI home, boolean obeyed) throws InterruptedException {
        URI url = home.resolve("/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        try {
            DirectFetcher.Response response = http.get(url, MAX_BYTES);
            if (response.status() != 200) {
                return new Fetched(new CrawlSummary.Robots(url.toString(), response.status(), null, false,
                        List.of(), List.of(), obeyed), parser.failedFetch(response.status()));
            }
            String content = new String(response.body(), StandardCharsets.UTF_8);
            BaseRobotRules rules = parser.parseContent(url.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), ROBOT_NAME);
            return new Fetched(new CrawlSummary.Robots(url.toString(), 200, content, response.truncated(),
                    groups(content), sitemaps(content, url), obeyed), rules);
        } catch (IOException | IllegalArgumentException e) {
            return new Fetched(new CrawlSummary.Robots(url.toString(), 0, null, false, List.of(), List.of(), obeyed),
                    parser.failedFetch(404));
        }
    }

    /** The groups as written: consecutive User-agent lines open a group, rules follow. */
    static List<CrawlSummary.RobotsGroup> groups(String content) {
        List<GroupBuilder> groups = new ArrayList<>();
        GroupBuilder current = null;
        boolean lastWasAgent = false;
        for (String raw : content.split("\r\n|\r|\n")) {
            Line line = Line.parse(raw);
            if (line == null) {
                continue;
            }
            if (line.key.equals("user-agent")) {
                if (current == null || !lastWasAgent) {
                    current = new GroupBuilder();
                    groups.add(current);
                }
                current.agents.add(line.value);
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current == null) {
                continue; // rules before any User-agent line belong to no group
            }
            switch (line.key) {
                case "allow" -> current.allow.add(line.value);
                case "disallow" -> current.disallow.add(line.value);
                case "crawl-delay" -> current.crawlDelay = parseDelay(line.value);
                default -> { }
            }
        }
        return groups.stream().map(GroupBuilder::build).toList();
    }

    /** Absolute sitemap URLs declared with {@code Sitemap:} lines, resolved against robots.txt. */
    static List<String> sitemaps(String content, URI robotsUrl) {
        Set<String> found = new LinkedHashSet<>();
        for (String raw : content.split("\r\n|\r|\n")) {
            Line line = Line.parse(raw);
            if (line != null && line.key.equals("sitemap") && !line.value.isEmpty()) {
                try {
                    found.add(robotsUrl.resolve(line.value).toString());
                } catch (IllegalArgumentException ignored) {
                    // an unusable Sitemap line is skipped; the text stays in `content`
                }
            }
        }
        return List.copyOf(found);
    }

    private static Double parseDelay(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Line(String key, String value) {
        static Line parse(String raw) {
            int hash = raw.indexOf('#');
            String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new Line(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip());
        }
    }

    private static final class GroupBuilder {
        final List<String> agents = new ArrayList<>();
        final List<String> allow = new ArrayList<>();
        final List<String> disallow = new ArrayList<>();
        Double crawlDelay;

        CrawlSummary.RobotsGroup build() {
            return new CrawlSummary.RobotsGroup(List.copyOf(agents), List.copyOf(allow), List.copyOf(disallow), crawlDelay);
        }
    }
}
