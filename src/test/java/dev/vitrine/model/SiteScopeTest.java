package dev.vitrine.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteScopeTest {

    private final SiteScope scope = SiteScope.of(URI.create("https://www.boulangerie-martin.fr/"));
    private final SiteScope local = SiteScope.of(URI.create("http://127.0.0.1:8080/"));

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.boulangerie-martin.fr/pains/",
        "https://boulangerie-martin.fr/",
        "http://boulangerie-martin.fr/contact",
        "HTTP://WWW.Boulangerie-Martin.FR/Contact",
        "https://www.boulangerie-martin.fr:443/a?b=c#d",
        "http://www.boulangerie-martin.fr",
        "https://user@www.boulangerie-martin.fr/through-uri",
    })
    void countsWwwAndBareDomainOverHttpAndHttpsAsTheSameSite(String url) {
        assertTrue(scope.contains(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://blog.boulangerie-martin.fr/",
        "https://www.boulangerie-martin.com/",
        "https://boulangerie-martin.fr.evil.example/",
        "https://www.boulangerie-martin.fr:8443/",
        "ftp://www.boulangerie-martin.fr/",
        "mailto:contact@boulangerie-martin.fr",
        "javascript:alert(1)",
        "/relative/path",
        "www.boulangerie-martin.fr/no-scheme",
        "https://",
        "http://[::1]/",
        "not a url at all",
    })
    void leavesOutOtherHostsPortsAndSchemes(String url) {
        assertFalse(scope.contains(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://127.0.0.1:8080/a/b"})
    void keepsALocalSiteOnItsOwnPort(String url) {
        assertTrue(local.contains(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081/", "http://127.0.0.1/", "http://www.127.0.0.1:8080/",
        "http://localhost:8080/"})
    void leavesOutOtherLocalPortsAndNames(String url) {
        assertFalse(local.contains(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "https://127.0.0.1:8443/"})
    void includesTheHostAndPortAHomeRedirectLeadsTo(String url) {
        SiteScope redirected = SiteScope.of(URI.create("http://127.0.0.1:8080/"), URI.create("https://127.0.0.1:8443/"));
        assertTrue(redirected.contains(url), url);
    }
}
