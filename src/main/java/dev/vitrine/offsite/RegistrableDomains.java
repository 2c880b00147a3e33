package dev.vitrine.offsite;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/**
 * The registrable domain of a host, from the public suffix list bundled with crawler-commons:
 * {@code www.boulangerie-martin.fr} → {@code boulangerie-martin.fr}, {@code shop.example.co.uk}
 * → {@code example.co.uk}, {@code www.economie.gouv.fr} → {@code economie.gouv.fr}. Private
 * suffixes count ({@code martin.blogspot.com} is a site of its own), because for backlinks
 * each such blog is a different referring site.
 *
 * <p>An IP address or a one-label host ({@code localhost}, an intranet name) is its own
 * registrable domain; {@link #ofUrl} then keeps the port, so two local servers on 127.0.0.1
 * (the demo, tests) are two sites, as two domains would be.
 */
public final class RegistrableDomains {

    private RegistrableDomains() {}

    /** The registrable domain of {@code host}, lower-case, or null for a null or blank host. */
    public static String of(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = normalise(host);
        if (isIpAddress(h)) {
            return h;
        }
        String assigned;
        try {
            assigned = EffectiveTldFinder.getAssignedDomain(h, true, false);
        } catch (RuntimeException e) {
            assigned = null; // a host the list cannot read is treated as having no public suffix
        }
        if (assigned != null && !assigned.isEmpty()) {
            return assigned;
        }
        // A top-level domain the list does not know (.example, a new one) is a public suffix of
        // one label, as the list's default rule "*" says: keep the last two labels.
        int last = h.lastIndexOf('.');
        int before = last <= 0 ? -1 : h.lastIndexOf('.', last - 1);
        return last <= 0 ? h : h.substring(before + 1);
    }

    /**
     * The registrable domain of an http(s) URL's host; for a host without public suffix, that
     * host with its port when not the default one ({@code 127.0.0.1:8080}). Null for anything
     * that is not an http(s) URL with a host.
     */
    public static String ofUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            String host = normalise(uri.getHost());
            String domain = of(host);
            boolean hasSuffix = host.indexOf('.') > 0 && !isIpAddress(host);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return hasSuffix || defaultPort ? domain : domain + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** True when {@code a} and {@code b} (URLs) belong to the same registrable domain. */
    public static boolean sameSite(String a, String b) {
        String da = ofUrl(a);
        return da != null && da.equals(ofUrl(b));
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            return h;
        }
        try {
            return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return h;
        }
    }

    private static boolean isIpAddress(String h) {
        if (h.startsWith("[") || h.indexOf(':') >= 0) {
            return true; // IPv6
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
