package dev.vitrine.offsite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.vitrine.model.Offsite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Profile verification against platforms played by WireMock on 127.0.0.1: every platform URL,
 * redirect hops included, is routed to {@code http://127.0.0.1:<port>/<host><path>}.
 */
class ProfileVerifierTest {

    private static WireMockServer platforms;

    @BeforeAll
    static void start() {
        platforms = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        platforms.start();
    }

    @AfterAll
    static void stop() {
        platforms.stop();
    }

    @BeforeEach
    void reset() {
        platforms.resetAll();
        platforms.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
    }

    private WebFetcher fetcher(Duration timeout) {
        return fetcher(timeout, platforms.port());
    }

    private static WebFetcher fetcher(Duration timeout, int port) {
        return new WebFetcher("VitrineTest", timeout, url -> URI.create("http://127.0.0.1:" + port + "/"
                + url.getHost() + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())));
    }

    private Offsite.Verification verify(String platform, String url) throws InterruptedException {
        return new ProfileVerifier(fetcher(Duration.ofSeconds(5)), Duration.ZERO).verify(List.of(own(platform, url)))
                .get(0).verification();
    }

    private static Offsite.Profile own(String platform, String url) {
        return new Offsite.Profile(platform, "acme", url, Offsite.OWN, List.of("footer"), 3, true, url, null);
    }

    private static Offsite.Profile mention(String platform, String url) {
        return new Offsite.Profile(platform, "partner", url, Offsite.MENTION, List.of("content"), 1, false, url, null);
    }

    /** Stubs {@code https://<hostAndPath>} (the path part only; queries are ignored). */
    private void stub(String hostAndPath, ResponseDefinitionBuilder response) {
        platforms.stubFor(get(urlPathEqualTo("/" + hostAndPath)).willReturn(response));
    }

    private static ResponseDefinitionBuilder html(String title, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!doctype html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
    }

    private static ResponseDefinitionBuilder redirect(int status, String location) {
        return aResponse().withStatus(status).withHeader("Location", location);
    }

    @Test
    void recordsTheTitleOfAProfileThatAnswers() throws InterruptedException {
        stub("www.facebook.com/acme", html("Acme | Facebook", "<h1>Acme</h1>"));

        Offsite.Verification v = verify("facebook", "https://www.facebook.com/acme");

        assertEquals(Offsite.OK, v.status());
        assertEquals(200, v.httpStatus());
        assertEquals("https://www.facebook.com/acme", v.finalUrl());
        assertEquals("Acme | Facebook", v.title());
        assertNotNull(v.detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void marksAProfileThePlatformDoesNotKnowBroken(int status) throws InterruptedException {
        stub("www.instagram.com/acme", aResponse().withStatus(status).withBody("gone"));

        Offsite.Verification v = verify("instagram", "https://www.instagram.com/acme");

        assertEquals(Offsite.BROKEN, v.status());
        assertEquals(status, v.httpStatus());
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 429, 403, 401, 500, 503})
    void marksAPlatformThatBlocksRobotsUnverifiableNeverBroken(int status) throws InterruptedException {
        stub("www.linkedin.com/company/acme", aResponse().withStatus(status).withBody("<html>Request denied</html>"));

        Offsite.Verification v = verify("linkedin", "https://www.linkedin.com/company/acme");

        assertEquals(Offsite.UNVERIFIABLE, v.status());
        assertEquals(status, v.httpStatus());
        assertTrue(v.detail().contains(String.valueOf(status)), v.detail());
    }

    @Test
    void marksARedirectToALoginPageSuspectWithoutFetchingIt() throws InterruptedException {
        stub("www.facebook.com/acme", redirect(302,
                "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Facme"));

        Offsite.Verification v = verify("facebook", "https://www.facebook.com/acme");

        assertEquals(Offsite.SUSPECT, v.status());
        assertEquals(302, v.httpStatus());
        assertTrue(v.finalUrl().startsWith("https://www.facebook.com/login/"), v.finalUrl());
        platforms.verify(0, getRequestedFor(urlPathEqualTo("/www.facebook.com/login/")));
    }

    @Test
    void marksARedirectToThePlatformsHomePageSuspect() throws InterruptedException {
        stub("x.com/acme", redirect(301, "/"));

        Offsite.Verification v = verify("x", "https://x.com/acme");

        assertEquals(Offsite.SUSPECT, v.status());
        assertEquals("https://x.com/", v.finalUrl());
    }

    @Test
    void marksLinkedInsAuthwallUnverifiable() throws InterruptedException {
        stub("www.linkedin.com/company/acme", redirect(302,
                "https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fcompany%2Facme"));

        Offsite.Verification v = verify("linkedin", "https://www.linkedin.com/company/acme");

        assertEquals(Offsite.UNVERIFIABLE, v.status());
        assertTrue(v.finalUrl().contains("/authwall"));
    }

    @Test
    void marksInstagramsLoginWallUnverifiableButAnotherPlatformsLoginSuspect() throws InterruptedException {
        stub("www.instagram.com/acme", redirect(302, "https://www.instagram.com/accounts/login/?next=/acme/"));
        stub("www.tiktok.com/@acme", redirect(302, "https://www.tiktok.com/login?redirect_url=%2F%40acme"));

        assertEquals(Offsite.UNVERIFIABLE, verify("instagram", "https://www.instagram.com/acme").status());
        assertEquals(Offsite.SUSPECT, verify("tiktok", "https://www.tiktok.com/@acme").status());
    }

    @Test
    void marksAConsentWallUnverifiable() throws InterruptedException {
        stub("www.youtube.com/@acme", redirect(302, "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com"));
        stub("www.youtube.com/@acme2", html("Avant d’accéder à YouTube", "<form>Tout accepter</form>"));

        assertEquals(Offsite.UNVERIFIABLE, verify("youtube", "https://www.youtube.com/@acme").status());
        assertEquals(Offsite.UNVERIFIABLE, verify("youtube", "https://www.youtube.com/@acme2").status());
    }

    @Test
    void marksAContentNotAvailablePageBroken() throws InterruptedException {
        stub("www.facebook.com/acme", html("Facebook", "<div>Ce contenu n’est pas disponible pour le moment</div>"));
        stub("x.com/acme", html("X", "<span>This account doesn't exist</span>"));
        stub("www.youtube.com/@acme", html("404 Not Found", ""));

        Offsite.Verification facebook = verify("facebook", "https://www.facebook.com/acme");
        assertEquals(Offsite.BROKEN, facebook.status());
        assertEquals(200, facebook.httpStatus());
        assertEquals("Facebook", facebook.title());
        assertEquals(Offsite.BROKEN, verify("x", "https://x.com/acme").status());
        assertEquals(Offsite.BROKEN, verify("youtube", "https://www.youtube.com/@acme").status());
    }

    @Test
    void readsNotFoundWordsOfTheTextOnlyForTheirPlatform() throws InterruptedException {
        stub("www.tiktok.com/@acme", html("Acme on TikTok", "<p>Notre client nous dit : this account doesn't exist</p>"));

        assertEquals(Offsite.OK, verify("tiktok", "https://www.tiktok.com/@acme").status());
    }

    @Test
    void followsRedirectsToTheProfileAndRecordsWhereTheyEnd() throws InterruptedException {
        stub("facebook.com/acme", redirect(301, "https://www.facebook.com/acme"));
        stub("www.facebook.com/acme", redirect(302, "/Acme-Officiel/"));
        stub("www.facebook.com/Acme-Officiel/", html("Acme Officiel", ""));

        Offsite.Verification v = verify("facebook", "http://facebook.com/acme");

        assertEquals(Offsite.OK, v.status());
        assertEquals("https://www.facebook.com/Acme-Officiel/", v.finalUrl());
        assertEquals("Acme Officiel", v.title());
    }

    @Test
    void givesUpAfterFiveRedirects() throws InterruptedException {
        stub("www.facebook.com/a", redirect(302, "https://www.facebook.com/b"));
        stub("www.facebook.com/b", redirect(302, "https://www.facebook.com/a"));

        Offsite.Verification v = verify("facebook", "https://www.facebook.com/a");

        assertEquals(Offsite.UNVERIFIABLE, v.status());
        assertEquals(ProfileVerifier.MAX_REDIRECTS + 1, platforms.getAllServeEvents().size());
    }

    @Test
    void boundsAHostileHugeBody() throws InterruptedException {
        byte[] garbage = new byte[4 * ProfileVerifier.MAX_BODY];
        new Random(42).nextBytes(garbage);
        byte[] title = ("<title>" + "A".repeat(10_000) + "</title><body><div>".repeat(5)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(title, 0, garbage, 0, title.length);
        stub("www.facebook.com/acme", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody(garbage));
        stub("www.instagram.com/acme", aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=nonsense")
                .withBody(garbage));

        Offsite.Verification v = verify("facebook", "https://www.facebook.com/acme");

        assertEquals(Offsite.OK, v.status());
        assertEquals(ProfileVerifier.MAX_TITLE, v.title().length());
        assertNotNull(verify("instagram", "https://www.instagram.com/acme").status());
    }

    @Test
    void marksATimeoutOrARefusedConnectionUnverifiable() throws InterruptedException, IOException {
        stub("www.facebook.com/slow", html("Slow", "").withFixedDelay(1_000));
        ProfileVerifier verifier = new ProfileVerifier(fetcher(Duration.ofMillis(300)), Duration.ZERO);

        Offsite.Verification slow = verifier.verify(List.of(own("facebook", "https://www.facebook.com/slow")))
                .get(0).verification();
        assertEquals(Offsite.UNVERIFIABLE, slow.status());
        assertEquals(0, slow.httpStatus());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Offsite.Verification refused = new ProfileVerifier(fetcher(Duration.ofSeconds(2), closedPort), Duration.ZERO)
                .verify(List.of(own("facebook", "https://www.facebook.com/acme"))).get(0).verification();
        assertEquals(Offsite.UNVERIFIABLE, refused.status());
    }

    @Test
    void neverFetchesMentionsAndKeepsTheOrder() throws InterruptedException {
        stub("www.facebook.com/acme", html("Acme", ""));
        List<Offsite.Profile> profiles = List.of(mention("x", "https://x.com/partner"),
                own("facebook", "https://www.facebook.com/acme"), mention("instagram", "https://www.instagram.com/p"));

        List<Offsite.Profile> verified = new ProfileVerifier(fetcher(Duration.ofSeconds(5)), Duration.ZERO)
                .verify(profiles);

        assertEquals(List.of("x", "facebook", "instagram"), verified.stream().map(Offsite.Profile::platform).toList());
        assertNull(verified.get(0).verification());
        assertEquals(Offsite.OK, verified.get(1).verification().status());
        assertEquals(profiles.get(2), verified.get(2));
        assertEquals(1, platforms.getAllServeEvents().size());
    }

    @Test
    void verifiesAtMostThirtyProfiles() throws InterruptedException {
        platforms.stubFor(get(anyUrl()).willReturn(html("Profile", "")));
        List<Offsite.Profile> profiles = new ArrayList<>();
        for (int i = 0; i < ProfileVerifier.MAX_PROFILES + 3; i++) {
            profiles.add(own("github", "https://github.com/acme" + i));
        }

        List<Offsite.Profile> verified = new ProfileVerifier(fetcher(Duration.ofSeconds(5)), Duration.ZERO)
                .verify(profiles);

        assertEquals(ProfileVerifier.MAX_PROFILES, verified.stream()
                .filter(p -> Offsite.OK.equals(p.verification().status())).count());
        Offsite.Verification beyond = verified.get(ProfileVerifier.MAX_PROFILES).verification();
        assertEquals(Offsite.UNVERIFIABLE, beyond.status(), "never mistaken for verification turned off");
        assertEquals(0, beyond.httpStatus());
        assertEquals(ProfileVerifier.MAX_PROFILES, platforms.getAllServeEvents().size());
    }

    @Test
    void pausesBetweenTwoRequestsToTheSamePlatformHost() throws InterruptedException {
        stub("www.facebook.com/a", html("A", ""));
        stub("m.facebook.com/b", html("B", ""));
        ProfileVerifier verifier = new ProfileVerifier(fetcher(Duration.ofSeconds(5)), Duration.ofMillis(400));

        long start = System.nanoTime();
        List<Offsite.Profile> verified = verifier.verify(List.of(own("facebook", "https://www.facebook.com/a"),
                own("facebook", "https://m.facebook.com/b")));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(List.of(Offsite.OK, Offsite.OK), verified.stream().map(p -> p.verification().status()).toList());
        assertTrue(elapsedMillis >= 400, "took " + elapsedMillis + " ms");
    }

    @Test
    void refusesAProfileUrlThatIsNotHttpWithoutARequest() throws InterruptedException {
        Offsite.Verification v = verify("facebook", "javascript:alert(1)");

        assertEquals(Offsite.UNVERIFIABLE, v.status());
        assertEquals(0, platforms.getAllServeEvents().size());
    }

    @Test
    void requestsASchemelessJsonLdUrlOverHttps() throws InterruptedException {
        stub("www.facebook.com/acme", html("Acme", ""));

        Offsite.Verification v = verify("facebook", "www.facebook.com/acme");

        assertEquals(Offsite.OK, v.status());
        assertEquals("https://www.facebook.com/acme", v.finalUrl());
    }
}
