package dev.vitrine.score;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.TechnologyUse;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Checks of what the site shows signs of: tools, structured types, sections, links, forms. */
final class SignalChecks {

    private SignalChecks() {}

    /** The technology categories of technologies.yaml. */
    static final List<String> CATEGORIES = List.of("analytics", "tag-manager", "advertising", "consent", "crm",
            "marketing-automation", "newsletter", "chat", "ecommerce", "payment", "booking", "cms", "cdn", "hosting",
            "reviews", "video", "fonts", "maps", "forms", "other");

    static final List<String> FORM_KINDS = Arrays.stream(FormKind.values()).map(FormKind::id).toList();

    /**
     * {@code signals}: at least {@code min} (default 1) distinct signals among those listed.
     * Each listed entry is one signal, except a {@code category:} entry of
     * {@code technologies}, where each tool of the category detected counts as one.
     * <ul>
     * <li>{@code technologies}: technology ids or {@code category:<name>} (site-wide detection);
     * <li>{@code jsonLdTypes}: a type in a page's JSON-LD (nested included) or microdata;
     * <li>{@code urlPatterns}: a path substring of a crawled page or of an internal link's target;
     * <li>{@code linkTexts}: a word in an internal link's text (case and accents ignored);
     * <li>{@code linkDomains}: the host of an outgoing link or iframe is the domain or a
     *     subdomain of it; an entry with a path ({@code google.com/maps}) also needs the
     *     path to start with it;
     * <li>{@code formKinds}: a form of that kind (contact, newsletter, search, login, quote, other);
     * <li>{@code appLinks}, {@code manifest}, {@code feeds}, {@code videos} (true): any page has one.
     * </ul>
     * At least one kind is required. Below {@code min}: fail, and with {@code notVisible}
     * the summary says that the outside cannot see it, to confirm with the company.
     * Evidence: each signal found, with the page where it was first seen.
     */
    static Check.Accumulator signals(Params params) {
        List<String> technologies = params.strings("technologies");
        for (String t : technologies) {
            if (t.startsWith("category:")) {
                CompanyChecks.allowed("technologies", List.of(t.substring("category:".length())), CATEGORIES);
            }
        }
        List<String> types = params.strings("jsonLdTypes");
        List<String> urlPatterns = params.strings("urlPatterns");
        List<String> linkTexts = params.strings("linkTexts");
        List<String> linkDomains = params.strings("linkDomains").stream().map(SignalChecks::domainEntry).toList();
        List<String> formKinds = CompanyChecks.allowed("formKinds",
                params.strings("formKinds").stream().map(k -> k.toLowerCase(Locale.ROOT)).toList(), FORM_KINDS);
        boolean appLinks = params.flag("appLinks", false);
        boolean manifest = params.flag("manifest", false);
        boolean feeds = params.flag("feeds", false);
        boolean videos = params.flag("videos", false);
        boolean notVisible = params.flag("notVisible", false);
        int min = params.integer("min", 1);
        if (min < 1) {
            throw new IllegalArgumentException("parameter \"min\" must be 1 or more, got " + min);
        }
        if (Stream.of(technologies, types, urlPatterns, linkTexts, linkDomains, formKinds).allMatch(List::isEmpty)
                && !appLinks && !manifest && !feeds && !videos) {
            throw new IllegalArgumentException("at least one signal is required: technologies, jsonLdTypes, urlPatterns, "
                    + "linkTexts, linkDomains, formKinds, appLinks, manifest, feeds or videos");
        }
        return new Check.Accumulator() {
            final Map<String, Example> found = new LinkedHashMap<>();

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p)) {
                    return;
                }
                for (String t : types) {
                    if (found.containsKey("type " + t)) {
                        continue;
                    }
                    if (CompanyChecks.containsIgnoreCase(p.jsonLdTypes(), t)) {
                        found("type " + t, p, "@type: " + t);
                    } else if (CompanyChecks.containsIgnoreCase(p.microdataTypes(), t)) {
                        found("type " + t, p, "@type: " + t + " (microdata)");
                    }
                }
                for (String pattern : urlPatterns) {
                    if (!found.containsKey("url " + pattern)) {
                        urlSignal(p, pattern);
                    }
                }
                for (String text : linkTexts) {
                    if (!found.containsKey("text " + text)) {
                        p.links().stream().filter(l -> l.internal() && Pages.containsAny(l.text(), List.of(text))).findFirst()
                                .ifPresent(l -> found("text " + text, p, "link: " + l.text() + " → " + l.href()));
                    }
                }
                for (String domain : linkDomains) {
                    if (!found.containsKey("domain " + domain)) {
                        Stream.concat(p.links().stream().filter(l -> !l.internal()).map(PageFacts.Link::href), p.iframes().stream())
                                .filter(u -> onDomain(u, domain)).findFirst()
                                .ifPresent(u -> found("domain " + domain, p, domain + ": " + u));
                    }
                }
                for (PageFacts.Form f : p.forms()) {
                    if (f.kind() != null && formKinds.contains(f.kind().id())) {
                        found("form " + f.kind().id(), p, "form: " + f.kind().id() + " → " + f.action());
                    }
                }
                if (appLinks && !p.appLinks().isEmpty()) {
                    found("appLinks", p, "app: " + p.appLinks().get(0));
                }
                if (manifest && p.manifest() != null && !p.manifest().isBlank()) {
                    found("manifest", p, "manifest: " + p.manifest());
                }
                if (feeds && !p.feeds().isEmpty()) {
                    found("feeds", p, "feed: " + p.feeds().get(0));
                }
                if (videos && !p.videos().isEmpty()) {
                    found("videos", p, "video: " + p.videos().get(0));
                }
            }

            private void urlSignal(PageFacts p, String pattern) {
                List<String> one = List.of(pattern);
                if (Pages.matchingPattern(p.url(), one) != null) {
                    found("url " + pattern, p, "url: " + Pages.path(p.url()));
                    return;
                }
                p.links().stream().filter(l -> l.internal() && Pages.matchingPattern(l.href(), one) != null).findFirst()
                        .ifPresent(l -> found("url " + pattern, p, "link: " + l.href()));
            }

            private void found(String key, PageFacts p, String value) {
                found.putIfAbsent(key, new Example(p.url(), value));
            }

            @Override
            public Outcome finish(Snapshot s) {
                Map<String, Example> all = new LinkedHashMap<>();
                for (String entry : technologies) {
                    for (TechnologyUse t : s.site().technologies(entry)) {
                        all.putIfAbsent("technology " + t.id(), new Example(t.firstPage(),
                                "technology: " + t.name() + " (" + t.category() + ")"));
                    }
                }
                all.putAll(found);
                int n = all.size();
                List<Example> examples = new ArrayList<>(all.values());
                if (n >= min) {
                    return Outcome.pass(LocalizedText.of(n + " signal(s) trouvé(s)", n + " signal(s) found"),
                            Outcome.seen(examples, n));
                }
                if (n == 0 && notVisible) {
                    return Outcome.fail(LocalizedText.of("Rien de visible depuis l'extérieur : à confirmer avec l'entreprise",
                            "Nothing visible from outside: confirm with the company"), Outcome.seen());
                }
                return Outcome.fail(LocalizedText.of(
                        n + " signal(s) trouvé(s), " + min + " attendu(s)"
                                + (notVisible ? " ; le reste n'est pas visible depuis l'extérieur : à confirmer avec l'entreprise" : ""),
                        n + " signal(s) found, " + min + " expected"
                                + (notVisible ? "; the rest is not visible from outside: confirm with the company" : "")),
                        Outcome.seen(examples, n));
            }
        };
    }

    /** {@code https://www.Google.com/maps/} → {@code google.com/maps}. */
    private static String domainEntry(String raw) {
        String d = raw.strip().toLowerCase(Locale.ROOT);
        int scheme = d.indexOf("://");
        d = scheme >= 0 ? d.substring(scheme + 3) : d;
        d = d.startsWith("www.") ? d.substring(4) : d;
        while (d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.isEmpty()) {
            throw new IllegalArgumentException("parameter \"linkDomains\" has an empty domain");
        }
        return d;
    }

    /** True when the URL's host is the entry's domain or a subdomain of it, and its path starts with the entry's path. */
    static boolean onDomain(String url, String entry) {
        String host = host(url);
        if (host == null) {
            return false;
        }
        int slash = entry.indexOf('/');
        String domain = slash < 0 ? entry : entry.substring(0, slash);
        boolean hostOk = host.equals(domain) || host.endsWith("." + domain);
        return hostOk && (slash < 0 || Pages.path(url).startsWith(entry.substring(slash)));
    }

    /** The lower-case host of an absolute http(s) URL (user info and port removed), or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        String host = (port >= 0 && !authority.endsWith("]") ? authority.substring(0, port) : authority).toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return host.isEmpty() ? null : host;
    }

    /**
     * {@code technology-count}: how many distinct tools of {@code categories} (required) the
     * site shows: at least {@code min} (default 1) pass, at least {@code partialMin}
     * (default 1) partial, else fail. Evidence: the tools, with where each was first seen.
     */
    static Check.Accumulator technologyCount(Params params) {
        List<String> categories = CompanyChecks.allowed("categories", CompanyChecks.requiredList(params, "categories"),
                CATEGORIES);
        int min = params.integer("min", 1);
        int partialMin = params.integer("partialMin", 1);
        CompanyChecks.requireLevels(min, partialMin);
        return s -> {
            List<TechnologyUse> tools = s.site().technologies().stream().filter(t -> categories.contains(t.category())).toList();
            Examples ex = new Examples();
            tools.forEach(t -> ex.add(t.firstPage(), t.name() + " (" + t.category() + ", " + t.pages() + " pages)"));
            int n = tools.size();
            String names = String.join(", ", tools.stream().map(TechnologyUse::name).toList());
            String listed = String.join(", ", categories);
            LocalizedText summary = LocalizedText.of(
                    n + " outil(s) détecté(s) (" + listed + ")" + (n == 0 ? "" : " : " + names),
                    n + " tool(s) detected (" + listed + ")" + (n == 0 ? "" : ": " + names));
            return Outcome.of(n >= min ? 2 : n >= partialMin ? 1 : 0, summary, ex.evidence());
        };
    }

    /**
     * {@code trackers-need-consent}: when tools of {@code trackerCategories} (default
     * analytics, advertising) are detected, a tool of {@code consentCategory} (default
     * consent) must be too. Whether trackers wait for the visitor's choice is not visible
     * in a crawl: this checks that a consent tool exists. No tracker: not applicable.
     */
    static Check.Accumulator trackersNeedConsent(Params params) {
        List<String> given = CompanyChecks.allowed("trackerCategories", params.strings("trackerCategories"), CATEGORIES);
        List<String> trackerCategories = given.isEmpty() ? List.of("analytics", "advertising") : given;
        String consent = params.optionalString("consentCategory");
        String consentCategory = consent == null ? "consent" : CompanyChecks.allowed("consentCategory", List.of(consent), CATEGORIES).get(0);
        return s -> {
            List<TechnologyUse> trackers = s.site().technologies().stream()
                    .filter(t -> trackerCategories.contains(t.category())).toList();
            if (trackers.isEmpty()) {
                return Outcome.notApplicable(LocalizedText.of("Aucun traceur détecté", "No tracker detected"));
            }
            List<TechnologyUse> tools = s.site().technologies("category:" + consentCategory);
            Examples ex = new Examples();
            Stream.concat(trackers.stream(), tools.stream()).forEach(t -> ex.add(t.firstPage(), t.name() + " (" + t.category() + ")"));
            String names = String.join(", ", trackers.stream().map(TechnologyUse::name).toList());
            if (tools.isEmpty()) {
                return Outcome.fail(LocalizedText.of(trackers.size() + " traceur(s) (" + names + ") sans outil de consentement détecté",
                        trackers.size() + " tracker(s) (" + names + ") and no consent tool detected"), ex.evidence());
            }
            String consentNames = String.join(", ", tools.stream().map(TechnologyUse::name).toList());
            return Outcome.pass(LocalizedText.of(trackers.size() + " traceur(s), consentement géré par " + consentNames,
                    trackers.size() + " tracker(s), consent handled by " + consentNames), ex.evidence());
        };
    }
}
