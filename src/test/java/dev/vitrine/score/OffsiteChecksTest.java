package dev.vitrine.score;

import static dev.vitrine.score.PageBuilder.home;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Offsite.Backlinks;
import dev.vitrine.model.Offsite.BrokenTarget;
import dev.vitrine.model.Offsite.Directory;
import dev.vitrine.model.Offsite.Domain;
import dev.vitrine.model.Offsite.ImportFile;
import dev.vitrine.model.Offsite.Profile;
import dev.vitrine.model.Offsite.Source;
import dev.vitrine.model.Offsite.Summary;
import dev.vitrine.model.Offsite.Verification;
import dev.vitrine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of offsite.json, on hand-built records: pass, partial, fail and not applicable for each. */
class OffsiteChecksTest {

    private static final String U = "https://www.example.fr/";
    private static final List<String> MAJOR = List.of("facebook", "instagram", "linkedin", "x", "youtube");

    // ---- builders

    static Profile own(String platform, String handle, String status) {
        return new Profile(platform, handle, "https://" + platform + ".example/" + handle, Offsite.OWN,
                List.of("footer"), 3, true, U,
                status == null ? null : new Verification(status, Offsite.OK.equals(status) ? 200 : 404,
                        "https://" + platform + ".example/" + handle, "Title", "because"));
    }

    static Profile mention(String platform, String handle) {
        return new Profile(platform, handle, "https://" + platform + ".example/" + handle, Offsite.MENTION,
                List.of("content"), 1, false, U + "blog/partner", null);
    }

    static Profile notOnHome(Profile p) {
        return new Profile(p.platform(), p.handle(), p.url(), p.role(), p.reasons(), p.pages(), false, U + "contact",
                p.verification());
    }

    static Offsite profiles(boolean verified, Profile... profiles) {
        return new Offsite(CheckRun.NOW, verified, List.of(profiles), List.of(), Backlinks.NONE);
    }

    static Offsite directories(Directory... directories) {
        return new Offsite(CheckRun.NOW, true, List.of(), List.of(directories), Backlinks.NONE);
    }

    static Directory directory(String id, String kind, String foundOn) {
        return new Directory(id, id + " name", kind, "https://" + id + ".example/acme", foundOn, U);
    }

    static Offsite backlinks(List<Source> sources, Summary summary) {
        return new Offsite(CheckRun.NOW, true, List.of(), List.of(),
                new Backlinks(sources, List.of(), List.of(), summary.links(), summary));
    }

    static Offsite imported(Summary summary) {
        return new Offsite(CheckRun.NOW, true, List.of(), List.of(), new Backlinks(List.of(),
                List.of(new ImportFile("links.csv", "plain", 10, summary.links(), null)), List.of(), summary.links(),
                summary));
    }

    static Summary summary(int domains, int links, int follow, List<BrokenTarget> broken) {
        List<Domain> list = new ArrayList<>();
        for (int i = 0; i < domains; i++) {
            list.add(new Domain("site" + i + ".example", 1, i < follow ? 1 : 0, List.of("source")));
        }
        return new Summary(domains, list, links, follow, Map.of("brand", links), broken, 1, 1);
    }

    static Source source(String url, String status) {
        return new Source(url, 0, status, Offsite.UNREACHABLE.equals(status) ? 404 : 200, 1,
                Offsite.LINKING.equals(status) ? 1 : 0, Offsite.BLOCKED.equals(status) ? "robots.txt" : null);
    }

    static Outcome run(Offsite offsite, String check, Map<String, Object> params) {
        return CheckRun.of(home(U)).offsite(offsite).check(check, params);
    }

    static Outcome run(Offsite offsite, String check) {
        return run(offsite, check, Map.of());
    }

    private static final Map<String, Object> VERIFIED = Map.of("platforms", MAJOR, "min", 2);

    // ---- verified-profiles

    @Test
    void verifiedProfilesPassesWithEnoughConfirmedPlatforms() {
        Outcome o = run(profiles(true, own("facebook", "acme", Offsite.OK), own("instagram", "acme", Offsite.OK),
                own("linkedin", "company/acme", Offsite.UNVERIFIABLE)), "verified-profiles", VERIFIED);
        assertEquals(Verdict.PASS, o.verdict());
        assertTrue(o.summary().fr().contains("2 plateforme(s)"), o.summary().fr());
    }

    @Test
    void verifiedProfilesCountsUnverifiableOnesAsPresentButUnverified() {
        Outcome o = run(profiles(true, own("facebook", "acme", Offsite.OK), own("linkedin", "acme", Offsite.UNVERIFIABLE)),
                "verified-profiles", VERIFIED);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().en().contains("present but unverified"), o.summary().en());
        assertEquals("https://linkedin.example/acme", o.evidence().examples().get(0).url());
    }

    @Test
    void verifiedProfilesIsPartialWithASuspectProfile() {
        Outcome o = run(profiles(true, own("facebook", "acme", Offsite.OK), own("instagram", "acme", Offsite.OK),
                own("x", "acme", Offsite.SUSPECT)), "verified-profiles", VERIFIED);
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertTrue(o.summary().fr().contains("1 profil(s) suspect(s)"), o.summary().fr());
    }

    @Test
    void verifiedProfilesFailsWithABrokenProfileAndShowsIt() {
        Outcome o = run(profiles(true, own("facebook", "acme", Offsite.OK), own("instagram", "acme", Offsite.OK),
                own("youtube", "acme", Offsite.BROKEN)), "verified-profiles", VERIFIED);
        assertEquals(Verdict.FAIL, o.verdict());
        Example broken = o.evidence().examples().get(0);
        assertEquals("https://youtube.example/acme", broken.url());
        assertTrue(broken.value().contains("broken (HTTP 404, because)"), broken.value());
    }

    @Test
    void verifiedProfilesIsNotApplicableWhenVerificationWasOffOrNothingToVerify() {
        Outcome off = run(profiles(false, own("facebook", "acme", null)), "verified-profiles", VERIFIED);
        assertEquals(Verdict.NOT_APPLICABLE, off.verdict());
        assertTrue(off.summary().en().contains("turned off"), off.summary().en());
        assertEquals(Verdict.NOT_APPLICABLE, run(profiles(true, mention("facebook", "partner")), "verified-profiles",
                VERIFIED).verdict(), "a mention is not the company's");
        assertEquals(Verdict.NOT_APPLICABLE, run(null, "verified-profiles", VERIFIED).verdict(), "a run made before");
    }

    @Test
    void verifiedProfilesRejectsMissingPlatformsBeforeAnyCrawl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(null, "verified-profiles", Map.of("min", 2)));
        assertTrue(e.getMessage().contains("platforms"), e.getMessage());
    }

    // ---- profiles-on-home

    @Test
    void profilesOnHomeGradesTheShareOfOwnProfilesOnTheHomePage() {
        assertEquals(Verdict.PASS, run(profiles(true, own("facebook", "acme", Offsite.OK), mention("x", "partner")),
                "profiles-on-home").verdict(), "a mention is not expected on the home page");
        Outcome some = run(profiles(true, own("facebook", "acme", Offsite.OK), notOnHome(own("instagram", "acme", Offsite.OK))),
                "profiles-on-home");
        assertEquals(Verdict.PARTIAL, some.verdict());
        assertEquals("https://instagram.example/acme", some.evidence().examples().get(0).url());
        assertEquals(Verdict.FAIL, run(profiles(true, notOnHome(own("facebook", "acme", Offsite.OK))),
                "profiles-on-home").verdict());
        assertEquals(Verdict.NOT_APPLICABLE, run(profiles(true, mention("x", "partner")), "profiles-on-home").verdict());
    }

    @Test
    void profilesOnHomeDoesNotCountAProfileOnlyDeclaredThere() {
        Profile declared = new Profile("x", "acme", "https://x.example/acme", Offsite.OWN, List.of("twitter:site"), 5,
                true, U, null);
        Outcome o = run(profiles(true, own("facebook", "acme", Offsite.OK), declared), "profiles-on-home");
        assertEquals(Verdict.PARTIAL, o.verdict());
        assertEquals("x acme (twitter:site)", o.evidence().examples().get(0).value());
    }

    // ---- same-handle

    @Test
    void sameHandleComparesNormalisedHandles() {
        Outcome o = run(profiles(true, own("facebook", "Acme.Fr", Offsite.OK), own("instagram", "@acme_fr", Offsite.OK),
                own("linkedin", "company/acme-fr", Offsite.OK), mention("x", "partner")), "same-handle");
        assertEquals(Verdict.PASS, o.verdict());
        assertEquals(3, o.evidence().count());
    }

    @Test
    void sameHandleIsPartialWhenMostAgreeAndFailsWhenFewDo() {
        Outcome most = run(profiles(true, own("facebook", "acme", Offsite.OK), own("instagram", "acme", Offsite.OK),
                own("x", "acme_paris", Offsite.OK)), "same-handle");
        assertEquals(Verdict.PARTIAL, most.verdict());
        assertTrue(most.evidence().examples().get(0).value().contains("acme_paris"), most.evidence().toString());
        assertEquals(Verdict.FAIL, run(profiles(true, own("facebook", "acme", Offsite.OK),
                own("instagram", "acmeshop", Offsite.OK)), "same-handle").verdict());
    }

    @Test
    void sameHandleIsNotApplicableWithFewerThanTwoComparablePlatforms() {
        assertEquals(Verdict.NOT_APPLICABLE, run(profiles(true, own("facebook", "acme", Offsite.OK),
                own("youtube", "channel/UC123", Offsite.OK)), "same-handle").verdict());
    }

    @Test
    void normaliseHandleDropsPlatformPathsAndSeparators() {
        assertEquals("acme", OffsiteChecks.normaliseHandle("company/acme/"));
        assertEquals("acmefr", OffsiteChecks.normaliseHandle("@Acme_Fr"));
        assertNull(OffsiteChecks.normaliseHandle("channel/UC123"));
        assertNull(OffsiteChecks.normaliseHandle(" "));
    }

    // ---- directory-listings

    private static final Map<String, Object> LISTINGS = Map.of("kinds", List.of("maps", "reviews"), "min", 2);

    @Test
    void directoryListingsCountsDistinctPlatformsOfTheWantedKinds() {
        Outcome pass = run(directories(directory("google-business", "maps", "site"),
                directory("trustpilot", "reviews", "source"), directory("trustpilot", "reviews", "import")),
                "directory-listings", LISTINGS);
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals(3, pass.evidence().count());
        assertEquals(Verdict.PARTIAL, run(directories(directory("google-business", "maps", "site"),
                directory("societe", "register", "site")), "directory-listings", LISTINGS).verdict(),
                "a register is not a wanted kind");
        assertEquals(Verdict.FAIL, run(directories(), "directory-listings", LISTINGS).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, run(null, "directory-listings", LISTINGS).verdict());
    }

    @Test
    void directoryListingsSelectsByIdAndRejectsUnknownKinds() {
        assertEquals(Verdict.PASS, run(directories(directory("pagesjaunes", "directory", "site")), "directory-listings",
                Map.of("ids", List.of("pagesjaunes"))).verdict());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(null, "directory-listings", Map.of("kinds", List.of("newspaper"))));
        assertTrue(e.getMessage().contains("kinds"), e.getMessage());
    }

    // ---- referring-domains

    private static final Map<String, Object> DOMAINS = Map.of("min", 5, "partialMin", 2);

    @Test
    void referringDomainsGradesDistinctDomains() {
        Outcome pass = run(imported(summary(6, 9, 6, List.of())), "referring-domains", DOMAINS);
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals("site0.example : 1 lien(s)", pass.evidence().examples().get(0).value());
        assertEquals(Verdict.PARTIAL, run(imported(summary(3, 3, 3, List.of())), "referring-domains", DOMAINS).verdict());
        assertEquals(Verdict.FAIL, run(imported(summary(1, 1, 1, List.of())), "referring-domains", DOMAINS).verdict());
    }

    @Test
    void referringDomainsIsNotApplicableWithoutDeclaredSources() {
        Outcome o = run(profiles(true), "referring-domains", DOMAINS);
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict());
        assertEquals("Aucune source de liens entrants déclarée", o.summary().fr());
        assertEquals("No backlink source declared", o.summary().en());
        assertThrows(IllegalArgumentException.class, () -> run(null, "referring-domains", Map.of("min", 2, "partialMin", 3)));
    }

    // ---- backlink-targets-ok

    @Test
    void backlinkTargetsOkListsBrokenTargetsAndAsksForRedirects() {
        assertEquals(Verdict.PASS, run(imported(summary(3, 20, 3, List.of())), "backlink-targets-ok").verdict());
        BrokenTarget one = new BrokenTarget(U + "old", 404, 1, List.of("https://news.example/a"));
        Outcome partial = run(imported(summary(3, 20, 3, List.of(one))), "backlink-targets-ok");
        assertEquals(Verdict.PARTIAL, partial.verdict(), "1 link of 20");
        Outcome fail = run(imported(summary(3, 20, 3, List.of(new BrokenTarget(U + "gone", 410, 8,
                List.of("https://a.example/", "https://b.example/"))))), "backlink-targets-ok");
        assertEquals(Verdict.FAIL, fail.verdict());
        assertTrue(fail.summary().en().contains("add 301 redirects"), fail.summary().en());
        Example e = fail.evidence().examples().get(0);
        assertEquals(U + "gone", e.url());
        assertTrue(e.value().contains("HTTP 410") && e.value().contains("https://b.example/"), e.value());
    }

    @Test
    void backlinkTargetsOkIsNotApplicableWithoutSourcesOrLinks() {
        assertEquals(Verdict.NOT_APPLICABLE, run(profiles(true), "backlink-targets-ok").verdict());
        assertEquals(Verdict.NOT_APPLICABLE, run(imported(summary(0, 0, 0, List.of())), "backlink-targets-ok").verdict());
    }

    // ---- backlink-sources-linking

    @Test
    void backlinkSourcesLinkingScoresTheShareStillLinking() {
        Summary s = summary(1, 1, 1, List.of());
        assertEquals(Verdict.PASS, run(backlinks(List.of(source("https://a.example/", Offsite.LINKING),
                source("https://b.example/", Offsite.BLOCKED)), s), "backlink-sources-linking").verdict(),
                "a blocked source is left out");
        Outcome partial = run(backlinks(List.of(source("https://a.example/", Offsite.LINKING),
                source("https://b.example/", Offsite.LOST)), s), "backlink-sources-linking");
        assertEquals(Verdict.PARTIAL, partial.verdict());
        assertEquals(0.5, partial.score());
        assertEquals("https://b.example/", partial.evidence().examples().get(0).url());
        Outcome fail = run(backlinks(List.of(source("https://a.example/", Offsite.UNREACHABLE)), s),
                "backlink-sources-linking");
        assertEquals(Verdict.FAIL, fail.verdict());
        assertTrue(fail.evidence().examples().get(0).value().contains("HTTP 404"), fail.evidence().toString());
    }

    @Test
    void backlinkSourcesLinkingIsNotApplicableWithoutSources() {
        assertEquals("No backlink source declared",
                run(imported(summary(1, 1, 1, List.of())), "backlink-sources-linking").summary().en());
        assertEquals(Verdict.NOT_APPLICABLE, run(backlinks(List.of(source("https://b.example/", Offsite.BLOCKED)),
                Summary.EMPTY), "backlink-sources-linking").verdict());
    }

    // ---- backlinks-follow-share

    @Test
    void backlinksFollowShareGradesFollowedLinks() {
        assertEquals(Verdict.PASS, run(imported(summary(4, 4, 3, List.of())), "backlinks-follow-share").verdict());
        Outcome partial = run(imported(summary(4, 4, 1, List.of())), "backlinks-follow-share");
        assertEquals(Verdict.PARTIAL, partial.verdict(), "25 % of a 50 % minimum");
        assertEquals(3, partial.evidence().count(), "the domains with no followed link");
        assertEquals(Verdict.FAIL, run(imported(summary(4, 4, 0, List.of())), "backlinks-follow-share",
                Map.of("min", 0.8)).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, run(imported(summary(0, 0, 0, List.of())), "backlinks-follow-share").verdict());
        assertEquals(Verdict.NOT_APPLICABLE, run(profiles(true), "backlinks-follow-share").verdict());
    }
}
