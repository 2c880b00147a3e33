package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Technology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Technology detection, family by family: each product from a real-shaped snippet, and the
 * look-alikes that must not count (a link to a vendor's documentation, a share button, a
 * template script, a library that merely comes from the vendor's CDN).
 */
class TechnologyDetectionTest {

    private static Arguments yes(String why, String id, String html) {
        return Arguments.of(why, id, true, html, Map.of());
    }

    private static Arguments yes(String why, String id, String html, Map<String, String> headers) {
        return Arguments.of(why, id, true, html, headers);
    }

    private static Arguments no(String why, String id, String html) {
        return Arguments.of(why, id, false, html, Map.of());
    }

    private static Arguments no(String why, String id, String html, Map<String, String> headers) {
        return Arguments.of(why, id, false, html, headers);
    }

    private static String script(String src) {
        return "<script async src=\"" + src + "\"></script>";
    }

    private static String inline(String code) {
        return "<script>" + code + "</script>";
    }

    private static String link(String href) {
        return "<a href=\"" + href + "\">lien</a>";
    }

    static Stream<Arguments> analytics() {
        return Stream.of(
                yes("GA4 from the gtag script", "google-analytics-4", script("https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9")),
                yes("GA4 from an inline gtag config", "google-analytics-4", inline("gtag('config', 'G-ABC123XYZ9');")),
                yes("GA4 from its cookie", "google-analytics-4", "", Map.of("set-cookie", "PHPSESSID, _ga_ABC123XYZ9")),
                no("GA4 is not a link to the Analytics documentation", "google-analytics-4",
                        link("https://analytics.google.com/analytics/academy/") + link("https://support.google.com/analytics/answer/9304153")),
                no("GA4 is not a Universal Analytics gtag", "google-analytics-4", script("https://www.googletagmanager.com/gtag/js?id=UA-1234567-1")),
                yes("Universal Analytics from analytics.js", "google-universal-analytics",
                        inline("(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script',"
                                + "'https://www.google-analytics.com/analytics.js','ga'); ga('create', 'UA-1234567-1', 'auto');")),
                yes("Universal Analytics from a gtag UA id", "google-universal-analytics", inline("gtag('config', 'UA-1234567-1');")),
                yes("Matomo from its tracking code", "matomo", inline("var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);")),
                yes("Matomo from matomo.js", "matomo", script("https://stats.example.fr/matomo.js")),
                no("Matomo is not a template script", "matomo", "<script type=\"text/template\">_paq.push(['x'])</script>"),
                yes("Plausible from its script", "plausible", "<script defer data-domain=\"example.fr\" src=\"https://plausible.io/js/script.js\"></script>"),
                no("Plausible is not a link to its blog", "plausible", link("https://plausible.io/blog/google-analytics-cookies")),
                yes("Piwik PRO from its container", "piwik-pro", script("https://acme.containers.piwik.pro/0123abcd-aaaa-bbbb-cccc-0123456789ab.js")),
                yes("Piano Analytics from its SDK", "piano-analytics", script("https://tag.aticdn.net/piano-analytics.js")),
                yes("AT Internet from smarttag", "piano-analytics", script("https://tag.aticdn.net/123456/smarttag.js")),
                yes("Hotjar from its snippet", "hotjar", inline("(function(h,o,t,j,a,r){h._hjSettings={hjid:1234567,hjsv:6};})"
                        + "(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');")),
                no("Hotjar is not a link to its blog", "hotjar", link("https://www.hotjar.com/blog/")),
                yes("Clarity from its snippet", "microsoft-clarity", inline("(function(c,l,a,r,i,t,y){t=l.createElement(r);t.async=1;"
                        + "t.src=\"https://www.clarity.ms/tag/\"+i;})(window, document, \"clarity\", \"script\", \"abcdefghij\");")));
    }

    static Stream<Arguments> tagManagersAndAds() {
        return Stream.of(
                yes("GTM from its snippet", "google-tag-manager", inline("(function(w,d,s,l,i){j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
                        + "})(window,document,'script','dataLayer','GTM-AB12CDE');")),
                yes("GTM from its noscript iframe after <body>", "google-tag-manager",
                        "<body><noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-AB12CDE\" height=\"0\"></iframe></noscript>"),
                no("GTM is not a link to Tag Manager", "google-tag-manager", link("https://tagmanager.google.com/")),
                yes("Tealium from utag.js", "tealium", script("//tags.tiqcdn.com/utag/acme/main/prod/utag.js")),
                no("Tealium is not a link to its site", "tealium", link("https://tealium.com/fr/")),
                yes("Commanders Act from tc_vars", "commanders-act", inline("var tc_vars = {env_template: 'home'};")),
                yes("Commanders Act from its CDN", "commanders-act", script("https://cdn.tagcommander.com/1234/tc_Acme_1.js")),
                yes("Meta Pixel from fbevents.js", "meta-pixel", script("https://connect.facebook.net/en_US/fbevents.js")),
                yes("Meta Pixel from fbq init", "meta-pixel", inline("fbq('init', '123456789012345'); fbq('track', 'PageView');")),
                no("Meta Pixel is not a Facebook share link", "meta-pixel",
                        link("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example.fr%2F")),
                no("Meta Pixel is not a Facebook page link", "meta-pixel", link("https://www.facebook.com/BoulangerieMartin/")),
                no("Meta Pixel is not the Facebook SDK", "meta-pixel", script("https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0")),
                yes("Google Ads from an AW gtag", "google-ads", script("https://www.googletagmanager.com/gtag/js?id=AW-123456789")),
                yes("Google Ads from gtag config", "google-ads", inline("gtag('config', 'AW-123456789');")),
                yes("LinkedIn Insight from its script", "linkedin-insight", inline("_linkedin_partner_id = \"1234567\";")),
                yes("LinkedIn Insight from insight.min.js", "linkedin-insight", script("https://snap.licdn.com/li.lms-analytics/insight.min.js")),
                no("LinkedIn Insight is not a company page link", "linkedin-insight", link("https://www.linkedin.com/company/acme/")),
                yes("TikTok Pixel from ttq.load", "tiktok-pixel", inline("ttq.load('C0123456789ABCDEFGHI'); ttq.page();")),
                no("TikTok Pixel is not a profile link", "tiktok-pixel", link("https://www.tiktok.com/@acme")),
                yes("Pinterest Tag from core.js", "pinterest-tag", inline("!function(e){e.src=\"https://s.pinimg.com/ct/core.js\";}(); pintrk('load', '2612345678901');")),
                no("Pinterest Tag is not a Pin It button", "pinterest-tag", script("https://assets.pinterest.com/js/pinit.js")));
    }

    static Stream<Arguments> consent() {
        return Stream.of(
                yes("Axeptio from its settings", "axeptio", inline("window.axeptioSettings = { clientId: \"x\" };")),
                yes("Axeptio from its SDK", "axeptio", script("https://static.axept.io/sdk.js")),
                yes("Didomi from its loader", "didomi", script("https://sdk.privacy-center.org/0123abcd/loader.js?target=www.example.fr")),
                yes("Didomi from its config", "didomi", inline("window.didomiConfig = {};")),
                yes("Cookiebot from uc.js", "cookiebot",
                        "<script id=\"Cookiebot\" src=\"https://consent.cookiebot.com/uc.js\" data-cbid=\"0000\"></script>"),
                no("Cookiebot is not a link to its site", "cookiebot", link("https://www.cookiebot.com/fr/")),
                yes("OneTrust from its stub", "onetrust", script("https://cdn.cookielaw.org/scripttemplates/otSDKStub.js")),
                yes("OneTrust from OptanonWrapper", "onetrust", inline("function OptanonWrapper() { }")),
                yes("tarteaucitron from its script", "tarteaucitron", script("/js/tarteaucitron/tarteaucitron.js")),
                yes("tarteaucitron from its init", "tarteaucitron", inline("tarteaucitron.init({\"privacyUrl\": \"\"});")),
                yes("Complianz from its banner", "complianz", "<div id=\"cmplz-cookiebanner-container\"><div class=\"cmplz-cookiebanner\"></div></div>"),
                yes("Complianz from its plugin", "complianz", script("/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js")),
                yes("CookieYes from its script", "cookieyes", script("https://cdn-cookieyes.com/client_data/0123abcd/script.js")),
                no("no consent tool from a cookie policy page link", "cookieyes", link("https://www.example.fr/politique-cookies/")));
    }

    static Stream<Arguments> crmAndMarketing() {
        return Stream.of(
                yes("HubSpot from its loader", "hubspot", script("//js.hs-scripts.com/1234567.js")),
                yes("HubSpot from its forms", "hubspot", script("//js.hsforms.net/forms/embed/v2.js")),
                no("HubSpot is not a link to its blog", "hubspot", link("https://blog.hubspot.com/marketing")),
                yes("Salesforce from a web-to-lead form", "salesforce",
                        "<form action=\"https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8\" method=\"POST\"></form>"),
                yes("Pardot from piAId", "salesforce-pardot", inline("piAId = '123456'; piCId = '1234';")),
                yes("Zoho from a CRM web form", "zoho", "<form action=\"https://crm.zoho.eu/crm/WebToLeadForm\" method=\"POST\"></form>"),
                yes("Zoho SalesIQ widget", "zoho", script("https://salesiq.zoho.eu/widget")),
                yes("Brevo from a sibforms form", "brevo", "<form id=\"sib-form\" method=\"POST\" action=\"https://0a1b2c3d.sibforms.com/serve/MUIEAB\"></form>"),
                yes("Brevo from its tracker", "brevo", script("https://sibautomation.com/sa.js?key=abc")),
                yes("Mailchimp from a list-manage form", "mailchimp",
                        "<form action=\"https://acme.us21.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"></form>"),
                yes("Mailchimp from mcjs", "mailchimp", script("https://chimpstatic.com/mcjs-connected/js/users/abc/def.js")),
                no("Mailchimp is not a link to mailchimp.com", "mailchimp", link("https://mailchimp.com/fr/")),
                yes("ActiveCampaign from its diffuser", "activecampaign", script("https://diffuser-cdn.app-us1.com/diffuser/diffuser.js")),
                yes("Plezi from its tracker", "plezi", script("https://app.plezi.co/scripts/ossleads_analytics.js?tenant=abc&tw=def")),
                yes("Klaviyo from its onsite script", "klaviyo", script("https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=AbCdEf")));
    }

    static Stream<Arguments> chat() {
        return Stream.of(
                yes("Crisp from its snippet", "crisp", inline("window.$crisp=[];window.CRISP_WEBSITE_ID=\"0a1b\";")),
                yes("Intercom from its widget", "intercom", script("https://widget.intercom.io/widget/abc123")),
                yes("Zendesk from its snippet", "zendesk",
                        "<script id=\"ze-snippet\" src=\"https://static.zdassets.com/ekr/snippet.js?key=0000\"></script>"),
                yes("Zendesk from a help center link", "zendesk", link("https://acme.zendesk.com/hc/fr")),
                yes("Tawk.to from its embed", "tawk-to", inline("var Tawk_API=Tawk_API||{}; s1.src='https://embed.tawk.to/abc/default';")),
                yes("Drift from its loader", "drift", script("https://js.driftt.com/include/1700000000000/abc.js")),
                yes("LiveChat from its license", "livechat", inline("window.__lc = window.__lc || {}; window.__lc.license = 12345678;")),
                yes("WhatsApp from a wa.me link", "whatsapp", link("https://wa.me/33612345678")),
                yes("WhatsApp from a click-to-chat link", "whatsapp", link("https://api.whatsapp.com/send?phone=33612345678&text=Bonjour")),
                yes("WhatsApp from the app scheme", "whatsapp", link("whatsapp://send?phone=+33612345678")),
                yes("WhatsApp from the Join.chat widget", "whatsapp", script("/wp-content/plugins/creame-whatsapp-me/public/js/joinchat.min.js")),
                no("WhatsApp is not a share button", "whatsapp", link("https://api.whatsapp.com/send?text=Regardez%20ceci")),
                no("WhatsApp is not a wa.me share link", "whatsapp", link("https://wa.me/?text=Regardez%20ceci")),
                no("WhatsApp is not a link to its legal page", "whatsapp", link("https://www.whatsapp.com/legal/")));
    }

    static Stream<Arguments> commerceAndPayment() {
        return Stream.of(
                yes("Shopify from its CDN", "shopify", script("//cdn.shopify.com/s/files/1/0123/4567/t/2/assets/theme.js")),
                yes("Shopify from its headers", "shopify", "", Map.of("x-shopid", "12345678")),
                yes("Shopify from its script object", "shopify", inline("var Shopify = Shopify || {}; Shopify.shop = \"acme.myshopify.com\";")),
                no("Shopify is not a link to its site", "shopify", link("https://www.shopify.com/fr")),
                no("WooCommerce is not a link to its documentation", "woocommerce", link("https://woocommerce.com/documentation/")),
                yes("WooCommerce from its generator", "woocommerce", "<meta name=\"generator\" content=\"WooCommerce 8.9.1\">"),
                yes("WooCommerce from its body class", "woocommerce", "<body class=\"home woocommerce-no-js\"><p>x</p></body>"),
                yes("WooCommerce from its cart cookie", "woocommerce", "", Map.of("set-cookie", "woocommerce_items_in_cart, woocommerce_cart_hash")),
                yes("PrestaShop from its JS object", "prestashop", inline("var prestashop = {\"cart\":{}};")),
                yes("PrestaShop from its cookie", "prestashop", "", Map.of("set-cookie", "PrestaShop-0123456789abcdef0123456789abcdef")),
                yes("Magento from x-magento-init", "magento", "<script type=\"text/x-magento-init\">{\"*\": {}}</script>"),
                yes("Magento from its static path", "magento", script("/static/version1700000000/frontend/Acme/theme/fr_FR/requirejs/require.js")),
                yes("Stripe from Stripe.js", "stripe", script("https://js.stripe.com/v3/")),
                yes("Stripe from a payment link", "stripe", link("https://buy.stripe.com/test_00000000")),
                no("Stripe is not a link to its docs", "stripe", link("https://stripe.com/docs/payments")),
                yes("PayPal from its SDK", "paypal", script("https://www.paypal.com/sdk/js?client-id=abc&currency=EUR")),
                yes("PayPal from a donate form", "paypal", "<form action=\"https://www.paypal.com/donate\" method=\"post\"></form>"),
                yes("Lyra from the Krypton client", "lyra",
                        script("https://static.payzen.eu/static/js/krypton-client/V4.0/stable/kr-payment-form.min.js")),
                yes("Alma from its widgets", "alma", script("https://cdn.jsdelivr.net/npm/@alma/widgets@3.x.x/dist/widgets.umd.js")));
    }

    static Stream<Arguments> booking() {
        return Stream.of(
                yes("Calendly from a scheduling link", "calendly", link("https://calendly.com/acme/30min")),
                yes("Calendly from its widget", "calendly", "<div class=\"calendly-inline-widget\" data-url=\"https://calendly.com/acme\"></div>"),
                no("Calendly is not a link to its home page", "calendly", link("https://calendly.com/")),
                yes("Doctolib from a practitioner link", "doctolib", link("https://www.doctolib.fr/dentiste/lyon/jean-dupont")),
                no("Doctolib is not a link to its home page", "doctolib", link("https://www.doctolib.fr/")),
                yes("Planity from a salon link", "planity", link("https://www.planity.com/salon-belle-coupe-69002-lyon")),
                yes("Zenchef from a booking link", "zenchef", link("https://bookings.zenchef.com/results?rid=123456")),
                yes("TheFork from a restaurant link", "thefork", link("https://www.thefork.fr/restaurant/le-bistrot-r123456")),
                yes("SimplyBook.me from a booking site", "simplybook", link("https://acme.simplybook.me/v2/")));
    }

    static Stream<Arguments> cms() {
        return Stream.of(
                yes("WordPress from its generator", "wordpress", "<meta name=\"generator\" content=\"WordPress 6.5.3\">"),
                yes("WordPress from a wp-content stylesheet", "wordpress",
                        "<link rel=\"stylesheet\" href=\"/wp-content/themes/astra/style.css?ver=4.6\">"),
                yes("WordPress from a wp-includes script", "wordpress", script("/wp-includes/js/wp-emoji-release.min.js?ver=6.5")),
                yes("WordPress from its Link header", "wordpress", "", Map.of("link", "<https://www.example.fr/wp-json/>; rel=\"https://api.w.org/\"")),
                no("WordPress is not a link to a PDF on another WordPress site", "wordpress",
                        link("https://www.partner.example/wp-content/uploads/2024/brochure.pdf")),
                yes("Wix from its generator", "wix", "<meta name=\"generator\" content=\"Wix.com Website Builder\">"),
                yes("Wix from its headers", "wix", "", Map.of("x-wix-request-id", "1700000000.123")),
                yes("Squarespace from its assets", "squarespace", script("https://static1.squarespace.com/static/vta/abc/scripts/site-bundle.js")),
                yes("Webflow from its html attributes", "webflow", "<html data-wf-page=\"abc\" data-wf-site=\"def\"><body><p>x</p></body></html>"),
                yes("Drupal from its generator", "drupal", "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">"),
                yes("Drupal from its header", "drupal", "", Map.of("x-generator", "Drupal 10 (https://www.drupal.org)")),
                yes("Joomla from its generator", "joomla", "<meta name=\"generator\" content=\"Joomla! - Open Source Content Management\">"),
                yes("Jimdo from its assets", "jimdo", script("https://assets.jimstatic.com/web.js.abc123.js")),
                no("no CMS from an unknown generator", "wordpress", "<meta name=\"generator\" content=\"Hugo 0.125.0\">"));
    }

    static Stream<Arguments> hosting() {
        return Stream.of(
                yes("Cloudflare from cf-ray", "cloudflare", "", Map.of("cf-ray", "8a1b2c3d4e5f6789-CDG")),
                yes("Cloudflare from its server header", "cloudflare", "", Map.of("server", "cloudflare")),
                no("Cloudflare is not cdnjs", "cloudflare", script("https://cdnjs.cloudflare.com/ajax/libs/lodash.js/4.17.21/lodash.min.js")),
                no("Cloudflare is not nginx", "cloudflare", "", Map.of("server", "nginx")),
                yes("CloudFront from x-amz-cf-id", "amazon-cloudfront", "", Map.of("x-amz-cf-id", "abc==")),
                no("CloudFront is not a link to a file on CloudFront", "amazon-cloudfront",
                        link("https://d111111abcdef8.cloudfront.net/brochure.pdf")),
                yes("Fastly from x-served-by", "fastly", "", Map.of("x-served-by", "cache-par-lfpg1960022-PAR")),
                yes("Akamai from x-akamai-transformed", "akamai", "", Map.of("x-akamai-transformed", "9 - 0 pmb=mRUM,1")),
                yes("Netlify from x-nf-request-id", "netlify", "", Map.of("x-nf-request-id", "01H0000000000000000000000")),
                yes("Vercel from x-vercel-id", "vercel", "", Map.of("x-vercel-id", "cdg1::iad1::abc")),
                yes("GitHub Pages from its server", "github-pages", "", Map.of("server", "GitHub.com")),
                no("GitHub Pages is not a link to GitHub", "github-pages", link("https://github.com/acme")),
                yes("OVHcloud from its load balancer headers", "ovhcloud", "", Map.of("x-iplb-instance", "12345")));
    }

    static Stream<Arguments> reviewsAndMore() {
        return Stream.of(
                yes("Trustpilot from its widget", "trustpilot", "<div class=\"trustpilot-widget\" data-locale=\"fr-FR\"></div>"),
                yes("Trustpilot from its bootstrap", "trustpilot", script("//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js")),
                no("Trustpilot is not a link to its home page", "trustpilot", link("https://fr.trustpilot.com/")),
                no("Avis Vérifiés is not a link to its home page", "avis-verifies", link("https://www.avis-verifies.com/")),
                yes("Avis Vérifiés from its widget", "avis-verifies", script("https://cl.avis-verifies.com/fr/widget4/widget01_FB3.min.js")),
                yes("Guest Suite from its widget", "guest-suite", "<iframe src=\"https://widget.guest-suite.com/acme\"></iframe>"),
                yes("YouTube from an embed", "youtube", "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>"),
                no("YouTube is not a link to a channel", "youtube", link("https://www.youtube.com/@acme")),
                yes("Vimeo from its player", "vimeo", "<iframe src=\"https://player.vimeo.com/video/123456789\"></iframe>"),
                yes("Google Maps from an embed", "google-maps", "<iframe src=\"https://www.google.com/maps/embed?pb=!1m18\"></iframe>"),
                no("Google Maps is not a directions link", "google-maps", link("https://maps.app.goo.gl/AbCdEf")),
                yes("Google Fonts from its stylesheet", "google-fonts",
                        "<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Inter&display=swap\">"),
                no("Google Fonts is not a preconnect to its file host", "google-fonts",
                        "<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\" crossorigin>"),
                no("Typeform is not a link to its site", "typeform", link("https://www.typeform.com/fr/")),
                no("Contact Form 7 is not any contact form", "contact-form-7",
                        "<form action=\"/contact\" method=\"post\"><input name=\"email\"><textarea></textarea></form>"),
                yes("Typeform from its embed", "typeform", "<div data-tf-widget=\"AbCdEf\"></div>" + script("//embed.typeform.com/next/embed.js")),
                yes("Tally from its embed", "tally", "<iframe data-tally-src=\"https://tally.so/embed/abc\"></iframe>"),
                yes("Jotform from its script", "jotform", script("https://form.jotform.com/jsform/231234567890123")),
                yes("reCAPTCHA from its API", "recaptcha", script("https://www.google.com/recaptcha/api.js")),
                yes("Facebook SDK from sdk.js", "facebook-sdk", "<div id=\"fb-root\"></div>"
                        + script("https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0")),
                yes("Sentry from its CDN", "sentry", script("https://browser.sentry-cdn.com/7.100.0/bundle.min.js")),
                yes("jQuery from WordPress's copy", "jquery", script("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1")),
                no("jQuery is not a jQuery plugin", "jquery", script("/js/jquery.fancybox.min.js")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"analytics", "tagManagersAndAds", "consent", "crmAndMarketing", "chat", "commerceAndPayment", "booking",
            "cms", "hosting", "reviewsAndMore"})
    void detects(String why, String id, boolean expected, String html, Map<String, String> headers) {
        List<Technology> found = extract(html, headers).technologies();
        List<String> ids = found.stream().map(Technology::id).toList();
        assertEquals(expected, ids.contains(id), why + ": found " + found);
    }

    @Test
    void keepsTheMostTellingEvidenceOfEachKind() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("server", "cloudflare");
        headers.put("set-cookie", "_ga_ABC123XYZ9");
        PageFacts facts = extract("<meta name=\"generator\" content=\"WordPress 6.5\">"
                + inline("gtag('config', 'G-ABC123XYZ9');")
                + script("https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9")
                + "<div class=\"trustpilot-widget\"></div>"
                + link("https://calendly.com/acme") + link("https://calendly.com/acme/visite"), headers);

        assertEquals("script https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9", evidence(facts, "google-analytics-4"));
        assertEquals("header server: cloudflare", evidence(facts, "cloudflare"));
        assertEquals("generator WordPress 6.5", evidence(facts, "wordpress"));
        assertEquals("marker div.trustpilot-widget", evidence(facts, "trustpilot"));
        assertEquals("link https://calendly.com/acme", evidence(facts, "calendly"));
        assertEquals(1, facts.technologies().stream().filter(t -> t.id().equals("google-analytics-4")).count());
    }

    @Test
    void quotesHeadersCookiesAndInlineCodeInEvidence() {
        PageFacts facts = extract(inline("window.axeptioSettings  =  { clientId: 'x' };"),
                Map.of("cf-ray", "8a1b", "set-cookie", "__cf_bm, _ga_ABC123XYZ9"));

        assertEquals("header cf-ray", evidence(facts, "cloudflare"));
        assertEquals("cookie _ga_ABC123XYZ9", evidence(facts, "google-analytics-4"));
        assertEquals("inline axeptioSettings =", evidence(facts, "axeptio"));
    }

    @Test
    void boundsTheEvidence() {
        String longUrl = "https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9&x=" + "a".repeat(3_000);
        String evidence = evidence(extract(script(longUrl), Map.of()), "google-analytics-4");

        assertEquals(Limits.EVIDENCE, evidence.length());
        assertTrue(evidence.startsWith("script https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"));
    }

    @Test
    void namesEachTechnologyWithItsCategoryInTheOrderOfTheFile() {
        PageFacts facts = extract(script("https://js.stripe.com/v3/") + script("https://client.crisp.chat/l.js"),
                Map.of("cf-ray", "x"));

        assertEquals(List.of(
                new Technology("crisp", "Crisp", "chat", "script https://client.crisp.chat/l.js"),
                new Technology("stripe", "Stripe", "payment", "script https://js.stripe.com/v3/"),
                new Technology("cloudflare", "Cloudflare", "cdn", "header cf-ray")), facts.technologies());
    }

    @Test
    void readsTheToolsOfARealisticWordPressShop() {
        PageFacts facts = Pages.EXTRACTOR.extract(fetched(Map.of("server", "cloudflare", "cf-ray", "8a1b2c3d4e5f6789-CDG",
                "set-cookie", "wp_woocommerce_session_0123abcd")), Jsoup.parse(Pages.read("wordpress-shop.html"), Pages.HOME));

        assertEquals(List.of("google-analytics-4", "hotjar", "google-tag-manager", "meta-pixel", "axeptio", "crisp",
                "woocommerce", "stripe", "calendly", "wordpress", "cloudflare", "trustpilot", "youtube", "google-fonts",
                "contact-form-7", "recaptcha", "whatsapp", "jquery", "google-search-console", "yoast-seo",
                "elementor").stream().sorted().toList(),
                facts.technologies().stream().map(Technology::id).sorted().toList());
        assertEquals("generator WordPress 6.5.3", evidence(facts, "wordpress"));
        assertEquals("generator WooCommerce 8.9.1", evidence(facts, "woocommerce"));
        assertEquals("inline googletagmanager.com/gtm.js", evidence(facts, "google-tag-manager"));
        assertEquals("link https://calendly.com/atelier-lumiere/visite-atelier", evidence(facts, "calendly"));
        assertEquals("marker div.rll-youtube-player", evidence(facts, "youtube"));
        assertNull(facts.error());
    }

    @Test
    void findsNothingOnAPlainPage() {
        assertEquals(List.of(), extract("<title>Bonjour</title><h1>Bonjour</h1><p>Texte.</p>", Map.of()).technologies());
    }

    @Test
    void readsOnlyCodeFromInlineScripts() {
        String snippet = "fbq('init', '123'); _paq.push(['trackPageView']); window.axeptioSettings = {};";
        for (String type : List.of("application/json", "text/template", "text/x-template", "text/html",
                "text/x-handlebars-template", "importmap", "speculationrules")) {
            PageFacts facts = extract("<script type=\"" + type + "\">" + snippet + "</script>", Map.of());
            assertEquals(List.of(), facts.technologies(), type);
        }
        for (String type : List.of("", "text/javascript", "module", "text/plain")) {
            PageFacts facts = extract("<script type=\"" + type + "\">" + snippet + "</script>", Map.of());
            assertEquals(3, facts.technologies().size(), "type '" + type + "': " + facts.technologies());
        }
    }

    @Test
    void readsMarkersDeepInTheBodyWhateverTheCaseOfTheClass() {
        PageFacts facts = extract("<div>".repeat(200) + "<section><div class=\"Trustpilot-Widget other\"></div></section>"
                + "</div>".repeat(200), Map.of());

        assertFalse(facts.technologies().isEmpty());
        assertEquals("trustpilot", facts.technologies().get(0).id());
    }

    private static String evidence(PageFacts facts, String id) {
        return facts.technologies().stream().filter(t -> t.id().equals(id)).map(Technology::evidence).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not detected in " + facts.technologies()));
    }

    static PageFacts extract(String html, Map<String, String> headers) {
        return Pages.EXTRACTOR.extract(fetched(headers), Jsoup.parse(html, Pages.HOME));
    }

    private static FetchedPage fetched(Map<String, String> headers) {
        return new FetchedPage(Pages.HOME, Pages.HOME, List.of(), 200, "text/html; charset=utf-8", 1234, 56, 0,
                headers, null);
    }
}
