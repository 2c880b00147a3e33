package dev.vitrine.score;

import dev.vitrine.model.AuditResult.SocialProfile;
import dev.vitrine.model.AuditResult.TechnologyUse;
import dev.vitrine.model.PageFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Site-wide facts several checks and the report share, gathered in the single pass over
 * pages.jsonl: how many pages, which tools, which social profiles. Bounded: at most
 * {@value #MAX_ENTRIES} technologies and profiles are kept.
 */
record SiteFacts(int htmlPages, List<TechnologyUse> technologies, List<SocialProfile> socialProfiles) {

    static final int MAX_ENTRIES = 500;

    boolean hasTechnology(String idOrCategory) {
        return technologies.stream().anyMatch(t -> matches(t, idOrCategory));
    }

    List<TechnologyUse> technologies(String idOrCategory) {
        return technologies.stream().filter(t -> matches(t, idOrCategory)).toList();
    }

    /** {@code category:analytics} names a category, anything else a technology id. */
    static boolean matches(TechnologyUse t, String idOrCategory) {
        return idOrCategory.startsWith("category:")
                ? t.category().equals(idOrCategory.substring("category:".length()))
                : t.id().equals(idOrCategory);
    }

    /** Collects the facts page by page. */
    static final class Builder {
        private int htmlPages;
        private PageFacts home;
        private final Map<String, TechnologyUse> technologies = new LinkedHashMap<>();
        private final Map<String, Profile> profiles = new LinkedHashMap<>();

        private static final class Profile {
            final String platform;
            final String handle;
            final String url;
            final Set<String> sources = new LinkedHashSet<>();
            int pages;

            Profile(String platform, String handle, String url) {
                this.platform = platform;
                this.handle = handle;
                this.url = url;
            }
        }

        void accept(PageFacts page) {
            if (!Pages.isContent(page)) {
                return;
            }
            if (home == null && page.depth() == 0) {
                home = page;
            }
            htmlPages++;
            for (PageFacts.Technology t : page.technologies()) {
                TechnologyUse seen = technologies.get(t.id());
                if (seen != null) {
                    technologies.put(t.id(), new TechnologyUse(seen.id(), seen.name(), seen.category(),
                            seen.pages() + 1, seen.evidence(), seen.firstPage()));
                } else if (technologies.size() < MAX_ENTRIES) {
                    technologies.put(t.id(), new TechnologyUse(t.id(), t.name(), t.category(), 1, t.evidence(),
                            page.url()));
                }
            }
            Set<String> onThisPage = new LinkedHashSet<>();
            for (PageFacts.SocialLink s : page.social()) {
                String key = s.platform() + "/" + s.handle();
                Profile p = profiles.get(key);
                if (p == null && profiles.size() < MAX_ENTRIES) {
                    p = new Profile(s.platform(), s.handle(), s.url());
                    profiles.put(key, p);
                }
                if (p != null) {
                    p.sources.add(s.source());
                    if (onThisPage.add(key)) {
                        p.pages++;
                    }
                }
            }
        }

        /** The first HTML page at depth 0 (the home, after its redirects), or null. */
        PageFacts home() {
            return home;
        }

        SiteFacts build() {
            List<TechnologyUse> techs = new ArrayList<>(technologies.values());
            techs.sort(Comparator.comparing(TechnologyUse::category).thenComparing(TechnologyUse::name));
            List<SocialProfile> socials = profiles.values().stream()
                    .map(p -> new SocialProfile(p.platform, p.handle, p.url, List.copyOf(p.sources), p.pages))
                    .sorted(Comparator.comparing(SocialProfile::platform).thenComparing(SocialProfile::handle))
                    .toList();
            return new SiteFacts(htmlPages, List.copyOf(techs), socials);
        }
    }
}
