package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void percentDecodesWithoutTurningPlusIntoSpaceOrFailingOnBrokenEscapes() {
        assertEquals("+33 6 12", Urls.percentDecode("+33%206%2012"));
        assertEquals("é@x.fr", Urls.percentDecode("%C3%A9@x.fr"));
        assertEquals("100%", Urls.percentDecode("100%"));
        assertEquals("%zz%4", Urls.percentDecode("%zz%4"));
    }

    @Test
    void cutsAUrlIntoItsParts() {
        UrlParts url = UrlParts.parse(" HTTPS://user:pw@WWW.Example.FR.:8443/a//b/?x=1&phone=%2B33#frag ");

        assertEquals(new UrlParts("https", "www.example.fr", 8443, "/a//b/", "x=1&phone=%2B33", "frag"), url);
        assertEquals(List.of("a", "b"), url.segments());
        assertEquals("+33", url.queryParam("PHONE"));
        assertNull(url.queryParam("missing"));
    }

    @Test
    void readsUrlsWithoutSchemeAsHttpsAndRefusesOtherSchemes() {
        assertEquals("facebook.com", UrlParts.parse("facebook.com/page").host());
        assertEquals("cdn.example.com", UrlParts.parse("//cdn.example.com/x").host());
        assertNull(UrlParts.parse("ftp://example.fr/"));
        assertNull(UrlParts.parse("javascript:alert('//x.fr')"));
        assertNull(UrlParts.parse("/relative/path"));
        assertNull(UrlParts.parse("https:///nohost"));
    }

    @Test
    void decidesInternalLinksWithTheSiteScope() {
        assertTrue(Urls.isInternal(Pages.SCOPE, "https://example.fr/caté gorie?x=a b"));
        assertFalse(Urls.isInternal(Pages.SCOPE, "www.example.fr/x")); // a relative path, not a host
        assertFalse(Urls.isInternal(Pages.SCOPE, "ftp://www.example.fr/"));
    }

    @Test
    void summarisesProblemsInOneBoundedMessage() {
        Problems problems = new Problems();
        assertNull(problems.summary());
        for (int i = 0; i < 8; i++) {
            problems.add("<a>", new IllegalStateException("bad " + i));
        }
        assertTrue(problems.summary().startsWith("<a>: IllegalStateException: bad 0; <a>: IllegalStateException: bad 1"));
        assertTrue(problems.summary().endsWith("; and 3 more"));
    }
}
