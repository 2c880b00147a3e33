package dev.vitrine.offsite;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.Offsite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the {@code backlinks.sources} of audit.yaml: fetches each page (its robots.txt
 * first), follows redirects, and records every link to the company's registrable domain.
 * A source with {@code depth: 1} also reads the pages of its own site that it links to. A
 * failing source is recorded as blocked or unreachable; it never stops the others.
 */
final class BacklinkSources {

    static final int MAX_BODY = 2 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    static final int MAX_LINKS_PER_PAGE = 500;
    static final int MAX_ERROR = 300;

    /** What the sources gave: their statuses, the links found, and sources that are directory listings. */
    record Result(List<Offsite.Source> sources, List<FoundLink> links, List<Offsite.Directory> directories) {}

    /** One page read (after redirects), or why not. */
    private record Page(URI url, int status, Document document, boolean blocked, String error) {}

    private final WebFetcher http;
    private final RobotsRules robots;
    private final Duration pause;
    private final String companyDomain;
    private final Directories directories;
    private final PrintWriter log;

    BacklinkSources(WebFetcher http, Duration pause, String companyDomain, Directories directories, PrintWriter log) {
        this.http = http;
        this.robots = new RobotsRules(http);
        this.pause = pause == null ? Duration.ZERO : pause;
        this.companyDomain = companyDomain;
        this.directories = directories;
        this.log = log;
    }

    Result check(List<AuditDefinition.Backlinks.Source> declared) throws InterruptedException {
        List<Offsite.Source> sources = new ArrayList<>();
        List<FoundLink> links = new ArrayList<>();
        List<Offsite.Directory> found = new ArrayList<>();
        for (AuditDefinition.Backlinks.Source source : declared) {
            List<FoundLink> ofSource = new ArrayList<>();
            Offsite.Source checked = checkOne(source, ofSource);
            sources.add(checked);
            links.addAll(ofSource);
            String url = source.url().toString();
            directories.match(url).ifPresent(p -> found.add(
                    new Offsite.Directory(p.id(), p.name(), p.kind(), url, "source", url)));
            if (log != null) {
                log.println("backlinks: " + url + " " + checked.status()
                        + (checked.links() > 0 ? ", " + checked.links() + " link(s)" : "")
                        + (checked.error() != null ? " (" + checked.error() + ")" : ""));
                log.flush();
            }
        }
        return new Result(sources, links, found);
    }

    private Offsite.Source checkOne(AuditDefinition.Backlinks.Source source, List<FoundLink> links)
            throws InterruptedException {
        String url = source.url().toString();
        int depth = Math.max(0, Math.min(source.depth(), AuditDefinition.Backlinks.Source.MAX_DEPTH));
        Page first = read(source.url());
        if (first.blocked()) {
            return new Offsite.Source(url, depth, Offsite.BLOCKED, 0, 0, 0, first.error());
        }
        if (first.error() != null || first.status() >= 400) {
            String error = first.error() != null ? first.error() : "answered HTTP " + first.status();
            return new Offsite.Source(url, depth, Offsite.UNREACHABLE, first.status(), 0, 0, error);
        }
        int pages = 1;
        collect(first, links);
        if (depth >= 1 && first.document() != null) {
            Deque<URI> next = new ArrayDeque<>(sameSiteLinks(first));
            Set<String> seen = new LinkedHashSet<>();
            seen.add(withoutFragment(first.url()).toString());
            seen.add(withoutFragment(source.url()).toString());
            while (!next.isEmpty() && pages < AuditDefinition.Backlinks.Source.MAX_PAGES_AT_DEPTH_1) {
                URI candidate = next.removeFirst();
                if (!seen.add(candidate.toString())) {
                    continue;
                }
                pause();
                Page page = read(candidate);
                if (page.document() != null && RegistrableDomains.sameSite(page.url().toString(), first.url().toString())) {
                    pages++;
                    collect(page, links);
                }
            }
        }
        String status = links.isEmpty() ? Offsite.LOST : Offsite.LINKING;
        return new Offsite.Source(url, depth, status, first.status(), pages, links.size(), null);
    }

    /** GETs {@code start}, following up to {@value #MAX_REDIRECTS} redirects, robots.txt asked at each hop. */
    private Page read(URI start) throws InterruptedException {
        URI url = start;
        if (resolve(start, start.toString()) == null) {
            return new Page(start, 0, null, false, "not an http(s) address");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            RobotsRules.Verdict verdict = robots.verdict(url);
            if (!verdict.allowed()) {
                return new Page(url, 0, null, true, verdict.reason());
            }
            WebFetcher.Response response;
            try {
                response = http.get(url, MAX_BODY);
            } catch (IOException | UncheckedIOException e) {
                return new Page(url, 0, null, false, Bounded.text(describe(e), MAX_ERROR));
            }
            if (response.isRedirect()) {
                URI next = resolve(url, response.location().orElseThrow());
                if (next == null) {
                    return new Page(url, response.status(), null, false, "redirects to an unusable address");
                }
                url = next;
                continue;
            }
            Document document = null;
            if (response.status() < 400 && response.isHtml()) {
                try {
                    document = Jsoup.parse(new ByteArrayInputStream(response.body()), null, url.toString());
                } catch (IOException e) {
                    return new Page(url, response.status(), null, false, "unreadable page: " + describe(e));
                }
            }
            return new Page(url, response.status(), document, false, null);
        }
        return new Page(url, 0, null, false, "more than " + MAX_REDIRECTS + " redirects");
    }

    private void collect(Page page, List<FoundLink> links) {
        if (page.document() == null || companyDomain.equals(RegistrableDomains.ofUrl(page.url().toString()))) {
            return; // a source that redirects to the company's own site does not link to it
        }
        int onPage = 0;
        for (Element a : page.document().select("a[href]")) {
            String href = a.absUrl("href");
            if (href.isEmpty() || !companyDomain.equals(RegistrableDomains.ofUrl(href))) {
                continue;
            }
            String anchor = a.text();
            if (anchor.isBlank()) {
                Element img = a.selectFirst("img[alt]");
                anchor = img == null ? "" : img.attr("alt");
            }
            links.add(new FoundLink(page.url().toString(), href, anchor, FoundLink.rel(a.attr("rel")), "source"));
            if (++onPage >= MAX_LINKS_PER_PAGE) {
                return;
            }
        }
    }

    /** Pages of the source's own site that it links to, in document order, without fragments. */
    private List<URI> sameSiteLinks(Page page) {
        String site = RegistrableDomains.ofUrl(page.url().toString());
        Set<URI> out = new LinkedHashSet<>();
        for (Element a : page.document().select("a[href]")) {
            String href = a.absUrl("href");
            if (href.isEmpty() || site == null || !site.equals(RegistrableDomains.ofUrl(href))
                    || site.equals(companyDomain) || looksLikeAFile(href)) {
                continue;
            }
            try {
                out.add(withoutFragment(new URI(href)));
            } catch (java.net.URISyntaxException e) {
                // an href the page wrote badly: not worth reading
            }
            if (out.size() >= 4 * AuditDefinition.Backlinks.Source.MAX_PAGES_AT_DEPTH_1) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean looksLikeAFile(String href) {
        String path = href.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        return path.matches(".*\\.(pdf|jpe?g|png|gif|webp|svg|zip|docx?|xlsx?|pptx?|mp4|mp3|css|js|xml|ico)$");
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static URI resolve(URI base, String location) {
        try {
            URI next = base.resolve(location.strip());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && next.getHost() != null ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void pause() throws InterruptedException {
        if (!pause.isZero() && !pause.isNegative()) {
            Thread.sleep(pause.toMillis());
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
