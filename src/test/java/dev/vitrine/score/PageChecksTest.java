package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The share-of-pages checks ({@code pages-*}), on hand-built pages. */
class PageChecksTest {

    private static final String SITE = "https://www.example.fr/";
    private static final double TWO_THIRDS = 2.0 / 3;

    private static PageBuilder home() {
        return PageBuilder.home(SITE);
    }

    private static PageBuilder page(String path) {
        return PageBuilder.page(SITE + path);
    }

    private static List<String> failingUrls(Outcome o) {
        return o.evidence().examples().stream().map(Example::url).toList();
    }

    private static String failingValue(Outcome o, String url) {
        return o.evidence().examples().stream().filter(e -> e.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " not in evidence " + o.evidence())).value();
    }

    private static void assertShare(Outcome o, Verdict verdict, double score) {
        assertEquals(verdict, o.verdict(), () -> "verdict of " + o);
        assertEquals(score, o.score(), 1e-9, () -> "score of " + o);
    }

    private static void assertPassNoEvidence(Outcome o) {
        assertShare(o, Verdict.PASS, 1.0);
        assertEquals(0, o.evidence().count());
        assertTrue(o.evidence().examples().isEmpty());
    }

    private static void assertNotApplicable(Outcome o) {
        assertEquals(Verdict.NOT_APPLICABLE, o.verdict(), () -> "verdict of " + o);
        assertNull(o.score());
        assertEquals(0, o.evidence().count());
    }

    private static IllegalArgumentException badParams(String id, Map<String, Object> params) {
        return assertThrows(IllegalArgumentException.class, () -> CheckRun.of(home()).check(id, params));
    }

    private static void assertNames(IllegalArgumentException e, String key) {
        assertTrue(e.getMessage().contains("\"" + key + "\""), () -> "message should name " + key + ": " + e.getMessage());
    }

    // ---- Share, verdict and evidence: the same for every pages-* check, shown with pages-field

    @Test
    void titlesOnEveryPagePass() {
        Outcome o = CheckRun.of(home(), page("a"), page("b")).check("pages-field", Map.of("field", "title"));
        assertPassNoEvidence(o);
        assertEquals("3 of 3 pages pass (100 %)", o.summary().en());
    }

    @Test
    void titlesMissingOnOnePageOfThreeIsPartial() {
        Outcome o = CheckRun.of(home(), page("a"), page("sans-titre").title(null))
                .check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals(List.of(SITE + "sans-titre"), failingUrls(o));
        assertNull(failingValue(o, SITE + "sans-titre"), "a missing value is shown as nothing");
        assertEquals(1, o.evidence().count());
        assertEquals("2 of 3 pages pass (67 %)", o.summary().en());
        assertEquals("2 pages conformes sur 3 (67 %)", o.summary().fr());
    }

    @Test
    void titlesMissingOnTwoPagesOfThreeFail() {
        Outcome o = CheckRun.of(home(), page("a").title(null), page("b").title(""))
                .check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.FAIL, 1.0 / 3);
        assertEquals(List.of(SITE + "a", SITE + "b"), failingUrls(o));
        assertEquals(2, o.evidence().count());
    }

    @Test
    void halfThePagesIsPartialByDefault() {
        Outcome o = CheckRun.of(home(), page("a").title(null)).check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.PARTIAL, 0.5);
    }

    @Test
    void passShareLowersTheBarForPass() {
        Outcome o = CheckRun.of(home(), page("a"), page("b").title(null))
                .check("pages-field", Map.of("field", "title", "passShare", 0.6));
        assertShare(o, Verdict.PASS, TWO_THIRDS);
        assertEquals(List.of(SITE + "b"), failingUrls(o), "failing pages are evidence even when the criterion passes");
    }

    @Test
    void partialShareRaisesTheBarForPartial() {
        Outcome o = CheckRun.of(home(), page("a"), page("b").title(null))
                .check("pages-field", Map.of("field", "title", "partialShare", 0.7));
        assertShare(o, Verdict.FAIL, TWO_THIRDS);
    }

    @Test
    void sharesMayBeWholeNumbers() {
        Outcome o = CheckRun.of(home(), page("b").title(null))
                .check("pages-field", Map.of("field", "title", "passShare", 1, "partialShare", 0));
        assertShare(o, Verdict.PARTIAL, 0.5);
    }

    @Test
    void evidenceKeepsTwentyFailingPagesAndCountsThemAll() {
        List<PageBuilder> pages = new ArrayList<>(List.of(home()));
        for (int i = 0; i < 25; i++) {
            pages.add(page("p" + i).title(null));
        }
        Outcome o = CheckRun.of(pages.toArray(PageBuilder[]::new)).check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.FAIL, 1.0 / 26);
        assertEquals(20, o.evidence().examples().size());
        assertEquals(25, o.evidence().count());
        assertEquals(SITE + "p0", o.evidence().examples().get(0).url(), "the first failing pages, in file order");
    }

    @Test
    void longValuesAreCutInEvidence() {
        String longTitle = "x".repeat(400);
        Outcome o = CheckRun.of(home().title(longTitle))
                .check("pages-length", Map.of("field", "title", "min", 10, "max", 60));
        String value = failingValue(o, SITE);
        assertTrue(value.length() <= 301 && value.endsWith("…"), value);
    }

    // ---- Which pages are judged: HTML pages answering 2xx, in scope

    @Test
    void notFoundRecordsImagesAndRedirectsAreIgnored() {
        Outcome o = CheckRun.of(home(),
                        page("absent").status(404).title(null),
                        page("erreur").status(500).title(null),
                        PageBuilder.resource(SITE + "logo.png", "image/png"),
                        PageBuilder.resource(SITE + "style.css", "text/css"),
                        page("ancien").status(301).title(null))
                .check("pages-field", Map.of("field", "title"));
        assertPassNoEvidence(o);
        assertEquals("1 of 1 pages pass (100 %)", o.summary().en());
    }

    @Test
    void onlyNonHtmlOrErrorRecordsIsNotApplicable() {
        Outcome o = CheckRun.of(home().status(404), PageBuilder.resource(SITE + "logo.png", "image/png"))
                .check("pages-field", Map.of("field", "title"));
        assertNotApplicable(o);
        assertEquals("No page concerned", o.summary().en());
    }

    @Test
    void xhtmlPagesCount() {
        Outcome o = CheckRun.of(home(), page("x").contentType("application/xhtml+xml").title(null))
                .check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.PARTIAL, 0.5);
    }

    @Test
    void pagesFoundOnlyInTheSitemapCountInScopeAll() {
        Outcome o = CheckRun.of(home(), page("orpheline").depth(-1).title(null))
                .check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals(List.of(SITE + "orpheline"), failingUrls(o));
    }

    @Test
    void scopeHomeJudgesOnlyTheHomePage() {
        PageBuilder[] site = {home(), page("a").title(null), page("b/c").depth(2).title(null)};
        assertPassNoEvidence(CheckRun.of(site).check("pages-field", Map.of("field", "title", "scope", "home")));
        Outcome homeless = CheckRun.of(home().title(null), page("a"))
                .check("pages-field", Map.of("field", "title", "scope", "home"));
        assertShare(homeless, Verdict.FAIL, 0.0);
        assertEquals(List.of(SITE), failingUrls(homeless));
    }

    @Test
    void scopeKeyJudgesHomeAndPagesOneClickAway() {
        Outcome o = CheckRun.of(home(), page("a").title(null), page("b/c").depth(2).title(null),
                        page("orpheline").depth(-1).title(null))
                .check("pages-field", Map.of("field", "title", "scope", "key"));
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals(List.of(SITE + "a"), failingUrls(o));
    }

    @Test
    void scopeAllIsTheDefault() {
        PageBuilder[] site = {home(), page("a"), page("b/c").depth(2).title(null)};
        Outcome byDefault = CheckRun.of(site).check("pages-field", Map.of("field", "title"));
        Outcome all = CheckRun.of(site).check("pages-field", Map.of("field", "title", "scope", "all"));
        assertShare(byDefault, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals(byDefault, all);
    }

    @Test
    void scopeWithNoPageInItIsNotApplicable() {
        Outcome o = CheckRun.of(page("a"), page("b")).check("pages-field", Map.of("field", "title", "scope", "home"));
        assertNotApplicable(o);
    }

    // ---- pages-field

    @ParameterizedTest
    @ValueSource(strings = {"title", "metaDescription", "canonical", "lang", "viewport", "charset"})
    void everyFieldPassesWhenPresent(String field) {
        assertPassNoEvidence(CheckRun.of(home(), page("a")).check("pages-field", Map.of("field", field)));
    }

    @Test
    void eachFieldReadsItsOwnValue() {
        PageBuilder[] site = {home(), page("a").description(null), page("b").canonical(null),
                page("c").lang(null), page("d").viewport(" ")};
        assertEquals(List.of(SITE + "a"), failingUrls(CheckRun.of(site).check("pages-field",
                Map.of("field", "metaDescription"))));
        assertEquals(List.of(SITE + "b"), failingUrls(CheckRun.of(site).check("pages-field", Map.of("field", "canonical"))));
        assertEquals(List.of(SITE + "c"), failingUrls(CheckRun.of(site).check("pages-field", Map.of("field", "lang"))));
        assertEquals(List.of(SITE + "d"), failingUrls(CheckRun.of(site).check("pages-field", Map.of("field", "viewport"))));
    }

    @Test
    void blankValueCountsAsMissing() {
        Outcome o = CheckRun.of(home().title("   \t")).check("pages-field", Map.of("field", "title"));
        assertShare(o, Verdict.FAIL, 0.0);
        assertEquals(List.of(SITE), failingUrls(o));
    }

    @Test
    void containsIsMatchedIgnoringCase() {
        Outcome o = CheckRun.of(home().viewport("WIDTH=DEVICE-WIDTH, initial-scale=1"),
                        page("a").viewport("initial-scale=1"))
                .check("pages-field", Map.of("field", "viewport", "contains", "width=device-width"));
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals(List.of(SITE + "a"), failingUrls(o));
        assertEquals("initial-scale=1", failingValue(o, SITE + "a"), "the value that missed is shown");
    }

    @Test
    void containsIgnoresAccents() {
        Outcome o = CheckRun.of(home().title("Électricien à Lyon — Dupont"), page("a").title("Electricien a Lyon"))
                .check("pages-field", Map.of("field", "title", "contains", "électricien à lyon"));
        assertPassNoEvidence(o);
    }

    @Test
    void containsOnAMissingFieldFails() {
        Outcome o = CheckRun.of(home().lang(null)).check("pages-field", Map.of("field", "lang", "contains", "fr"));
        assertShare(o, Verdict.FAIL, 0.0);
        assertNull(failingValue(o, SITE));
    }

    @Test
    void unknownFieldIsRefusedNamingTheKey() {
        IllegalArgumentException e = badParams("pages-field", Map.of("field", "h1"));
        assertNames(e, "field");
        assertTrue(e.getMessage().contains("metaDescription"), "the allowed values are listed: " + e.getMessage());
    }

    @Test
    void missingFieldIsRefused() {
        assertNames(badParams("pages-field", Map.of()), "field");
    }

    // ---- pages-length

    private Outcome titleLength(int min, int max, PageBuilder... pages) {
        return CheckRun.of(pages).check("pages-length", Map.of("field", "title", "min", min, "max", max));
    }

    @Test
    void titlesWithinBoundsPass() {
        assertPassNoEvidence(titleLength(10, 60, home().title("Boulangerie Martin, Lyon"), page("a").title("1234567890")));
    }

    @Test
    void titleTooShortOrTooLongFails() {
        String tooLong = "Boulangerie Martin : pains, viennoiseries, gâteaux et traiteur à Lyon 3e";
        Outcome o = titleLength(10, 60, home().title("Accueil"), page("a").title(tooLong), page("b"));
        assertShare(o, Verdict.FAIL, 1.0 / 3);
        assertEquals(List.of(SITE, SITE + "a"), failingUrls(o));
        assertEquals("7 : Accueil", failingValue(o, SITE));
        assertEquals(tooLong.length() + " : " + tooLong, failingValue(o, SITE + "a"));
    }

    @Test
    void boundsAreInclusive() {
        assertPassNoEvidence(titleLength(5, 7, home().title("12345"), page("a").title("1234567")));
        assertShare(titleLength(5, 7, home().title("1234"), page("a").title("12345678")), Verdict.FAIL, 0.0);
    }

    @Test
    void countsCharactersNotBytes() {
        String accented = "Électricité à Lyon";
        assertEquals(18, accented.length());
        assertEquals(21, accented.getBytes(StandardCharsets.UTF_8).length);
        assertPassNoEvidence(titleLength(18, 18, home().title(accented)));
    }

    @Test
    void anEmojiIsOneCharacter() {
        String bread = "Pain 🍞";
        assertEquals(7, bread.length(), "two UTF-16 units for the emoji");
        assertPassNoEvidence(titleLength(6, 6, home().title(bread)));
    }

    @Test
    void surroundingSpacesAreNotCounted() {
        assertPassNoEvidence(titleLength(5, 5, home().title("  Pains \n")));
    }

    @Test
    void pagesWithoutTheFieldAreLeftToPagesField() {
        Outcome o = titleLength(10, 60, home(), page("a").title(null), page("b").title(" "));
        assertPassNoEvidence(o);
        assertEquals("1 of 1 pages pass (100 %)", o.summary().en());
        assertNotApplicable(titleLength(10, 60, home().title(null)));
    }

    @Test
    void metaDescriptionLengthIsMeasured() {
        Outcome o = CheckRun.of(home(), page("a").description("Trop court."))
                .check("pages-length", Map.of("field", "metaDescription", "min", 50, "max", 160));
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals("11 : Trop court.", failingValue(o, SITE + "a"));
    }

    @Test
    void missingMinIsRefusedNamingIt() {
        assertNames(badParams("pages-length", Map.of("field", "title", "max", 60)), "min");
    }

    @Test
    void missingMaxIsRefusedNamingIt() {
        assertNames(badParams("pages-length", Map.of("field", "title", "min", 10)), "max");
    }

    @Test
    void minAsTextIsRefusedNamingIt() {
        IllegalArgumentException e = badParams("pages-length", Map.of("field", "title", "min", "10", "max", 60));
        assertNames(e, "min");
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void fieldsWithoutALengthAreRefused() {
        assertNames(badParams("pages-length", Map.of("field", "lang", "min", 2, "max", 5)), "field");
    }

    @Test
    void refusedByTheCheckItselfBeforeAnyPage() {
        Params params = new Params(Map.of("field", "title", "max", 60));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.byId("pages-length").start(params));
        assertNames(e, "min");
    }

    // ---- pages-headings

    @Test
    void oneH1PerPagePassesByDefault() {
        assertPassNoEvidence(CheckRun.of(home(), page("a")).check("pages-headings", Map.of()));
    }

    @Test
    void noH1OrSeveralH1Fail() {
        Outcome o = CheckRun.of(home(), page("zero").noHeadings().heading(2, "Sous-titre"),
                        page("deux").heading(1, "Encore un titre"))
                .check("pages-headings", Map.of());
        assertShare(o, Verdict.FAIL, 1.0 / 3);
        assertEquals(List.of(SITE + "zero", SITE + "deux"), failingUrls(o));
        assertEquals("h1 × 0", failingValue(o, SITE + "zero"));
        assertEquals("h1 × 2", failingValue(o, SITE + "deux"));
    }

    @Test
    void levelMinAndMaxAreParams() {
        PageBuilder[] site = {
                home().heading(2, "a").heading(2, "b"),
                page("a").heading(2, "a").heading(2, "b").heading(2, "c").heading(2, "d"),
                page("b").heading(2, "seul")};
        Outcome o = CheckRun.of(site).check("pages-headings", Map.of("level", 2, "min", 2, "max", 3));
        assertShare(o, Verdict.FAIL, 1.0 / 3);
        assertEquals(List.of(SITE + "a", SITE + "b"), failingUrls(o));
        assertEquals("h2 × 4", failingValue(o, SITE + "a"));
    }

    @Test
    void levelOutsideOneToSixIsRefused() {
        assertNames(badParams("pages-headings", Map.of("level", 7)), "level");
        assertNames(badParams("pages-headings", Map.of("level", 0)), "level");
    }

    @Test
    void levelAsTextIsRefused() {
        assertNames(badParams("pages-headings", Map.of("level", "h1")), "level");
    }

    // ---- pages-canonical

    @Test
    void selfCanonicalPasses() {
        assertPassNoEvidence(CheckRun.of(home(), page("a")).check("pages-canonical"));
    }

    @Test
    void canonicalToTheBareDomainOfAWwwSiteIsOnTheSite() {
        assertPassNoEvidence(CheckRun.of(home().canonical("https://example.fr/"),
                page("a").canonical("http://www.example.fr/a")).check("pages-canonical"));
    }

    @Test
    void missingRelativeOrOffSiteCanonicalFails() {
        Outcome o = CheckRun.of(home(),
                        page("sans").canonical(null),
                        page("relatif").canonical("/relatif"),
                        page("ailleurs").canonical("https://www.autre-site.fr/ailleurs"),
                        page("sous-domaine-piege").canonical("https://www.example.fr.evil.com/"),
                        page("ftp").canonical("ftp://www.example.fr/ftp"))
                .check("pages-canonical");
        assertShare(o, Verdict.FAIL, 1.0 / 6);
        assertEquals(List.of(SITE + "sans", SITE + "relatif", SITE + "ailleurs", SITE + "sous-domaine-piege",
                SITE + "ftp"), failingUrls(o));
        assertEquals("https://www.autre-site.fr/ailleurs", failingValue(o, SITE + "ailleurs"));
        assertEquals(5, o.evidence().count());
    }

    @Test
    void canonicalIsComparedWithTheFinalUrl() {
        Outcome o = CheckRun.of(home(), page("old").finalUrl("https://shop.example.com/new")
                .canonical("https://www.example.fr/old")).check("pages-canonical");
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals(List.of(SITE + "old"), failingUrls(o));
    }

    @Test
    void takesNoParamsButTheCommonOnes() {
        assertNames(badParams("pages-canonical", Map.of("field", "canonical")), "field");
        assertPassNoEvidence(CheckRun.of(home()).check("pages-canonical", Map.of("scope", "key", "passShare", 0.9)));
    }

    // ---- pages-https

    @Test
    void everyPageOverHttpsPasses() {
        assertPassNoEvidence(CheckRun.of(home(), page("a")).check("pages-https"));
    }

    @Test
    void pageOverPlainHttpFails() {
        Outcome o = CheckRun.of(home(), page("a"), PageBuilder.page("http://www.example.fr/vieux").depth(2))
                .check("pages-https");
        assertShare(o, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals(List.of("http://www.example.fr/vieux"), failingUrls(o));
        assertEquals("http://www.example.fr/vieux", failingValue(o, "http://www.example.fr/vieux"));
    }

    @Test
    void theFinalUrlDecides() {
        Outcome o = CheckRun.of(home(), page("retour").finalUrl("http://www.example.fr/retour"),
                        PageBuilder.page("http://www.example.fr/monte").finalUrl(SITE + "monte"))
                .check("pages-https");
        assertShare(o, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals(List.of(SITE + "retour"), failingUrls(o));
    }

    @Test
    void httpOnlySiteFails() {
        Outcome o = CheckRun.of(PageBuilder.home("http://www.example.fr/"), PageBuilder.page("http://www.example.fr/a"))
                .check("pages-https");
        assertShare(o, Verdict.FAIL, 0.0);
        assertEquals(2, o.evidence().count());
    }

    // ---- pages-mixed-content

    @Test
    void httpsPagesLoadingOnlyHttpsPass() {
        assertPassNoEvidence(CheckRun.of(
                home().script("https://cdn.example.net/app.js").stylesheet(SITE + "s.css").image(SITE + "a.jpg", "a")
                        .iframe("https://www.youtube.com/embed/x"),
                page("a").script("/relative.js")).check("pages-mixed-content"));
    }

    @Test
    void eachKindOfHttpResourceIsMixedContent() {
        Outcome o = CheckRun.of(home(),
                        page("script").script("http://cdn.example.net/app.js"),
                        page("css").stylesheet("http://www.example.fr/s.css"),
                        page("img").image("HTTP://images.example.net/a.jpg", "a"),
                        page("iframe").iframe("http://maps.example.net/embed"))
                .check("pages-mixed-content");
        assertShare(o, Verdict.FAIL, 1.0 / 5);
        assertEquals(List.of(SITE + "script", SITE + "css", SITE + "img", SITE + "iframe"), failingUrls(o));
        assertEquals("http://cdn.example.net/app.js", failingValue(o, SITE + "script"));
        assertEquals("HTTP://images.example.net/a.jpg", failingValue(o, SITE + "img"));
    }

    @Test
    void httpPagesAreNotJudged() {
        Outcome o = CheckRun.of(home(), PageBuilder.page("http://www.example.fr/a").script("http://cdn.example.net/app.js"))
                .check("pages-mixed-content");
        assertPassNoEvidence(o);
        assertEquals("1 of 1 pages pass (100 %)", o.summary().en());
    }

    @Test
    void httpOnlySiteIsNotApplicable() {
        assertNotApplicable(CheckRun.of(PageBuilder.home("http://www.example.fr/").script("http://www.example.fr/a.js"))
                .check("pages-mixed-content"));
    }

    // ---- pages-forms-https

    @Test
    void pagesWithoutFormsAreNotApplicable() {
        assertNotApplicable(CheckRun.of(home(), page("a")).check("pages-forms-https"));
    }

    @Test
    void formsPostingToHttpsPass() {
        Outcome o = CheckRun.of(home(), page("contact").form(SITE + "contact", "post", FormKind.CONTACT)
                .form("https://newsletter.example.net/subscribe", "post", FormKind.NEWSLETTER)).check("pages-forms-https");
        assertPassNoEvidence(o);
        assertEquals("1 of 1 pages pass (100 %)", o.summary().en());
    }

    @Test
    void oneHttpFormFailsItsPage() {
        Outcome o = CheckRun.of(home().form(SITE + "recherche", "get", FormKind.SEARCH),
                        page("contact").form(SITE + "contact", "post", FormKind.CONTACT)
                                .form("http://crm.example.net/lead", "post", FormKind.CONTACT))
                .check("pages-forms-https");
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals(List.of(SITE + "contact"), failingUrls(o));
        assertEquals("http://crm.example.net/lead", failingValue(o, SITE + "contact"));
    }

    @Test
    void formOnAnHttpPagePostingToItselfFails() {
        Outcome o = CheckRun.of(PageBuilder.home("http://www.example.fr/")
                .form("http://www.example.fr/", "post", FormKind.CONTACT)).check("pages-forms-https");
        assertShare(o, Verdict.FAIL, 0.0);
    }

    // ---- pages-budget

    @Test
    void pagesUnderTheByteBudgetPass() {
        assertPassNoEvidence(CheckRun.of(home().bytes(100_000), page("a").bytes(500_000))
                .check("pages-budget", Map.of("field", "bytes", "max", 500_000)));
    }

    @Test
    void heavyPageFailsWithItsWeight() {
        Outcome o = CheckRun.of(home().bytes(100_000), page("lourde").bytes(2_500_000), page("b"))
                .check("pages-budget", Map.of("field", "bytes", "max", 500_000));
        assertShare(o, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals(List.of(SITE + "lourde"), failingUrls(o));
        assertEquals("2500000 B", failingValue(o, SITE + "lourde"));
    }

    @Test
    void slowPagesFailTheResponseTimeBudget() {
        Outcome o = CheckRun.of(home().responseMillis(3_000), page("a").responseMillis(800))
                .check("pages-budget", Map.of("field", "responseMillis", "max", 1_000));
        assertShare(o, Verdict.PARTIAL, 0.5);
        assertEquals("3000 ms", failingValue(o, SITE));
    }

    @Test
    void fieldAndMaxAreRequired() {
        assertNames(badParams("pages-budget", Map.of("max", 1000)), "field");
        assertNames(badParams("pages-budget", Map.of("field", "bytes")), "max");
        assertNames(badParams("pages-budget", Map.of("field", "weight", "max", 1000)), "field");
        assertNames(badParams("pages-budget", Map.of("field", "bytes", "max", 1.5)), "max");
    }

    // ---- pages-compressed

    @Test
    void gzipBrotliDeflateAndZstdCount() {
        assertPassNoEvidence(CheckRun.of(home().header("content-encoding", "gzip"),
                page("a").header("content-encoding", "br"), page("b").header("content-encoding", "deflate"),
                page("c").header("content-encoding", "ZSTD")).check("pages-compressed"));
    }

    @Test
    void uncompressedPagesFail() {
        Outcome o = CheckRun.of(home().header("content-encoding", "gzip"), page("brut"),
                        page("identite").header("content-encoding", "identity"))
                .check("pages-compressed");
        assertShare(o, Verdict.FAIL, 1.0 / 3);
        assertEquals(List.of(SITE + "brut", SITE + "identite"), failingUrls(o));
        assertEquals("—", failingValue(o, SITE + "brut"));
        assertEquals("identity", failingValue(o, SITE + "identite"));
    }

    // ---- pages-images-alt

    @Test
    void scoresImagesNotPages() {
        Outcome o = CheckRun.of(home().image(SITE + "a.jpg", "Vitrine").image(SITE + "b.jpg", null),
                        page("a").image(SITE + "c.jpg", "Four"))
                .check("pages-images-alt");
        assertShare(o, Verdict.PARTIAL, TWO_THIRDS);
        assertEquals("2 of 3 images pass (67 %)", o.summary().en());
        assertEquals(List.of(SITE), failingUrls(o), "the page holding the image without alt");
        assertEquals(1, o.evidence().count());
        assertEquals("1 × " + SITE + "b.jpg", failingValue(o, SITE));
    }

    @Test
    void imageCountWeighsMoreThanPageCount() {
        // 1 page of 1 image fails, 1 page of 9 images passes: 90 % of images, though half the pages.
        PageBuilder gallery = page("galerie");
        for (int i = 0; i < 9; i++) {
            gallery.image(SITE + "g" + i + ".jpg", "photo " + i);
        }
        Outcome o = CheckRun.of(home().image(SITE + "logo.png", null), gallery)
                .check("pages-images-alt", Map.of("passShare", 0.9));
        assertShare(o, Verdict.PASS, 0.9);
    }

    @Test
    void emptyAltIsPresentForDecorativeImages() {
        assertPassNoEvidence(CheckRun.of(home().image(SITE + "trait.svg", "").image(SITE + "a.jpg", "Atelier"))
                .check("pages-images-alt"));
    }

    @Test
    void pagesWithoutImagesAreNotApplicable() {
        Outcome o = CheckRun.of(home(), page("a").image(SITE + "a.jpg", "a")).check("pages-images-alt");
        assertEquals("1 of 1 images pass (100 %)", o.summary().en());
        assertNotApplicable(CheckRun.of(home(), page("a")).check("pages-images-alt"));
    }

    @Test
    void evidenceNamesTheFirstThreeImagesWithoutAlt() {
        Outcome o = CheckRun.of(home().image(SITE + "1.jpg", null).image(SITE + "2.jpg", null)
                .image(SITE + "3.jpg", null).image(SITE + "4.jpg", null)).check("pages-images-alt");
        assertShare(o, Verdict.FAIL, 0.0);
        assertEquals("4 × " + SITE + "1.jpg, " + SITE + "2.jpg, " + SITE + "3.jpg", failingValue(o, SITE));
    }

    @Test
    void scopeAppliesToImagesToo() {
        Outcome o = CheckRun.of(home().image(SITE + "a.jpg", "a"), page("a").image(SITE + "b.jpg", null))
                .check("pages-images-alt", Map.of("scope", "home"));
        assertPassNoEvidence(o);
    }

    // ---- Bad parameters: refused before any page, naming the key

    @Test
    void unknownKeyIsRefusedNamingIt() {
        IllegalArgumentException e = badParams("pages-field", Map.of("field", "title", "titel", "x"));
        assertNames(e, "titel");
    }

    @Test
    void paramsOnACheckWithoutOwnParamsAreStillChecked() {
        assertNames(badParams("pages-https", Map.of("min", 1)), "min");
    }

    @Test
    void shareAsTextIsRefused() {
        IllegalArgumentException e = badParams("pages-field", Map.of("field", "title", "passShare", "high"));
        assertNames(e, "passShare");
    }

    @Test
    void shareAboveOneIsRefused() {
        assertNames(badParams("pages-compressed", Map.of("partialShare", 1.5)), "partialShare");
        assertNames(badParams("pages-compressed", Map.of("passShare", -0.1)), "passShare");
    }

    @Test
    void unknownScopeIsRefused() {
        IllegalArgumentException e = badParams("pages-https", Map.of("scope", "everywhere"));
        assertNames(e, "scope");
        assertTrue(e.getMessage().contains("key"), e.getMessage());
    }

    @Test
    void requireAllReadNamesTheStrayKeyAfterStart() {
        Map<String, Object> values = new HashMap<>(Map.of("field", "title", "min", 10, "max", 60, "maxi", 70));
        Params params = new Params(values);
        Checks.byId("pages-length").start(params);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, params::requireAllRead);
        assertNames(e, "maxi");
        assertTrue(e.getMessage().contains("max"), "the known keys are listed: " + e.getMessage());
    }
}
