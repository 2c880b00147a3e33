package dev.vitrine.offsite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The directory, review and booking platforms of {@code directories.yaml}, and which URLs
 * are listings on them. Pure: loading is done once, matching is a function of the URL.
 */
final class Directories {

    static final String RESOURCE = "/directories.yaml";
    static final Set<String> KINDS = Set.of("maps", "directory", "reviews", "booking", "freelance", "register");

    /** One platform. */
    record Platform(String id, String name, String kind, List<Rule> rules) {
        Platform {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** Hosts (or their subdomains), then path prefixes or a minimum number of path segments. */
    record Rule(List<String> hosts, List<String> paths, Integer minSegments) {
        Rule {
            hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            paths = paths == null ? List.of() : paths.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        }

        /** @param path the URL's path and query, lower case; the host was matched already */
        boolean matchesPath(String path) {
            if (!paths.isEmpty()) {
                return paths.stream().anyMatch(p -> path.startsWith(p) && path.length() > p.length());
            }
            int segments = segments(path);
            return minSegments == null ? segments > 0 : segments >= minSegments;
        }

        private static int segments(String pathAndQuery) {
            int q = pathAndQuery.indexOf('?');
            String path = q >= 0 ? pathAndQuery.substring(0, q) : pathAndQuery;
            int count = 0;
            for (String s : path.split("/")) {
                if (!s.isEmpty()) {
                    count++;
                }
            }
            return count;
        }
    }

    private record File(List<Platform> directories) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static volatile Directories builtIn;

    private record Candidate(Platform platform, Rule rule) {}

    private final List<Platform> platforms;
    /** Rules by host, so matching a URL looks up its host and parent domains instead of scanning every rule. */
    private final Map<String, List<Candidate>> byHost = new HashMap<>();

    Directories(List<Platform> platforms) {
        this.platforms = List.copyOf(platforms);
        for (Platform p : this.platforms) {
            for (Rule r : p.rules()) {
                for (String h : r.hosts()) {
                    byHost.computeIfAbsent(h, k -> new ArrayList<>()).add(new Candidate(p, r));
                }
            }
        }
    }

    /** The platforms bundled in the jar, read once. */
    static Directories builtIn() {
        Directories d = builtIn;
        if (d == null) {
            try (InputStream in = Directories.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("directories.yaml is missing from the classpath");
                }
                d = parse(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("directories.yaml could not be read: " + e.getMessage(), e);
            }
            builtIn = d;
        }
        return d;
    }

    static Directories parse(byte[] yaml) throws IOException {
        File file = YAML.readValue(yaml, File.class);
        if (file == null || file.directories() == null || file.directories().isEmpty()) {
            throw new IllegalStateException("directories.yaml: expected a non-empty 'directories' list");
        }
        for (Platform p : file.directories()) {
            if (p.id() == null || p.name() == null || !KINDS.contains(p.kind()) || p.rules().isEmpty()) {
                throw new IllegalStateException("directories.yaml: platform '" + p.id()
                        + "' needs id, name, rules and a kind among " + KINDS);
            }
        }
        return new Directories(file.directories());
    }

    List<Platform> platforms() {
        return platforms;
    }

    /** The platform {@code url} is a listing on, if any (http(s) URLs only). */
    Optional<Platform> match(String url) {
        if (url == null || url.length() > 2_000) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = host(uri.getHost());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = (uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery()).toLowerCase(Locale.ROOT);
        // www.yelp.fr, then yelp.fr, then fr
        for (String h = host; !h.isEmpty(); h = h.indexOf('.') < 0 ? "" : h.substring(h.indexOf('.') + 1)) {
            for (Candidate c : byHost.getOrDefault(h, List.of())) {
                if (c.rule().matchesPath(pathAndQuery)) {
                    return Optional.of(c.platform());
                }
            }
        }
        return Optional.empty();
    }

    private static String host(String raw) {
        String h = raw.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.chars().allMatch(c -> c < 128)) {
            return h;
        }
        try {
            return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return h;
        }
    }
}
