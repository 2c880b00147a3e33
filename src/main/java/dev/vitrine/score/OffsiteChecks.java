package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Offsite.Backlinks;
import dev.vitrine.model.Offsite.BrokenTarget;
import dev.vitrine.model.Offsite.Directory;
import dev.vitrine.model.Offsite.Domain;
import dev.vitrine.model.Offsite.Profile;
import dev.vitrine.model.Offsite.Source;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks of what the rest of the web says about the company (the run's offsite.json): its
 * own profiles (verified, on the home page, under one handle), its directory listings and
 * its backlinks. All are site-only checks, and all are not applicable on a run made before
 * offsite.json existed, or when there is nothing to judge (no backlink source declared,
 * verification turned off).
 */
final class OffsiteChecks {

    private OffsiteChecks() {}

    static final List<String> DIRECTORY_KINDS = List.of("maps", "directory", "reviews", "booking", "freelance",
            "register");

    private static final LocalizedText NO_OFFSITE = LocalizedText.of(
            "Pas de données hors site pour ce run (réalisé avant leur collecte)",
            "No off-site data for this run (made before they were gathered)");
    private static final LocalizedText NO_BACKLINK_SOURCE = LocalizedText.of(
            "Aucune source de liens entrants déclarée", "No backlink source declared");

    /**
     * {@code verified-profiles}: own profiles on the listed {@code platforms} (required) whose
     * fetch confirmed them ({@code ok}), counted by platform; {@code min} defaults to 1. A
     * broken profile (the site links to a dead page) fails; a suspect one (redirects to a login
     * page or the platform's home) makes it partial at best; an unverifiable one (the platform
     * blocks robots) is present but unverified: it can make the finding partial, never pass.
     * Not applicable when verification was turned off or there is no own profile on those platforms.
     */
    static Check.Accumulator verifiedProfiles(Params params) {
        List<String> platforms = lowerCase(CompanyChecks.requiredList(params, "platforms"));
        int min = params.integer("min", 1);
        CompanyChecks.requireLevels(min, 1);
        return s -> {
            Offsite o = s.offsite();
            if (o == null) {
                return Outcome.notApplicable(NO_OFFSITE);
            }
            if (!o.profilesVerified()) {
                return Outcome.notApplicable(LocalizedText.of("Vérification des profils désactivée pour ce run",
                        "Profile verification was turned off for this run"));
            }
            List<Profile> own = ownProfiles(o).stream().filter(p -> platforms.contains(platform(p))).toList();
            if (own.isEmpty()) {
                return Outcome.notApplicable(LocalizedText.of("Aucun profil de l'entreprise sur "
                        + String.join(", ", platforms), "No company profile on " + String.join(", ", platforms)));
            }
            Set<String> verified = new LinkedHashSet<>();
            Examples broken = new Examples();
            Examples doubtful = new Examples();
            Examples fine = new Examples();
            int unverifiable = 0;
            int suspect = 0;
            for (Profile p : own) {
                String status = status(p);
                String value = platform(p) + " " + p.handle() + " : " + status + detail(p.verification());
                switch (status) {
                    case Offsite.OK -> {
                        verified.add(platform(p));
                        fine.add(p.url(), value);
                    }
                    case Offsite.BROKEN -> broken.add(p.url(), value);
                    case Offsite.SUSPECT -> {
                        suspect++;
                        doubtful.add(p.url(), value);
                    }
                    default -> {
                        unverifiable++;
                        doubtful.add(p.url(), value);
                    }
                }
            }
            int ok = verified.size();
            LocalizedText summary = LocalizedText.of(
                    ok + " plateforme(s) au profil vérifié (minimum " + min + ")"
                            + (broken.isEmpty() ? "" : " ; " + broken.count() + " profil(s) introuvable(s)")
                            + (suspect == 0 ? "" : " ; " + suspect + " profil(s) suspect(s)")
                            + (unverifiable == 0 ? "" : " ; " + unverifiable
                            + " présent(s) mais non vérifiable(s) : la plateforme bloque les robots"),
                    ok + " platform(s) with a verified profile (minimum " + min + ")"
                            + (broken.isEmpty() ? "" : "; " + broken.count() + " profile(s) not found")
                            + (suspect == 0 ? "" : "; " + suspect + " suspect profile(s)")
                            + (unverifiable == 0 ? "" : "; " + unverifiable
                            + " present but unverified: the platform blocks robots"));
            if (!broken.isEmpty()) {
                return Outcome.fail(summary, broken.evidence());
            }
            if (ok >= min && suspect == 0) {
                return Outcome.pass(summary, fine.evidence());
            }
            return Outcome.partial(summary, doubtful.isEmpty() ? fine.evidence() : doubtful.evidence());
        };
    }

    /**
     * {@code profiles-on-home}: the company's own profiles are linked from the home page,
     * where visitors look for them (a profile only declared there, in JSON-LD or twitter:site,
     * is not linked). All: pass; some: partial; none: fail; no own profile: not applicable.
     * Evidence: the profiles missing from the home page, with where they were found.
     */
    static Check.Accumulator profilesOnHome(Params params) {
        return s -> {
            if (s.offsite() == null) {
                return Outcome.notApplicable(NO_OFFSITE);
            }
            List<Profile> own = ownProfiles(s.offsite());
            if (own.isEmpty()) {
                return Outcome.notApplicable(LocalizedText.of("Aucun profil social de l'entreprise",
                        "No company social profile"));
            }
            Examples missing = new Examples();
            Examples present = new Examples();
            for (Profile p : own) {
                // Declared on the home page (JSON-LD, twitter:site) is not linked: visitors cannot follow it.
                boolean linked = p.onHome() && CompanyChecks.isVisible(p.reasons());
                (linked ? present : missing).add(p.url(), platform(p) + " " + p.handle()
                        + (linked ? "" : " (" + String.join(", ", p.reasons()) + ")"));
            }
            LocalizedText summary = LocalizedText.of(
                    present.count() + " profil(s) sur " + own.size() + " lié(s) depuis la page d'accueil",
                    present.count() + " of " + own.size() + " profile(s) linked from the home page");
            int level = missing.isEmpty() ? 2 : present.isEmpty() ? 0 : 1;
            return Outcome.of(level, summary, missing.isEmpty() ? present.evidence() : missing.evidence());
        };
    }

    /**
     * {@code same-handle}: the company uses one handle across platforms, so customers find
     * it everywhere. Handles are compared normalised ({@link #normaliseHandle}); handles that
     * cannot be compared (a YouTube channel id) are left out. The most shared handle is the
     * reference: every platform uses it: pass; more than half: partial; else fail. Fewer than
     * two comparable platforms: not applicable.
     */
    static Check.Accumulator sameHandle(Params params) {
        return s -> {
            if (s.offsite() == null) {
                return Outcome.notApplicable(NO_OFFSITE);
            }
            Map<String, Set<String>> handlesByPlatform = new LinkedHashMap<>();
            Map<String, Profile> firstByPlatform = new LinkedHashMap<>();
            for (Profile p : ownProfiles(s.offsite())) {
                String handle = normaliseHandle(p.handle());
                if (handle != null) {
                    handlesByPlatform.computeIfAbsent(platform(p), k -> new LinkedHashSet<>()).add(handle);
                    firstByPlatform.putIfAbsent(platform(p), p);
                }
            }
            int platforms = handlesByPlatform.size();
            if (platforms < 2) {
                return Outcome.notApplicable(LocalizedText.of("Moins de deux plateformes à comparer",
                        "Fewer than two platforms to compare"));
            }
            Map<String, Integer> platformsPerHandle = new LinkedHashMap<>();
            handlesByPlatform.values().forEach(hs -> hs.forEach(h -> platformsPerHandle.merge(h, 1, Integer::sum)));
            String reference = platformsPerHandle.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow().getKey();
            int agreeing = platformsPerHandle.get(reference);
            Examples others = new Examples();
            handlesByPlatform.forEach((platform, hs) -> {
                if (!hs.contains(reference)) {
                    Profile p = firstByPlatform.get(platform);
                    others.add(p.url(), platform + " " + p.handle() + " ≠ " + reference);
                }
            });
            LocalizedText summary = LocalizedText.of(
                    agreeing + " plateforme(s) sur " + platforms + " utilisent le nom « " + reference + " »",
                    agreeing + " of " + platforms + " platform(s) use the handle \"" + reference + "\"");
            int level = agreeing == platforms ? 2 : agreeing * 2 > platforms ? 1 : 0;
            if (level == 2) {
                Examples all = new Examples();
                firstByPlatform.forEach((platform, p) -> all.add(p.url(), platform + " " + p.handle()));
                return Outcome.pass(summary, all.evidence());
            }
            return Outcome.of(level, summary, others.evidence());
        };
    }

    private static final List<String> HANDLE_PREFIXES = List.of("company/", "showcase/", "school/", "in/", "c/",
            "user/", "pages/");

    /**
     * A handle as people would type it: lower-case, no leading {@code @}, no platform path
     * ({@code company/acme} on LinkedIn is {@code acme}), without dots, dashes and underscores
     * ({@code acme.fr} and {@code acme_fr} are the same name to a customer). Null when it
     * cannot be compared: empty, or still a path (a YouTube {@code channel/UC…} id).
     */
    static String normaliseHandle(String raw) {
        if (raw == null) {
            return null;
        }
        String h = raw.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith("/")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String prefix : HANDLE_PREFIXES) {
            if (h.startsWith(prefix)) {
                h = h.substring(prefix.length());
                break;
            }
        }
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        if (h.contains("/")) {
            return null;
        }
        h = h.replaceAll("[._\\-]", "");
        return h.isEmpty() ? null : h;
    }

    /**
     * {@code directory-listings}: listings of the company on directory, map, review or booking
     * platforms, found linked from the site, as a backlink source or in an import. {@code kinds}
     * (among {@link #DIRECTORY_KINDS}) or {@code ids} (directories.yaml ids) restrict which count
     * (none given: all); {@code min} (default 1) distinct platforms pass, fewer but one partial.
     */
    static Check.Accumulator directoryListings(Params params) {
        List<String> kinds = CompanyChecks.allowed("kinds", params.strings("kinds"), DIRECTORY_KINDS);
        List<String> ids = params.strings("ids");
        int min = params.integer("min", 1);
        CompanyChecks.requireLevels(min, 1);
        return s -> {
            if (s.offsite() == null) {
                return Outcome.notApplicable(NO_OFFSITE);
            }
            Set<String> platforms = new LinkedHashSet<>();
            Examples found = new Examples();
            for (Directory d : s.offsite().directories()) {
                boolean wanted = (kinds.isEmpty() && ids.isEmpty()) || kinds.contains(d.kind()) || ids.contains(d.id());
                if (wanted) {
                    platforms.add(d.id() == null ? String.valueOf(d.url()) : d.id());
                    found.add(d.url(), d.name() + " (" + d.kind() + ", " + d.foundOn() + ")");
                }
            }
            int n = platforms.size();
            String which = !ids.isEmpty() ? String.join(", ", ids) : !kinds.isEmpty() ? String.join(", ", kinds) : "";
            LocalizedText summary = LocalizedText.of(
                    n + " plateforme(s) d'annuaire ou d'avis" + (which.isEmpty() ? "" : " (" + which + ")")
                            + " où l'entreprise est référencée (minimum " + min + ")",
                    n + " directory or review platform(s)" + (which.isEmpty() ? "" : " (" + which + ")")
                            + " listing the company (minimum " + min + ")");
            return Outcome.of(n >= min ? 2 : n >= 1 ? 1 : 0, summary, found.evidence());
        };
    }

    /**
     * {@code referring-domains}: distinct registrable domains linking to the company, from the
     * declared sources and imports: {@code min} (default 10) pass, {@code partialMin} (default 1)
     * partial. Not applicable when the audit declares no source and no import.
     */
    static Check.Accumulator referringDomains(Params params) {
        int min = params.integer("min", 10);
        int partialMin = params.integer("partialMin", 1);
        CompanyChecks.requireLevels(min, partialMin);
        return s -> {
            Backlinks b = declared(s);
            if (b == null) {
                return notDeclared(s);
            }
            int n = b.summary().referringDomains();
            Examples domains = new Examples();
            for (Domain d : b.summary().domains()) {
                domains.add(null, d.domain() + " : " + d.links() + " lien(s)");
            }
            LocalizedText summary = LocalizedText.of(n + " domaine(s) référent(s) (minimum " + min + ")",
                    n + " referring domain(s) (minimum " + min + ")");
            return Outcome.of(n >= min ? 2 : n >= partialMin ? 1 : 0, summary, domains.evidence());
        };
    }

    /**
     * {@code backlink-targets-ok}: no backlink points to a company page that answers 4xx/5xx
     * (each deserves a 301 redirect to the right page). None: pass; broken targets receiving at
     * most {@code partialShare} (default 0.1) of the links: partial; more: fail. Not applicable
     * without declared sources or imports, or when no backlink was found. Evidence: each broken
     * target with its status, its links and the pages linking to it.
     */
    static Check.Accumulator backlinkTargetsOk(Params params) {
        double partialShare = params.share("partialShare", 0.1);
        return s -> {
            Backlinks b = declared(s);
            if (b == null) {
                return notDeclared(s);
            }
            int links = Math.max(b.summary().links(), b.linkCount());
            if (links == 0) {
                return Outcome.notApplicable(LocalizedText.of("Aucun lien entrant trouvé", "No backlink found"));
            }
            List<BrokenTarget> broken = b.summary().brokenTargets();
            if (broken.isEmpty()) {
                return Outcome.pass(LocalizedText.of("Aucun des " + links + " lien(s) entrant(s) ne mène à une page en erreur",
                        "None of the " + links + " backlink(s) leads to a broken page"), Outcome.seen());
            }
            Examples ex = new Examples();
            int brokenLinks = 0;
            for (BrokenTarget t : broken) {
                brokenLinks += t.links();
                List<String> from = t.from() == null ? List.of() : t.from();
                ex.add(t.url(), "HTTP " + t.status() + " · " + t.links() + " lien(s) · "
                        + String.join(", ", from.subList(0, Math.min(3, from.size())))
                        + (from.size() > 3 ? "…" : ""));
            }
            LocalizedText summary = LocalizedText.of(
                    broken.size() + " page(s) en erreur reçoivent " + brokenLinks + " lien(s) entrant(s) sur " + links
                            + " : ajoutez des redirections 301",
                    broken.size() + " broken page(s) receive " + brokenLinks + " of " + links
                            + " backlink(s): add 301 redirects");
            return (double) brokenLinks / links <= partialShare ? Outcome.partial(summary, ex.evidence())
                    : Outcome.fail(summary, ex.evidence());
        };
    }

    /**
     * {@code backlink-sources-linking}: the share of the declared sources (audit.yaml
     * {@code backlinks.sources}) that still link to the company; a source that no longer
     * answers counts as lost, one whose robots.txt forbids reading it is left out. Shares as
     * page checks: {@code passShare} (default 1.0), {@code partialShare} (default 0.5). Not
     * applicable without sources, or when every source is blocked. Evidence: the lost ones.
     */
    static Check.Accumulator backlinkSourcesLinking(Params params) {
        double passShare = params.share("passShare", 1.0);
        double partialShare = params.share("partialShare", 0.5);
        return s -> {
            if (s.offsite() == null) {
                return Outcome.notApplicable(NO_OFFSITE);
            }
            List<Source> sources = s.offsite().backlinks().sources();
            if (sources.isEmpty()) {
                return Outcome.notApplicable(NO_BACKLINK_SOURCE);
            }
            int judged = 0;
            int linking = 0;
            Examples lost = new Examples();
            for (Source src : sources) {
                if (Offsite.BLOCKED.equals(src.status())) {
                    continue;
                }
                judged++;
                if (Offsite.LINKING.equals(src.status())) {
                    linking++;
                } else {
                    lost.add(src.url(), src.status() + (src.httpStatus() == 0 ? "" : " (HTTP " + src.httpStatus() + ")")
                            + (src.error() == null ? "" : " : " + src.error()));
                }
            }
            if (judged == 0) {
                return Outcome.notApplicable(LocalizedText.of("Toutes les sources déclarées interdisent la lecture (robots.txt)",
                        "Every declared source forbids reading (robots.txt)"));
            }
            LocalizedText summary = LocalizedText.of(
                    linking + " source(s) sur " + judged + " renvoient encore vers le site",
                    linking + " of " + judged + " source(s) still link to the site");
            return Outcome.ratio((double) linking / judged, passShare, partialShare, summary, lost.evidence());
        };
    }

    /**
     * {@code backlinks-follow-share}: the share of backlinks search engines follow (no
     * nofollow, sponsored or ugc): at least {@code min} (default 0.5) pass, at least half of
     * it partial. Not applicable without declared sources or imports, or without links.
     * Evidence: the referring domains none of whose links are followed.
     */
    static Check.Accumulator backlinksFollowShare(Params params) {
        double min = params.share("min", 0.5);
        return s -> {
            Backlinks b = declared(s);
            if (b == null) {
                return notDeclared(s);
            }
            Double share = b.summary().followShare();
            if (share == null) {
                return Outcome.notApplicable(LocalizedText.of("Aucun lien entrant trouvé", "No backlink found"));
            }
            Examples noFollow = new Examples();
            b.summary().domains().stream().filter(d -> d.followLinks() == 0)
                    .forEach(d -> noFollow.add(null, d.domain() + " : " + d.links() + " lien(s) nofollow"));
            long percent = Math.round(share * 100);
            LocalizedText summary = LocalizedText.of(
                    percent + " % des " + b.summary().links() + " lien(s) entrant(s) sont suivis (minimum "
                            + Math.round(min * 100) + " %)",
                    percent + "% of the " + b.summary().links() + " backlink(s) are followed (minimum "
                            + Math.round(min * 100) + "%)");
            int level = share >= min ? 2 : share >= min / 2 ? 1 : 0;
            return Outcome.of(level, summary, noFollow.evidence());
        };
    }

    // ---- shared

    private static List<Profile> ownProfiles(Offsite o) {
        return o.profiles().stream().filter(Profile::own).toList();
    }

    private static String platform(Profile p) {
        return String.valueOf(p.platform()).toLowerCase(Locale.ROOT);
    }

    /** The verification status; a profile without one (should not happen when verified) is unverifiable. */
    private static String status(Profile p) {
        return p.verification() == null || p.verification().status() == null ? Offsite.UNVERIFIABLE
                : p.verification().status();
    }

    private static String detail(Offsite.Verification v) {
        if (v == null) {
            return "";
        }
        String http = v.httpStatus() == 0 ? "" : "HTTP " + v.httpStatus();
        String why = v.detail() == null ? "" : v.detail();
        String both = http.isEmpty() || why.isEmpty() ? http + why : http + ", " + why;
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    /** The backlinks when the audit declared sources or imports, else null. */
    private static Backlinks declared(Snapshot s) {
        return s.offsite() == null || !s.offsite().backlinks().declared() ? null : s.offsite().backlinks();
    }

    private static Outcome notDeclared(Snapshot s) {
        return Outcome.notApplicable(s.offsite() == null ? NO_OFFSITE : NO_BACKLINK_SOURCE);
    }

    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
