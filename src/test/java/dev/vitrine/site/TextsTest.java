package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitrine.site.ReportModel.SafeLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "/relative/path", "//evil.example/",
        "ftp://files.example/", "mailto:a@b.fr", "http://", "https://a.fr/\"onmouseover=alert(1)", "https://a.fr/<x>",
        "https://a.fr/ space", "https://a.fr/\nline", ""})
    void unsafeLinksAreShownAsTextOnly(String url) {
        SafeLink link = Texts.link(url);
        assertNull(link.href(), url);
        assertEquals(Texts.truncate(url, Texts.SHORT), link.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.acme.fr/", "http://127.0.0.1:8080/a?b=c#d", "HTTPS://ACME.FR/x"})
    void httpLinksStayLinks(String url) {
        assertEquals(new SafeLink(url, url), Texts.link(url));
    }

    @Test
    void nullIsEmptyText() {
        assertEquals(new SafeLink("", null), Texts.link(null));
    }

    @Test
    void longTextsAreCutWithAnEllipsis() {
        assertEquals("abcd…", Texts.truncate("abcdefgh", 5));
        assertEquals("abcde", Texts.truncate("abcde", 5));
        assertEquals("😀😀😀😀…", Texts.truncate("😀😀😀😀😀😀", 5), "counts code points, never splits one");
        assertNull(Texts.truncate(null, 5));
        assertNull(Texts.href("https://a.fr/" + "x".repeat(Texts.MAX_HREF)), "too long for an href");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertEquals("a b c", Texts.truncate("a\nb\u0000c", 50));
    }

    @Test
    void idsBecomeSafeFileNames() {
        assertEquals("home-https", Texts.slug("home-https"));
        assertEquals("a-b", Texts.slug("A b"));
        assertEquals("-etc-passwd", Texts.slug("../etc/passwd"));
        assertEquals("x", Texts.slug(null));
    }
}
