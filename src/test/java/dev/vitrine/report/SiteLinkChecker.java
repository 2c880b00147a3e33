package dev.vitrine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a generated report site the way a client opening it from disk would find it
 * broken, and the way DESIGN.md's rules say it must be: every relative link and resource
 * resolves to a file of the site (and every {@code #fragment} to an id of its page), nothing
 * is loaded from outside the site, links to the outside are plain http(s) anchors only, and
 * every page is {@code noindex} and names the company.
 *
 * <p>Usage: {@code assertEquals(List.of(), SiteLinkChecker.check(siteDir, company))}; each
 * problem is one line naming the page, the element and what is wrong.
 */
final class SiteLinkChecker {

    /**
     * Attributes holding one URL. On link, script, img, iframe, source, video (and every other
     * element) they must stay inside the site; only {@code <a href>} may lead out, over http(s).
     */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "action", "formaction", "data",
            "xlink:href", "background", "cite", "longdesc", "manifest", "ping");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3",
            Pattern.CASE_INSENSITIVE);

    private final Path site;
    private final String company;
    private final List<String> problems = new ArrayList<>();
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private SiteLinkChecker(Path site, String company) {
        this.site = site.toAbsolutePath().normalize();
        this.company = company;
    }

    /** Every problem of the site under {@code site} (its index.html and everything beside it); empty when none. */
    static List<String> check(Path site, String company) {
        return new SiteLinkChecker(site, company).run();
    }

    /** The same, as one message for an assertion: the first problems and how many there are. */
    static String describe(List<String> problems) {
        return problems.size() + " problem(s):\n  " + problems.stream().limit(60).collect(Collectors.joining("\n  "))
                + (problems.size() > 60 ? "\n  …" : "");
    }

    /** Every .html file of a site, sorted. */
    static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path html) {
        try {
            return Jsoup.parse(html.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> run() {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            problems.add(site + ": no index.html");
            return problems;
        }
        List<Path> pages = htmlFiles(site);
        for (Path page : pages) {
            checkPage(page, parse(page));
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path css : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css")).sorted().toList()) {
                checkCss(css, Files.readString(css), "stylesheet");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private void checkPage(Path page, Document doc) {
        String name = relative(page);
        ids(page, doc); // duplicate ids are reported once, with the page
        Element robots = doc.selectFirst("meta[name=robots]");
        if (robots == null || !robots.attr("content").toLowerCase(Locale.ROOT).contains("noindex")) {
            problems.add(name + ": no <meta name=\"robots\" content=\"noindex…\">");
        }
        if (company != null && !normalize(doc.text()).contains(normalize(company))) {
            problems.add(name + ": the company name \"" + company + "\" is not on the page");
        }
        if (!doc.select("base").isEmpty()) {
            problems.add(name + ": <base> changes how every relative link resolves");
        }
        for (Element refresh : doc.select("meta[http-equiv]")) {
            if (refresh.attr("http-equiv").equalsIgnoreCase("refresh")) {
                problems.add(name + ": <meta http-equiv=refresh> " + refresh.attr("content"));
            }
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key)) {
                    checkUrl(page, e, key, a.getValue());
                } else if (key.equals("srcset") || key.equals("imagesrcset")) {
                    for (String candidate : a.getValue().split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            checkUrl(page, e, key, url);
                        }
                    }
                } else if (key.equals("style")) {
                    checkCss(page, a.getValue(), "<" + e.tagName() + " style>");
                }
            }
            if (e.tagName().equals("style")) {
                checkCss(page, e.data(), "<style>");
            }
        }
    }

    private void checkUrl(Path page, Element e, String attribute, String raw) {
        String tag = e.tagName().toLowerCase(Locale.ROOT);
        String where = relative(page) + ": <" + tag + " " + attribute + "=\"" + raw + "\">";
        String url = raw.strip();
        if (url.isEmpty()) {
            problems.add(where + " is empty");
            return;
        }
        Matcher scheme = SCHEME.matcher(url);
        boolean external = scheme.find() || url.startsWith("//");
        if (external) {
            String s = url.startsWith("//") ? "" : scheme.group(1).toLowerCase(Locale.ROOT);
            boolean anchor = (tag.equals("a") || tag.equals("area")) && attribute.equals("href");
            if (!anchor) {
                // Only an anchor's href may lead outside: anything else is a request leaving the report
                // (link, script, img, iframe, source, video…), a form posting out or a ping.
                problems.add(where + " points outside the report");
            } else if (!s.equals("http") && !s.equals("https")) {
                problems.add(where + " is a " + (s.isEmpty() ? "protocol-relative" : s + ":") + " link: only http(s) links may leave the report");
            }
            return;
        }
        if (url.startsWith("/")) {
            problems.add(where + " is root-relative: it breaks from file:// and under a base path");
            return;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else {
            String decoded;
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException bad) {
                problems.add(where + " is not a valid URL");
                return;
            }
            target = page.getParent().resolve(decoded).normalize();
            if (!target.startsWith(site)) {
                problems.add(where + " leaves the site folder");
                return;
            }
            if (Files.isDirectory(target)) {
                problems.add(where + " points at a folder: from file:// a browser shows a listing, not its index.html");
                return;
            }
            if (!Files.isRegularFile(target)) {
                problems.add(where + " is broken: no " + relative(target));
                return;
            }
        }
        if (fragment != null && !fragment.isEmpty() && !fragment.equalsIgnoreCase("top")) {
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
                return;
            }
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            Set<String> ids = idsByPage.containsKey(target) ? idsByPage.get(target) : ids(target, parse(target));
            if (!ids.contains(id)) {
                problems.add(where + " is broken: no id \"" + id + "\" in " + relative(target));
            }
        }
    }

    /** url(...) and @import in CSS: only files of the site (or data: images and fonts). */
    private void checkCss(Path file, String css, String what) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            String where = relative(file) + ": " + what + " url(" + url + ")";
            Matcher scheme = SCHEME.matcher(url);
            if (scheme.find()) {
                if (!scheme.group(1).equalsIgnoreCase("data")) {
                    problems.add(where + " points outside the report");
                }
                continue;
            }
            if (url.startsWith("//") || url.startsWith("/")) {
                problems.add(where + (url.startsWith("//") ? " points outside the report" : " is root-relative"));
                continue;
            }
            String path = url.replaceAll("[?#].*$", "");
            Path target = file.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                problems.add(where + " is broken");
            }
        }
    }

    private Set<String> ids(Path page, Document doc) {
        Set<String> seen = idsByPage.get(page);
        if (seen != null) {
            return seen;
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                problems.add(relative(page) + ": id \"" + e.id() + "\" is used twice");
            }
        }
        for (Element a : doc.select("a[name]")) {
            ids.add(a.attr("name"));
        }
        idsByPage.put(page, ids);
        return ids;
    }

    private String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(site) ? site.relativize(f).toString().replace('\\', '/') : f.toString();
    }

    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}
