package dev.vitrine.score;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks of the site as a whole: the home page, the crawl, the outside fetches, HTTP headers. */
final class SiteChecks {

    private SiteChecks() {}

    static final List<String> AI_AGENTS = List.of("gptbot", "chatgpt-user", "oai-searchbot", "claudebot", "claude-web",
            "anthropic-ai", "google-extended", "perplexitybot", "ccbot", "applebot-extended", "bytespider",
            "meta-externalagent", "mistralai-user", "cohere-ai");

    /** {@code home-reachable}: the audit only runs when the home page answers, so this records it. */
    static Check.Accumulator homeReachable(Params params) {
        return s -> s.home() != null && s.home().status() >= 200 && s.home().status() < 300
                ? Outcome.pass(LocalizedText.of("La page d'accueil répond (HTTP " + s.home().status() + ")",
                        "The home page answers (HTTP " + s.home().status() + ")"), Outcome.seen(example(s.home())))
                : Outcome.fail(LocalizedText.of("La page d'accueil ne répond pas", "The home page does not answer"),
                        Outcome.seen());
    }

    /** {@code home-https}: the home page is served over https. */
    static Check.Accumulator homeHttps(Params params) {
        return s -> s.homeIsHttps()
                ? Outcome.pass(LocalizedText.of("Accueil servi en HTTPS", "Home page served over HTTPS"),
                        Outcome.seen(example(s.home())))
                : Outcome.fail(LocalizedText.of("Accueil servi en HTTP non chiffré", "Home page served over plain HTTP"),
                        Outcome.seen(example(s.home())));
    }

    /** {@code home-indexable}: no noindex on the home page, and robots.txt does not keep crawlers out of it. */
    static Check.Accumulator homeIndexable(Params params) {
        return s -> {
            PageFacts home = s.home();
            String meta = home == null ? null : home.metaRobots();
            String header = home == null ? null : home.headers().get("x-robots-tag");
            boolean metaNoindex = forbidsIndexing(meta);
            boolean headerNoindex = forbidsIndexing(header);
            boolean disallowed = disallowsEverything(s.crawl().robots());
            if (!metaNoindex && !headerNoindex && !disallowed) {
                return Outcome.pass(LocalizedText.of("L'accueil peut être indexé", "The home page can be indexed"),
                        Outcome.seen());
            }
            boolean noindex = metaNoindex || headerNoindex;
            return Outcome.fail(LocalizedText.of(
                            noindex ? "L'accueil demande à ne pas être indexé (noindex)" : "robots.txt bloque tous les robots",
                            noindex ? "The home page asks not to be indexed (noindex)" : "robots.txt blocks every crawler"),
                    Outcome.seen(new Example(home == null ? null : home.url(),
                            metaNoindex ? "meta robots: " + meta : headerNoindex ? "x-robots-tag: " + header : "Disallow: /")));
        };
    }

    /**
     * True when robots directives ("index, follow", "noindex", "none", "googlebot: noindex")
     * forbid indexing. Whole directives are compared: "max-image-preview:none" is not "none".
     */
    static boolean forbidsIndexing(String directives) {
        if (directives == null) {
            return false;
        }
        for (String raw : directives.toLowerCase(Locale.ROOT).split(",")) {
            String d = raw.strip();
            int colon = d.indexOf(':');
            // "googlebot: noindex" names a robot first; "max-image-preview:none" is a setting
            if (colon > 0 && !d.startsWith("max-") && !d.startsWith("unavailable_after")) {
                d = d.substring(colon + 1).strip();
            }
            if (d.equals("noindex") || d.equals("none")) {
                return true;
            }
        }
        return false;
    }

    /** {@code http-to-https}: plain-http visitors are sent to https, permanently. */
    static Check.Accumulator httpToHttps(Params params) {
        return s -> {
            CrawlSummary.HttpHome http = s.crawl().outside() == null ? null : s.crawl().outside().httpHome();
            if (http == null) {
                return Outcome.notApplicable(LocalizedText.of("Version HTTP de l'accueil non vérifiée",
                        "The http:// home page was not checked"));
            }
            Example evidence = new Example(http.url(), http.status() == 0 ? http.error()
                    : "HTTP " + http.status() + (http.location() == null ? "" : " → " + http.location()));
            if (!s.homeIsHttps()) {
                return Outcome.fail(LocalizedText.of("Le site n'est pas disponible en HTTPS", "The site is not available over HTTPS"),
                        Outcome.seen(evidence));
            }
            if (http.redirectsToHttps() && (http.status() == 301 || http.status() == 308)) {
                return Outcome.pass(LocalizedText.of("HTTP redirige définitivement vers HTTPS (" + http.status() + ")",
                        "HTTP redirects permanently to HTTPS (" + http.status() + ")"), Outcome.seen(evidence));
            }
            if (http.redirectsToHttps()) {
                return Outcome.partial(LocalizedText.of("HTTP redirige vers HTTPS, mais temporairement (" + http.status() + ")",
                        "HTTP redirects to HTTPS, but temporarily (" + http.status() + ")"), Outcome.seen(evidence));
            }
            return Outcome.fail(LocalizedText.of("La version HTTP ne redirige pas vers HTTPS",
                    "The HTTP version does not redirect to HTTPS"), Outcome.seen(evidence));
        };
    }

    /** {@code sitemap}: declared in robots.txt and readable. */
    static Check.Accumulator sitemap(Params params) {
        return s -> {
            List<CrawlSummary.Sitemap> read = s.crawl().sitemaps();
            boolean declared = s.crawl().robots() != null && !s.crawl().robots().sitemaps().isEmpty();
            boolean anyOk = read.stream().anyMatch(m -> m.error() == null);
            boolean allOk = read.stream().allMatch(m -> m.error() == null);
            Examples ex = new Examples();
            read.forEach(m -> ex.add(m.url(), m.error() == null ? m.kind() + ", " + m.urls() + " URL" : m.error()));
            if (declared && anyOk && allOk) {
                return Outcome.pass(LocalizedText.of("Sitemap déclaré dans robots.txt et lisible",
                        "Sitemap declared in robots.txt and readable"), ex.evidence());
            }
            if (anyOk) {
                return Outcome.partial(LocalizedText.of(declared ? "Sitemap déclaré, mais avec des erreurs"
                                : "Sitemap trouvé à /sitemap.xml, mais non déclaré dans robots.txt",
                        declared ? "Sitemap declared, but with errors" : "Sitemap found at /sitemap.xml, but not declared in robots.txt"),
                        ex.evidence());
            }
            return Outcome.fail(LocalizedText.of("Aucun sitemap lisible", "No readable sitemap"), ex.evidence());
        };
    }

    /** {@code broken-links}: internal URLs that answer 4xx/5xx or nothing, with the pages linking to them. */
    static Check.Accumulator brokenLinks(Params params) {
        int max = params.integer("max", 0);
        int partialMax = params.integer("partialMax", Math.max(max, 5));
        return s -> {
            List<CrawlSummary.BrokenLink> broken = s.crawl().brokenLinks();
            Examples ex = new Examples();
            for (CrawlSummary.BrokenLink b : broken) {
                ex.add(b.url(), (b.status() == 0 ? String.valueOf(b.error()) : "HTTP " + b.status())
                        + (b.linkedFrom().isEmpty() ? "" : " ← " + b.linkedFrom().get(0)
                        + (b.linkedFromCount() > 1 ? " (+" + (b.linkedFromCount() - 1) + ")" : "")));
            }
            int n = broken.size();
            LocalizedText summary = LocalizedText.of(n + " lien(s) interne(s) cassé(s)", n + " broken internal link(s)");
            return Outcome.of(n <= max ? 2 : n <= partialMax ? 1 : 0, summary, ex.evidence());
        };
    }

    /** {@code redirect-chains}: internal URLs reached through more than {@code maxHops} redirects. */
    static Check.Accumulator redirectChains(Params params) {
        int maxHops = params.integer("maxHops", 1);
        return new Check.Accumulator() {
            final Examples chains = new Examples();

            @Override
            public void accept(PageFacts p) {
                if (p.redirects().size() > maxHops && p.depth() != 0) {
                    chains.add(p.url(), p.redirects().size() + " redirections → " + p.finalUrl());
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                int n = chains.count();
                return Outcome.of(n == 0 ? 2 : n <= 3 ? 1 : 0, LocalizedText.of(
                        n + " chaîne(s) de redirections de plus de " + maxHops + " étape(s)",
                        n + " redirect chain(s) longer than " + maxHops + " hop(s)"), chains.evidence());
            }
        };
    }

    /**
     * {@code header}: a response header on the home page (or on every page with scope all),
     * optionally containing a text, or else another header containing another text.
     */
    static Check.Accumulator header(Params params) {
        String name = params.string("name").toLowerCase(Locale.ROOT);
        String contains = params.optionalString("contains");
        Map<String, String> orContains = params.textMap("orContains");
        String scope = params.choice("scope", List.of("home", "all"), "home");
        return new Check.Accumulator() {
            final Examples missing = new Examples();
            int pages;
            String homeValue;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p) || (scope.equals("home") && !Pages.isHome(p))) {
                    return;
                }
                pages++;
                String found = present(p.headers());
                if (found == null) {
                    missing.add(p.url(), null);
                } else if (Pages.isHome(p)) {
                    homeValue = found;
                }
            }

            private String present(Map<String, String> headers) {
                String v = headers.get(name);
                if (v != null && (contains == null || v.toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT)))) {
                    return name + ": " + v;
                }
                for (Map.Entry<String, String> alt : orContains.entrySet()) {
                    String other = headers.get(alt.getKey().toLowerCase(Locale.ROOT));
                    if (other != null && other.toLowerCase(Locale.ROOT).contains(alt.getValue().toLowerCase(Locale.ROOT))) {
                        return alt.getKey() + ": " + other;
                    }
                }
                return null;
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (pages == 0) {
                    return Outcome.notApplicable(LocalizedText.of("Aucune page vérifiée", "No page checked"));
                }
                if (name.equals("strict-transport-security") && !s.homeIsHttps()) {
                    return Outcome.notApplicable(LocalizedText.of("Site sans HTTPS : HSTS sans objet",
                            "No HTTPS, so HSTS does not apply"));
                }
                int with = pages - missing.count();
                LocalizedText summary = scope.equals("home")
                        ? LocalizedText.of(with > 0 ? "En-tête présent : " + homeValue : "En-tête " + name + " absent",
                        with > 0 ? "Header present: " + homeValue : "No " + name + " header")
                        : LocalizedText.of(with + " page(s) sur " + pages + " envoient " + name,
                        with + " of " + pages + " page(s) send " + name);
                return Outcome.of(with == pages ? 2 : with > 0 ? 1 : 0, summary, missing.evidence());
            }
        };
    }

    /** {@code hsts}: Strict-Transport-Security on the https home, long enough. */
    static Check.Accumulator hsts(Params params) {
        int minMaxAge = params.integer("minMaxAge", 15_552_000);
        return s -> {
            if (!s.homeIsHttps()) {
                return Outcome.fail(LocalizedText.of("Site sans HTTPS : pas de HSTS possible", "No HTTPS, so no HSTS"),
                        Outcome.seen());
            }
            String value = s.home().headers().get("strict-transport-security");
            if (value == null) {
                return Outcome.fail(LocalizedText.of("Pas d'en-tête Strict-Transport-Security",
                        "No Strict-Transport-Security header"), Outcome.seen(example(s.home())));
            }
            long maxAge = maxAge(value);
            Example ex = new Example(s.home().url(), "strict-transport-security: " + value);
            return maxAge >= minMaxAge
                    ? Outcome.pass(LocalizedText.of("HSTS actif (max-age " + maxAge + " s)", "HSTS on (max-age " + maxAge + " s)"),
                    Outcome.seen(ex))
                    : Outcome.partial(LocalizedText.of("HSTS trop court (max-age " + maxAge + " s)",
                    "HSTS too short (max-age " + maxAge + " s)"), Outcome.seen(ex));
        };
    }

    /** {@code text-file}: security.txt (with a Contact line, not expired) or llms.txt was found. */
    static Check.Accumulator textFile(Params params) {
        String file = params.choice("file", List.of("security.txt", "llms.txt"), null);
        boolean requireContact = params.flag("requireContact", file.equals("security.txt"));
        return s -> {
            CrawlSummary.Outside outside = s.crawl().outside();
            CrawlSummary.TextFile found = outside == null ? null
                    : file.equals("security.txt") ? outside.securityTxt() : outside.llmsTxt();
            if (found == null) {
                return Outcome.notApplicable(LocalizedText.of(file + " non vérifié", file + " was not checked"));
            }
            Example ex = new Example(found.url(), found.content() != null ? firstLines(found.content())
                    : found.error() != null ? found.error() : "HTTP " + found.status());
            if (found.content() == null) {
                return Outcome.fail(LocalizedText.of(file + " absent", "No " + file), Outcome.seen(ex));
            }
            if (requireContact && !hasField(found.content(), "contact")) {
                return Outcome.partial(LocalizedText.of(file + " sans ligne Contact:", file + " without a Contact: line"),
                        Outcome.seen(ex));
            }
            if (file.equals("security.txt") && expired(found.content(), s.now())) {
                return Outcome.partial(LocalizedText.of(file + " expiré (Expires: dépassé)", file + " has expired (Expires: passed)"),
                        Outcome.seen(ex));
            }
            return Outcome.pass(LocalizedText.of(file + " présent", file + " present"), Outcome.seen(ex));
        };
    }

    /** {@code ai-crawlers}: llms.txt for AI assistants, and robots.txt rules that name AI crawlers. */
    static Check.Accumulator aiCrawlers(Params params) {
        return s -> {
            CrawlSummary.Outside outside = s.crawl().outside();
            boolean llms = outside != null && outside.llmsTxt() != null && outside.llmsTxt().content() != null;
            List<String> named = s.crawl().robots() == null ? List.of() : s.crawl().robots().groups().stream()
                    .flatMap(g -> g.userAgents().stream())
                    .map(a -> a.toLowerCase(Locale.ROOT))
                    .filter(AI_AGENTS::contains).distinct().toList();
            Examples ex = new Examples();
            if (llms) {
                ex.add(outside.llmsTxt().url(), "llms.txt");
            }
            named.forEach(a -> ex.add(s.crawl().robots().url(), "User-agent: " + a));
            LocalizedText summary = LocalizedText.of(
                    (llms ? "llms.txt présent" : "pas de llms.txt") + ", " + named.size() + " robot(s) d'IA nommé(s) dans robots.txt",
                    (llms ? "llms.txt present" : "no llms.txt") + ", " + named.size() + " AI crawler(s) named in robots.txt");
            return Outcome.of(llms && !named.isEmpty() ? 2 : llms || !named.isEmpty() ? 1 : 0, summary, ex.evidence());
        };
    }

    /** {@code http2}: the home page answered over HTTP/2 (or advertises HTTP/3). */
    static Check.Accumulator http2(Params params) {
        return s -> {
            CrawlSummary.Outside outside = s.crawl().outside();
            String version = outside == null ? null : outside.homeHttpVersion();
            String altSvc = outside == null ? null : outside.homeAltSvc();
            if (!s.homeIsHttps() || version == null) {
                return Outcome.notApplicable(LocalizedText.of("Version HTTP non visible (site sans HTTPS ou non vérifiée)",
                        "HTTP version not visible (no HTTPS, or not checked)"));
            }
            boolean h3 = altSvc != null && altSvc.contains("h3");
            Example ex = new Example(s.home().finalUrl(), version + (altSvc == null ? "" : ", alt-svc: " + altSvc));
            return version.contains("2") || h3
                    ? Outcome.pass(LocalizedText.of("Servi en " + version + (h3 ? " (HTTP/3 annoncé)" : ""),
                    "Served over " + version + (h3 ? " (HTTP/3 advertised)" : "")), Outcome.seen(ex))
                    : Outcome.fail(LocalizedText.of("Servi en " + version + " seulement", "Served over " + version + " only"),
                    Outcome.seen(ex));
        };
    }

    static Example example(PageFacts page) {
        return page == null ? new Example(null, null) : new Example(page.url(), "HTTP " + page.status());
    }

    private static boolean contains(String value, String word) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(word);
    }

    /** robots.txt with a group for every robot (*) that disallows "/": search engines are kept out. */
    private static boolean disallowsEverything(CrawlSummary.Robots robots) {
        if (robots == null) {
            return false;
        }
        return robots.groups().stream()
                .filter(g -> g.userAgents().stream().anyMatch(a -> a.equals("*")))
                .anyMatch(g -> g.disallow().contains("/") && !g.allow().contains("/"));
    }

    private static final java.util.regex.Pattern MAX_AGE =
            java.util.regex.Pattern.compile("max-age\\s*=\\s*\"?(\\d{1,12})\"?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The max-age of a Strict-Transport-Security value (spaces around "=" allowed, RFC 6797), or 0. */
    static long maxAge(String hsts) {
        java.util.regex.Matcher m = MAX_AGE.matcher(hsts);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static boolean hasField(String content, String field) {
        return content.lines().anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).startsWith(field + ":"));
    }

    private static boolean expired(String content, Instant now) {
        return content.lines().map(String::strip)
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("expires:"))
                .map(l -> l.substring(8).strip())
                .anyMatch(v -> {
                    try {
                        return OffsetDateTime.parse(v).toInstant().isBefore(now);
                    } catch (DateTimeParseException e) {
                        return false;
                    }
                });
    }

    private static String firstLines(String content) {
        return content.lines().filter(l -> !l.isBlank()).limit(3).reduce((a, b) -> a + " | " + b).orElse("");
    }
}
