package dev.vitrine.offsite;

import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PagesJsonl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Backlinks among the audited companies (the company and its competitors): the links of
 * each company's crawled pages that lead to another audited company's registrable domain.
 * One streaming pass over each pages.jsonl; the list is bounded, since a site can link to a
 * competitor from every page of a template.
 */
public final class CrossLinks {

    /** Most links kept in all, and from one company to another (so one pair cannot fill the list). */
    public static final int MAX_LINKS = 200;
    public static final int MAX_PER_PAIR = 50;
    static final int MAX_URL = 2000;
    static final int MAX_ANCHOR = 200;

    /**
     * One audited company's site.
     *
     * @param urls      its website and the home URL the crawl ended at (after redirects): their
     *                  registrable domains are the company's
     * @param pagesFile its crawl's pages.jsonl, or null when it was not crawled
     */
    public record Site(String name, List<String> urls, Path pagesFile) {
        public Site {
            urls = urls == null ? List.of() : urls.stream().filter(Objects::nonNull).toList();
        }
    }

    private CrossLinks() {}

    /** The links between {@code sites}, in site order then page order, each (source, target) pair once. */
    public static List<CrossLink> between(List<Site> sites) {
        Map<String, String> ownerOfDomain = new HashMap<>();
        Map<String, Set<String>> domainsOf = new HashMap<>();
        for (Site s : sites) {
            Set<String> domains = new LinkedHashSet<>();
            for (String url : s.urls()) {
                String domain = RegistrableDomains.ofUrl(url);
                if (domain != null) {
                    domains.add(domain);
                    ownerOfDomain.putIfAbsent(domain, s.name()); // two companies on one domain: the first keeps it
                }
            }
            domainsOf.put(s.name(), domains);
        }
        List<CrossLink> links = new ArrayList<>();
        for (Site s : sites) {
            if (links.size() >= MAX_LINKS) {
                break;
            }
            if (s.pagesFile() != null && Files.isRegularFile(s.pagesFile())) {
                scan(s, domainsOf.get(s.name()), ownerOfDomain, links);
            }
        }
        return List.copyOf(links);
    }

    private static void scan(Site site, Set<String> own, Map<String, String> ownerOfDomain, List<CrossLink> links) {
        Map<String, Integer> perTarget = new HashMap<>();
        Set<String> seen = new HashSet<>();
        PagesJsonl.forEach(site.pagesFile(), page -> {
            if (links.size() >= MAX_LINKS || page.links() == null) {
                return;
            }
            String source = page.finalUrl() != null ? page.finalUrl() : page.url();
            for (PageFacts.Link link : page.links()) {
                if (link.internal() || link.href() == null) {
                    continue;
                }
                String domain = RegistrableDomains.ofUrl(link.href());
                String to = domain == null || own.contains(domain) ? null : ownerOfDomain.get(domain);
                if (to == null || to.equals(site.name()) || !seen.add(source + " " + link.href())) {
                    continue;
                }
                int count = perTarget.merge(to, 1, Integer::sum);
                if (count <= MAX_PER_PAIR && links.size() < MAX_LINKS) {
                    links.add(new CrossLink(site.name(), to, cut(source, MAX_URL), cut(link.href(), MAX_URL),
                            cut(link.text(), MAX_ANCHOR)));
                }
            }
        });
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
