package dev.vitrine.offsite;

import dev.vitrine.model.Offsite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches each of the company's own profiles once and says whether it is there:
 * {@link Offsite#OK}, {@link Offsite#BROKEN}, {@link Offsite#UNVERIFIABLE} or
 * {@link Offsite#SUSPECT}. Mentions are never fetched.
 *
 * <p>Polite and bounded: one GET per profile, at most {@value #MAX_PROFILES} profiles, bodies
 * read up to {@value #MAX_BODY} bytes, at most {@value #MAX_REDIRECTS} redirects followed
 * here (so each hop is seen), and a pause between two requests to the same platform host.
 * A redirect to a login or home page is judged from its {@code Location}, never fetched.
 *
 * <p>Platforms defend themselves against robots, and that must never read as a broken
 * profile: 999 (LinkedIn), 429, 401, 403, 5xx, timeouts and network errors are
 * {@code unverifiable}. Login walls need care, and the difference is data ({@link #WALLS}):
 * <ul>
 *   <li>a platform that sends EVERY anonymous visitor to a wall, whatever the profile
 *       (LinkedIn's {@code authwall}, Instagram's {@code /accounts/login}, Facebook's robot
 *       {@code /checkpoint/}, the YouTube and Google cookie-consent pages), says nothing about
 *       the profile: {@code unverifiable};
 *   <li>elsewhere, a profile URL that redirects to a login page or to the platform's home
 *       page means the platform hides or dropped this one profile (private, restricted,
 *       deactivated, renamed): {@code suspect}, worth a look by hand.
 * </ul>
 * A 200 page is {@code broken} when its title or text says the profile does not exist
 * (per-platform phrases, {@link #NOT_FOUND}), {@code unverifiable} when it is a login or
 * consent page, else {@code ok}.
 */
final class ProfileVerifier {

    static final int MAX_PROFILES = 30;
    static final int MAX_BODY = 256 * 1024;
    static final int MAX_REDIRECTS = 5;
    static final int MAX_TITLE = 300;
    private static final int MAX_DETAIL = 300;

    /**
     * Where a redirect leads instead of the profile. First match wins: platform (null for
     * any), host (suffix match; a trailing dot matches any ending, {@code consent.google.})
     * and a fragment of the lower-cased path (null for any).
     */
    record Wall(String platform, String host, String path, String status, String detail) {
        boolean matches(String platformId, URI target) {
            String h = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
            String p = target.getRawPath() == null ? "" : target.getRawPath().toLowerCase(Locale.ROOT);
            boolean platformOk = platform == null || platform.equals(platformId);
            boolean hostOk = host == null || (host.endsWith(".") ? h.startsWith(host) || h.contains("." + host)
                    : h.equals(host) || h.endsWith("." + host));
            return platformOk && hostOk && (path == null || p.contains(path));
        }
    }

    private static final String EVERYONE_WALLED = "the platform shows a sign-in wall to every visitor without an account";
    private static final String CONSENT = "the platform shows a cookie-consent wall to every visitor";
    private static final String LOGIN = "redirects to a login page: the profile may be private, restricted or deleted";

    static final List<Wall> WALLS = List.of(
            new Wall(null, "consent.youtube.com", null, Offsite.UNVERIFIABLE, CONSENT),
            new Wall(null, "consent.google.", null, Offsite.UNVERIFIABLE, CONSENT),
            new Wall("linkedin", null, "/company/unavailable", Offsite.BROKEN, "LinkedIn says the page is unavailable"),
            new Wall("linkedin", "linkedin.com", "/authwall", Offsite.UNVERIFIABLE, EVERYONE_WALLED),
            new Wall("linkedin", "linkedin.com", "/login", Offsite.UNVERIFIABLE, EVERYONE_WALLED),
            new Wall("linkedin", "linkedin.com", "/signup", Offsite.UNVERIFIABLE, EVERYONE_WALLED),
            new Wall("instagram", "instagram.com", "/accounts/login", Offsite.UNVERIFIABLE, EVERYONE_WALLED),
            new Wall("instagram", "instagram.com", "/challenge", Offsite.UNVERIFIABLE, EVERYONE_WALLED),
            new Wall(null, null, "/checkpoint/", Offsite.UNVERIFIABLE, "the platform checks whether the visitor is a robot"),
            new Wall(null, null, "/login", Offsite.SUSPECT, LOGIN),
            new Wall(null, null, "/signin", Offsite.SUSPECT, LOGIN),
            new Wall(null, null, "servicelogin", Offsite.SUSPECT, LOGIN),
            new Wall("facebook", "facebook.com", "/home.php", Offsite.SUSPECT, "redirects to the platform's home page"));

    /**
     * What a 200 page says when the profile does not exist. Lower-case, straight apostrophes;
     * platform null for any. {@code titleOnly} for generic words a real profile's text may hold.
     */
    record NotFound(String platform, String phrase, boolean titleOnly) {}

    static final List<NotFound> NOT_FOUND = List.of(
            new NotFound(null, "404 not found", true),
            new NotFound(null, "page not found", true),
            new NotFound(null, "page introuvable", true),
            new NotFound("facebook", "this content isn't available", false),
            new NotFound("facebook", "ce contenu n'est pas disponible", false),
            new NotFound("facebook", "this page isn't available", false),
            new NotFound("facebook", "cette page n'est pas disponible", false),
            new NotFound("instagram", "sorry, this page isn't available", false),
            new NotFound("instagram", "cette page n'est malheureusement pas disponible", false),
            new NotFound("instagram", "désolé, cette page n'est pas disponible", false),
            new NotFound("youtube", "this page isn't available", false),
            new NotFound("youtube", "cette page n'est pas disponible", false),
            new NotFound("x", "this account doesn't exist", false),
            new NotFound("x", "ce compte n'existe pas", false),
            new NotFound("x", "account suspended", false),
            new NotFound("x", "compte suspendu", false),
            new NotFound("tiktok", "couldn't find this account", false),
            new NotFound("tiktok", "impossible de trouver ce compte", false));

    /** Titles of login and consent pages served with 200 in place of the profile. */
    static final List<String> WALL_TITLES = List.of("log into facebook", "log in to facebook",
            "facebook - log in or sign up", "facebook – log in or sign up", "se connecter à facebook",
            "facebook – se connecter ou s'inscrire", "facebook - connexion ou inscription", "login • instagram",
            "connexion • instagram", "linkedin login", "sign up | linkedin", "s'identifier | linkedin",
            "before you continue to youtube", "avant d'accéder à youtube", "before you continue to google",
            "avant d'accéder à google");

    private final WebFetcher http;
    private final long pauseNanos;
    private final Map<String, Long> lastRequestEnd = new HashMap<>();

    ProfileVerifier(WebFetcher http, Duration pauseBetweenRequests) {
        this.http = http;
        this.pauseNanos = pauseBetweenRequests == null || pauseBetweenRequests.isNegative() ? 0
                : pauseBetweenRequests.toNanos();
    }

    /**
     * The profiles with {@code verification} filled for own ones (the first {@value #MAX_PROFILES}
     * fetched, the others unverifiable without a request); mentions unchanged, order kept.
     */
    List<Offsite.Profile> verify(List<Offsite.Profile> profiles) throws InterruptedException {
        List<Offsite.Profile> result = new ArrayList<>(profiles.size());
        int checked = 0;
        for (Offsite.Profile profile : profiles) {
            if (profile != null && profile.own()) {
                // Beyond the limit a profile is said unverifiable, so it never reads as "verification off".
                Offsite.Verification v = checked++ < MAX_PROFILES ? check(profile)
                        : new Offsite.Verification(Offsite.UNVERIFIABLE, 0, null, null,
                                "not fetched: at most " + MAX_PROFILES + " profiles are verified per run");
                result.add(new Offsite.Profile(profile.platform(), profile.handle(), profile.url(), profile.role(),
                        profile.reasons(), profile.pages(), profile.onHome(), profile.firstPage(), v));
            } else {
                result.add(profile);
            }
        }
        return result;
    }

    /** One profile's verification; never throws for what the profile or the platform does. */
    Offsite.Verification check(Offsite.Profile profile) throws InterruptedException {
        URI start = startOf(profile.url());
        if (start == null) {
            return verdict(Offsite.UNVERIFIABLE, 0, profile.url(), null, "the profile URL cannot be requested");
        }
        try {
            return follow(profile.platform(), start);
        } catch (RuntimeException e) {
            return verdict(Offsite.UNVERIFIABLE, 0, start.toString(), null, "could not be checked: " + e.getMessage());
        }
    }

    private Offsite.Verification follow(String platform, URI start) throws InterruptedException {
        URI url = start;
        int lastStatus = 0;
        for (int redirects = 0; ; redirects++) {
            WebFetcher.Response response;
            try {
                response = get(url);
            } catch (IOException e) {
                return verdict(Offsite.UNVERIFIABLE, lastStatus, url.toString(), null, noAnswer(url, e));
            }
            lastStatus = response.status();
            if (!response.isRedirect()) {
                return judge(platform, url, response, redirects > 0);
            }
            URI next = resolve(url, response.location().get());
            if (next == null) {
                return verdict(Offsite.UNVERIFIABLE, lastStatus, url.toString(), null,
                        "redirects to a location that cannot be followed");
            }
            for (Wall wall : WALLS) {
                if (wall.matches(platform, next)) {
                    return verdict(wall.status(), lastStatus, next.toString(), null, wall.detail());
                }
            }
            if (isRoot(next)) {
                return verdict(Offsite.SUSPECT, lastStatus, next.toString(), null,
                        "redirects to the home page of " + next.getHost());
            }
            if (redirects >= MAX_REDIRECTS) {
                return verdict(Offsite.UNVERIFIABLE, lastStatus, next.toString(), null,
                        "more than " + MAX_REDIRECTS + " redirects");
            }
            url = next;
        }
    }

    /** The final, non-redirect response. */
    private static Offsite.Verification judge(String platform, URI url, WebFetcher.Response response,
                                              boolean redirected) {
        int status = response.status();
        String at = url.toString();
        if (status == 404 || status == 410) {
            return verdict(Offsite.BROKEN, status, at, null, "the platform answers " + status + ": no such profile");
        }
        if (status == 999 || status == 429) {
            return verdict(Offsite.UNVERIFIABLE, status, at, null, "the platform refuses robots (" + status + ")");
        }
        if (status == 401 || status == 403) {
            return verdict(Offsite.UNVERIFIABLE, status, at, null, "the platform refuses the request (" + status + ")");
        }
        if (status >= 500) {
            return verdict(Offsite.UNVERIFIABLE, status, at, null, "the platform fails to answer (" + status + ")");
        }
        if (status < 200 || status >= 300) {
            return verdict(Offsite.UNVERIFIABLE, status, at, null, "unexpected status " + status);
        }
        Document page = parse(response);
        String title = page == null ? null : titleOf(page);
        String said = page == null ? "" : comparable(page.text());
        String titleSaid = title == null ? "" : comparable(title);
        for (NotFound notFound : NOT_FOUND) {
            boolean platformOk = notFound.platform() == null || notFound.platform().equals(platform);
            if (platformOk && (titleSaid.contains(notFound.phrase())
                    || (!notFound.titleOnly() && said.contains(notFound.phrase())))) {
                return verdict(Offsite.BROKEN, status, at, title, "the page says the profile does not exist");
            }
        }
        for (String wallTitle : WALL_TITLES) {
            if (titleSaid.contains(wallTitle)) {
                return verdict(Offsite.UNVERIFIABLE, status, at, title,
                        "the platform shows a login or consent page instead of the profile");
            }
        }
        return verdict(Offsite.OK, status, at, title, redirected ? "the profile answers after a redirect" : "the profile answers");
    }

    private WebFetcher.Response get(URI url) throws IOException, InterruptedException {
        String host = politenessKey(url);
        Long last = lastRequestEnd.get(host);
        if (last != null && pauseNanos > 0) {
            long wait = pauseNanos - (System.nanoTime() - last);
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        try {
            return http.get(url, MAX_BODY);
        } finally {
            lastRequestEnd.put(host, System.nanoTime());
        }
    }

    /** Requests to {@code www.}, {@code m.} and the bare host reach the same servers: one pause for all. */
    private static String politenessKey(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        for (String prefix : List.of("www.", "m.", "mobile.")) {
            if (host.startsWith(prefix)) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    /** The profile URL as a requestable http(s) URI; JSON-LD values may lack the scheme. Null when impossible. */
    static URI startOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        } else if (!u.contains("://")) {
            u = "https://" + u;
        }
        try {
            URI uri = new URI(u.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code location} resolved against {@code from}; null when it is not an http(s) URL. */
    private static URI resolve(URI from, String location) {
        try {
            URI next = from.resolve(new URI(location.strip().replace(" ", "%20")));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && next.getHost() != null ? next : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isRoot(URI url) {
        String path = url.getRawPath();
        return path == null || path.isEmpty() || path.equals("/");
    }

    /** The page, or null when the body is not HTML (an image, JSON). Bounded by the fetch's limit. */
    private static Document parse(WebFetcher.Response response) {
        if (response.contentType() != null && !response.isHtml()) {
            return null;
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(response.body()), charsetOf(response.contentType()),
                    response.url().toString());
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable body leaves the status to speak for itself
        }
    }

    /** The declared charset when Java knows it, else null so jsoup reads the page's meta or falls back to UTF-8. */
    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).split("[;\\s]", 2)[0].replace("\"", "").strip();
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String titleOf(Document page) {
        String title = page.title().strip();
        StringBuilder clean = new StringBuilder(Math.min(title.length(), MAX_TITLE));
        for (int i = 0; i < title.length() && clean.length() < MAX_TITLE; i++) {
            char c = title.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        String bounded = Bounded.text(clean.toString(), MAX_TITLE);
        return bounded.isEmpty() ? null : bounded;
    }

    /** Lower-case, curly apostrophes and no-break spaces made plain, for phrase matching. */
    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
    }

    private static String noAnswer(URI url, IOException e) {
        String why = e instanceof HttpTimeoutException ? "timed out"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "no answer from " + url.getHost() + ": " + why;
    }

    private static Offsite.Verification verdict(String status, int httpStatus, String finalUrl, String title,
                                                String detail) {
        return new Offsite.Verification(status, httpStatus, Bounded.text(finalUrl, 2_048), title,
                Bounded.text(detail, MAX_DETAIL));
    }
}
