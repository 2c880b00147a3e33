package dev.vitrine.site;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.AuditResult.SocialProfile;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Offsite.Profile;
import dev.vitrine.model.Offsite.Verification;
import dev.vitrine.site.ReportModel.ConsistencyNote;
import dev.vitrine.site.ReportModel.CoverageCell;
import dev.vitrine.site.ReportModel.ListingRow;
import dev.vitrine.site.ReportModel.MentionRow;
import dev.vitrine.site.ReportModel.ProfileRow;
import dev.vitrine.site.ReportModel.SafeLink;
import dev.vitrine.site.ReportModel.Social;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The social profiles, the coverage of the major platforms, the consistency notes, the
 * mentions and the directory listings. With the run's offsite.json, only the company's own
 * profiles are its profiles (with their verification); without it (a run made before), every
 * profile the pages link to, as before.
 */
final class SocialViews {

    /** The platforms every small business is expected to consider. */
    static final List<String> MAJOR = List.of("facebook", "instagram", "linkedin", "x", "youtube", "tiktok",
            "pinterest");
    /** The checklist criterion whose evidence lists links to Google, directory and review listings. */
    static final String DIRECTORY_CRITERION = "directory-listings";
    /** The consistency criteria shown as notes, in this order. */
    static final List<String> CONSISTENCY_CRITERIA = List.of("social-same-as", "same-handle", "profiles-on-home");
    /** Coverage states, best first: a platform takes the best state of its own profiles. */
    static final List<String> STATES = List.of("verified", "unverified", "suspect", "broken", "absent");
    static final int MAX_DIRECTORIES = 50;
    static final int MAX_ROWS = 200;

    private final Views views;
    private final Labels labels;

    SocialViews(Views views) {
        this.views = views;
        this.labels = views.labels();
    }

    Social social() {
        Offsite offsite = views.result().offsite();
        if (offsite == null) {
            return beforeOffsite();
        }
        List<Profile> own = offsite.profiles().stream().filter(Profile::own).toList();
        List<ProfileRow> profiles = own.stream().limit(MAX_ROWS).map(this::profileRow).toList();
        List<CoverageCell> coverage = new ArrayList<>();
        for (String platform : MAJOR) {
            List<Profile> found = own.stream().filter(p -> platform.equals(lower(p.platform()))).toList();
            String state = coverageState(found);
            Set<String> how = new LinkedHashSet<>();
            found.forEach(p -> how.addAll(p.reasons()));
            coverage.add(new CoverageCell(platform, labels.platform(platform), !found.isEmpty(),
                    found.isEmpty() ? message("social.coverage.none") : sources(List.copyOf(how)), state,
                    message("social.state." + state), stateVerdict(state)));
        }
        List<MentionRow> mentions = offsite.profiles().stream().filter(p -> !p.own()).limit(MAX_ROWS)
                .map(p -> new MentionRow(labels.platform(lower(p.platform())), Texts.truncate(p.handle(), Texts.SHORT),
                        Texts.link(p.url()), Texts.link(p.firstPage()), p.pages()))
                .toList();
        List<ListingRow> listings = offsite.directories().stream().limit(MAX_ROWS)
                .map(d -> new ListingRow(Texts.truncate(Texts.orEmpty(d.name()), Texts.SHORT),
                        label("social.kind.", d.kind()), Texts.link(d.url()), label("social.foundOn.", d.foundOn()),
                        Texts.link(d.from())))
                .toList();
        return new Social(profiles, coverage, List.of(), true, !offsite.profilesVerified(), notes(), mentions,
                listings);
    }

    private ProfileRow profileRow(Profile p) {
        Verification v = p.verification();
        String status = v == null ? null : Texts.slug(v.status());
        return new ProfileRow(lower(p.platform()), labels.platform(lower(p.platform())),
                Texts.truncate(p.handle(), Texts.SHORT), Texts.link(p.url()), sources(p.reasons()), p.pages(),
                message(!p.onHome() ? "social.onHome.no" : linked(p) ? "social.onHome.yes" : "social.onHome.declared"),
                status,
                status == null ? message("social.status.none") : label("social.status.", status),
                statusVerdict(status), v == null ? null : Texts.truncate(detail(v), Texts.LONG),
                v == null || v.finalUrl() == null || v.finalUrl().equals(p.url()) ? null : Texts.link(v.finalUrl()));
    }

    /** Linked where visitors see it, not only declared (JSON-LD sameAs, twitter:site), as the checks judge it. */
    private static boolean linked(Profile p) {
        return p.reasons().stream().anyMatch(r -> !r.equals("json-ld") && !r.equals("twitter:site"));
    }

    private static String detail(Verification v) {
        String http = v.httpStatus() == 0 ? "" : "HTTP " + v.httpStatus();
        String why = Texts.orEmpty(v.detail());
        return http.isEmpty() || why.isEmpty() ? http + why : http + " · " + why;
    }

    /** The best state among a platform's own profiles ({@link #STATES} order). */
    static String coverageState(List<Profile> found) {
        String best = "absent";
        for (Profile p : found) {
            String status = p.verification() == null ? null : p.verification().status();
            String state = status == null || Offsite.UNVERIFIABLE.equals(status) ? "unverified"
                    : Offsite.OK.equals(status) ? "verified"
                    : Offsite.SUSPECT.equals(status) ? "suspect"
                    : Offsite.BROKEN.equals(status) ? "broken" : "unverified";
            if (STATES.indexOf(state) < STATES.indexOf(best)) {
                best = state;
            }
        }
        return best;
    }

    /** The verdict whose colour a verification status takes: ok green, suspect amber, broken red, else grey. */
    static String statusVerdict(String status) {
        if (status == null) {
            return "not_applicable";
        }
        return switch (status) {
            case Offsite.OK -> "pass";
            case Offsite.SUSPECT -> "partial";
            case Offsite.BROKEN -> "fail";
            default -> "not_applicable";
        };
    }

    private static String stateVerdict(String state) {
        return switch (state) {
            case "verified" -> "pass";
            case "suspect", "unverified" -> "partial";
            case "broken" -> "fail";
            default -> "not_applicable";
        };
    }

    private List<ConsistencyNote> notes() {
        List<ConsistencyNote> notes = new ArrayList<>();
        for (String id : CONSISTENCY_CRITERIA) {
            for (Finding f : views.result().findings()) {
                if (id.equals(f.criterion())) {
                    String verdict = Views.verdictId(f.verdict());
                    notes.add(new ConsistencyNote(verdict, labels.verdict(verdict), views.text(f.title()),
                            views.text(f.summary()), Views.findingHref(f)));
                }
            }
        }
        return notes;
    }

    // ---- a run made before offsite.json: the profiles of the pages, the directory criterion's links

    private Social beforeOffsite() {
        List<ProfileRow> profiles = new ArrayList<>();
        for (SocialProfile p : views.result().socialProfiles()) {
            profiles.add(new ProfileRow(p.platform(), labels.platform(p.platform()),
                    Texts.truncate(p.handle(), Texts.SHORT), Texts.link(p.url()), sources(p.sources()), p.pages(),
                    null, null, null, null, null, null));
        }
        List<CoverageCell> coverage = new ArrayList<>();
        for (String platform : MAJOR) {
            List<SocialProfile> found = views.result().socialProfiles().stream()
                    .filter(p -> platform.equals(p.platform())).toList();
            Set<String> how = new LinkedHashSet<>();
            found.forEach(p -> how.addAll(p.sources() == null ? List.of() : p.sources()));
            String state = found.isEmpty() ? "absent" : "present";
            coverage.add(new CoverageCell(platform, labels.platform(platform), !found.isEmpty(),
                    found.isEmpty() ? message("social.coverage.none") : sources(List.copyOf(how)), state,
                    message(found.isEmpty() ? "social.absent" : "social.present"),
                    found.isEmpty() ? "not_applicable" : "pass"));
        }
        return new Social(profiles, coverage, directories(), false, false, List.of(), List.of(), List.of());
    }

    private String sources(List<String> sources) {
        if (sources == null) {
            return "";
        }
        return String.join(", ", sources.stream().map(labels::socialSource).toList());
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

    // ---- labels

    private String message(String key) {
        return labels.messages().get(key);
    }

    /** The label of an open-ended id ({@code prefix + id}), or the id itself when the bundle has none. */
    private String label(String prefix, String id) {
        String label = id == null ? null : labels.messages().getOrNull(prefix + Texts.slug(id));
        return label != null ? label : Texts.truncate(Texts.orEmpty(id), Texts.SHORT);
    }

    private static String lower(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }
}
