package dev.vitrine.site;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.AuditResult.SocialProfile;
import dev.vitrine.site.ReportModel.CoverageCell;
import dev.vitrine.site.ReportModel.ProfileRow;
import dev.vitrine.site.ReportModel.SafeLink;
import dev.vitrine.site.ReportModel.Social;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The social profiles found on the site, the coverage of the major platforms, the directory listings. */
final class SocialViews {

    /** The platforms every small business is expected to consider. */
    static final List<String> MAJOR = List.of("facebook", "instagram", "linkedin", "youtube", "x", "tiktok");
    /** The checklist criterion whose evidence lists links to Google, directory and review listings. */
    static final String DIRECTORY_CRITERION = "directory-listings";
    static final int MAX_DIRECTORIES = 50;

    private final Views views;

    SocialViews(Views views) {
        this.views = views;
    }

    Social social() {
        Labels labels = views.labels();
        List<ProfileRow> profiles = new ArrayList<>();
        for (SocialProfile p : views.result().socialProfiles()) {
            profiles.add(new ProfileRow(p.platform(), labels.platform(p.platform()),
                    Texts.truncate(p.handle(), Texts.SHORT), Texts.link(p.url()), sources(p.sources()), p.pages()));
        }
        List<CoverageCell> coverage = new ArrayList<>();
        for (String platform : MAJOR) {
            List<SocialProfile> found = views.result().socialProfiles().stream()
                    .filter(p -> platform.equals(p.platform())).toList();
            Set<String> how = new LinkedHashSet<>();
            found.forEach(p -> how.addAll(p.sources() == null ? List.of() : p.sources()));
            coverage.add(new CoverageCell(platform, labels.platform(platform), !found.isEmpty(),
                    found.isEmpty() ? labels.messages().get("social.coverage.none") : sources(List.copyOf(how))));
        }
        return new Social(profiles, coverage, directories());
    }

    private String sources(List<String> sources) {
        if (sources == null) {
            return "";
        }
        return String.join(", ", sources.stream().map(views.labels()::socialSource).toList());
    }

    private List<SafeLink> directories() {
        Set<String> urls = new LinkedHashSet<>();
        for (Finding f : views.result().findings()) {
            if (DIRECTORY_CRITERION.equals(f.criterion())) {
                for (Example e : Views.examples(f)) {
                    String url = linkIn(e);
                    if (url != null) {
                        urls.add(url);
                    }
                }
            }
        }
        return urls.stream().limit(MAX_DIRECTORIES).map(Texts::link).toList();
    }

    // The listing is the link found on the page: "link: Text → https://..." or the example's URL.
    private static String linkIn(Example e) {
        String value = e.value();
        if (value != null) {
            int arrow = value.lastIndexOf("→ ");
            String candidate = arrow >= 0 ? value.substring(arrow + 2).strip()
                    : value.startsWith("link: ") ? value.substring(6).strip() : null;
            if (candidate != null && Texts.href(candidate) != null) {
                return candidate;
            }
        }
        return e.url();
    }
}
