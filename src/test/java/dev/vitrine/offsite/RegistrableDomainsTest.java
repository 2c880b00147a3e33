package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistrableDomainsTest {

    @Test
    void dropsSubdomainsOfAnOrdinaryDomain() {
        assertEquals("boulangerie-martin.fr", RegistrableDomains.of("www.boulangerie-martin.fr"));
        assertEquals("boulangerie-martin.fr", RegistrableDomains.of("shop.eu.Boulangerie-Martin.FR."));
        assertEquals("example.com", RegistrableDomains.of("example.com"));
    }

    @Test
    void keepsTheLabelBeforeAMultiLevelSuffix() {
        assertEquals("example.co.uk", RegistrableDomains.of("shop.example.co.uk"));
        assertEquals("economie.gouv.fr", RegistrableDomains.of("www.economie.gouv.fr"));
        assertEquals("example.com.au", RegistrableDomains.of("blog.example.com.au"));
    }

    @Test
    void countsBlogsOnPrivateSuffixesAsSitesOfTheirOwn() {
        assertEquals("martin.blogspot.com", RegistrableDomains.of("martin.blogspot.com"));
        assertEquals("martin.github.io", RegistrableDomains.of("martin.github.io"));
    }

    @Test
    void treatsAddressesAndLocalNamesAsTheirOwnDomain() {
        assertEquals("127.0.0.1", RegistrableDomains.of("127.0.0.1"));
        assertEquals("localhost", RegistrableDomains.of("localhost"));
        assertNull(RegistrableDomains.of(" "));
    }

    @Test
    void keepsThePortOnlyForHostsWithoutPublicSuffix() {
        assertEquals("127.0.0.1:8080", RegistrableDomains.ofUrl("http://127.0.0.1:8080/page"));
        assertEquals("example.co.uk", RegistrableDomains.ofUrl("https://www.example.co.uk:8443/a"));
        assertEquals("example.fr", RegistrableDomains.ofUrl("https://example.fr/"));
        assertNull(RegistrableDomains.ofUrl("mailto:contact@example.fr"));
        assertNull(RegistrableDomains.ofUrl("not a url"));
    }

    @Test
    void treatsAnUnlistedTopLevelDomainAsOneLabelSuffix() {
        assertEquals("maison-deco.example", RegistrableDomains.of("www.maison-deco.example"));
        assertEquals("intranet", RegistrableDomains.of("intranet"));
        assertEquals("maison-deco.example", RegistrableDomains.ofUrl("http://www.maison-deco.example:8080/"));
        assertEquals("intranet:8080", RegistrableDomains.ofUrl("http://intranet:8080/"));
    }

    @Test
    void decodesInternationalisedHosts() {
        assertEquals("xn--crperie-kya.fr", RegistrableDomains.of("www.crêperie.fr"));
    }

    @Test
    void tellsWhetherTwoUrlsAreOnTheSameSite() {
        assertTrue(RegistrableDomains.sameSite("https://www.acme.fr/a", "http://acme.fr/b"));
        assertFalse(RegistrableDomains.sameSite("http://127.0.0.1:8080/", "http://127.0.0.1:8081/"));
        assertFalse(RegistrableDomains.sameSite("https://acme.fr/", "https://acme.com/"));
    }
}
