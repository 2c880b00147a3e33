package dev.vitrine.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a published portfolio as a visitor would find it broken: every relative link and
 * resource of every page (and every url() of its stylesheets) resolves to a file of the
 * portfolio, nothing is root-relative, and only anchors (and the canonical link) point
 * outside, over http(s). {@link #checkFolder} reads the files; {@link #checkServed} walks the
 * pages over HTTP from a start address, as a static host under a sub-path serves them.
 * Each problem is one line naming the page and the link.
 */
final class PortfolioLinkChecker {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "action", "data", "xlink:href");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final int MAX_REQUESTS = 20_000;

    private PortfolioLinkChecker() {}

    /** Every problem of the portfolio in {@code root}; empty when none. */
    static List<String> checkFolder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        for (String file : PortfolioFixtures.files(base)) {
            Path page = base.resolve(file);
            if (file.endsWith(".html")) {
                for (String url : urls(parse(page), problems, file)) {
                    checkFile(base, page, file, url, problems);
                }
            } else if (file.endsWith(".css")) {
                for (String url : cssUrls(read(page))) {
                    checkFile(base, page, file, url, problems);
                }
            }
        }
        return problems;
    }

    /**
     * Fetches {@code start} and every page and resource it leads to, recursively; every relative
     * link must stay under {@code prefix} and answer 200. Returns the problems, and adds every
     * address fetched to {@code fetched}.
     */
    static List<String> checkServed(URI start, String prefix, Set<URI> fetched) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> problems = new ArrayList<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        fetched.add(start);
        while (!queue.isEmpty() && fetched.size() < MAX_REQUESTS) {
            URI uri = queue.poll();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problems.add(uri + " answers " + response.statusCode());
                continue;
            }
            String path = uri.getPath();
            List<String> urls;
            if (path.endsWith(".html") || path.endsWith("/")) {
                Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
                urls = urls(doc, problems, path);
            } else if (path.endsWith(".css")) {
                urls = cssUrls(new String(response.body(), StandardCharsets.UTF_8));
            } else {
                continue;
            }
            for (String url : urls) {
                URI target = uri.resolve(url.replace(" ", "%20"));
                target = URI.create(target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath());
                if (!target.getRawPath().startsWith(prefix)) {
                    problems.add(path + ": " + url + " leaves " + prefix);
                } else if (fetched.add(target)) {
                    queue.add(target);
                }
            }
        }
        return problems;
    }

    /** The relative URLs of a page; anything else that is not allowed is a problem. */
    private static List<String> urls(Document doc, List<String> problems, String page) {
        List<String> urls = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (!URL_ATTRIBUTES.contains(key)) {
                    continue;
                }
                String url = a.getValue().strip();
                String where = page + ": <" + e.tagName() + " " + key + "=\"" + url + "\">";
                Matcher scheme = SCHEME.matcher(url);
                if (scheme.find() || url.startsWith("//")) {
                    boolean anchor = e.tagName().equals("a") && key.equals("href");
                    boolean canonical = e.tagName().equals("link") && e.attr("rel").equalsIgnoreCase("canonical");
                    String s = url.startsWith("//") ? "" : scheme.group(1).toLowerCase(Locale.ROOT);
                    if (!(anchor || canonical) || !(s.equals("http") || s.equals("https"))) {
                        problems.add(where + " points outside the portfolio");
                    }
                } else if (url.startsWith("/")) {
                    problems.add(where + " is root-relative: it breaks under a base path");
                } else if (url.isEmpty()) {
                    problems.add(where + " is empty");
                } else {
                    String path = url.replaceAll("[?#].*$", "");
                    if (!path.isEmpty()) {
                        urls.add(path);
                    }
                }
            }
        }
        return urls;
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(2).strip();
            if (!url.isEmpty() && !url.startsWith("data:") && !url.startsWith("#")) {
                urls.add(url.replaceAll("[?#].*$", ""));
            }
        }
        return urls;
    }

    private static void checkFile(Path root, Path page, String name, String url, List<String> problems) {
        if (SCHEME.matcher(url).find() || url.startsWith("/")) {
            problems.add(name + ": url(" + url + ") points outside the portfolio");
            return;
        }
        Path target = page.getParent().resolve(URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            problems.add(name + ": " + url + " leaves the portfolio");
        } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(name + ": " + url + " is broken (no " + root.relativize(target) + ")");
        }
    }

    static Document parse(Path html) {
        try {
            return Jsoup.parse(html.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems as one assertion message. */
    static String describe(List<String> problems) {
        return problems.size() + " problem(s):\n  " + String.join("\n  ", problems.subList(0, Math.min(60, problems.size())));
    }
}
