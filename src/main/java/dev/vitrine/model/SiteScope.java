package dev.vitrine.model;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which URLs belong to the audited site: its hosts, where {@code www.} and the bare domain
 * count as the same site, over http or https. Ports must match the start URL's port when one
 * is given (a local test site on 127.0.0.1:8080 is not the one on :8081).
 */
public record SiteScope(Set<String> hosts, int port) {

    public SiteScope {
        hosts = Set.copyOf(hosts);
    }

    /** The scope of the site at {@code url}, widened to the hosts of {@code alsoUrls} (redirect targets). */
    public static SiteScope of(URI url, URI... alsoUrls) {
        Set<String> hosts = new TreeSet<>();
        addHost(hosts, url.getHost());
        for (URI other : alsoUrls) {
            addHost(hosts, other.getHost());
        }
        return new SiteScope(hosts, effectivePort(url));
    }

    private static void addHost(Set<String> hosts, String host) {
        if (host == null) {
            return;
        }
        String bare = bare(host);
        hosts.add(bare);
        if (!isIpAddress(bare) && !bare.equals("localhost")) {
            hosts.add("www." + bare);
        }
    }

    /** True when {@code url} is an http(s) URL on one of the site's hosts. */
    public boolean contains(String url) {
        if (url == null) {
            return false;
        }
        try {
            return contains(URI.create(url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean contains(URI uri) {
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return false;
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        if (!hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Default ports (80/443) are interchangeable: http->https redirects stay on the site.
        int p = effectivePort(uri);
        return port == p || (isDefaultPort(port) && isDefaultPort(p));
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isDefaultPort(int port) {
        return port == 80 || port == 443;
    }

    private static boolean isIpAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }
}
