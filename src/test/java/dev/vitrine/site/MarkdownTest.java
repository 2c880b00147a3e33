package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rawHtmlIsEscaped() {
        String html = Markdown.html("Text <script>alert(1)</script> and <b onclick=\"x()\">bold</b>\n\n<iframe src=\"https://evil\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void dangerousLinksAreSanitised() {
        String html = Markdown.html("[click](javascript:alert(1)) [data](data:text/html,x) [vb](vbscript:x) "
                + "[ok](https://www.acme.fr/) [mail](mailto:a@acme.fr)");
        assertEquals("<p>click data vb <a rel=\"noopener noreferrer\" href=\"https://www.acme.fr/\">ok</a> "
                + "<a rel=\"noopener noreferrer\" href=\"mailto:a@acme.fr\">mail</a></p>\n", html);
    }

    @Test
    void imagesBecomeTheirAltTextSoNoRequestLeavesTheReport() {
        String html = Markdown.html("See ![the logo](https://cdn.example/logo.png) here.");
        assertEquals("<p>See the logo here.</p>\n", html);
    }

    @Test
    void headingsStartUnderTheFindingsTitle() {
        String html = Markdown.html("# One\n\n## Two\n\n### Three\n\n#### Four");
        assertEquals("<h3>One</h3>\n<h3>Two</h3>\n<h3>Three</h3>\n<h4>Four</h4>\n", html);
    }

    @Test
    void ourMarkdownRenders() {
        String html = Markdown.html("### Pourquoi\n\n- **Activez** `HTTPS`\n- Vérifiez\n\n```\nUser-agent: *\n```\n");
        assertTrue(html.contains("<li><strong>Activez</strong> <code>HTTPS</code></li>"), html);
        assertTrue(html.contains("<pre><code>User-agent: *\n</code></pre>"), html);
        assertEquals("", Markdown.html(null));
        assertEquals("", Markdown.html("  "));
    }
}
