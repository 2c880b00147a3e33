package dev.vitrine.model;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which URLs belong to the audited site: its hosts, where {@code www.} and the bare domain
 * count as the same site, over http or https. A site on a standard port (80 or 443) is the
 * same on both, so http→https redirects stay on it; a site on another port (a local test
 * server) keeps to the ports it was seen on.
 */
public record SiteScope(Set<String> hosts, Set<Integer> ports) {

    public SiteScope {
        hosts = Set.copyOf(hosts);
        ports = Set.copyOf(ports);
    }

    /** The scope of the site at {@code url}, widened to the hosts and ports of {@code alsoUrls} (redirect targets). */
    public static SiteScope of(URI url, URI... alsoUrls) {
        Set<String> hosts = new TreeSet<>();
        Set<Integer> ports = new TreeSet<>();
        add(hosts, ports, url);
        for (URI other : alsoUrls) {
            add(hosts, ports, other);
        }
        return new SiteScope(hosts, ports);
    }

    private static void add(Set<String> hosts, Set<Integer> ports, URI url) {
        String host = url.getHost();
        if (host == null) {
            return;
        }
        String bare = bare(host);
        hosts.add(bare);
        if (!isIpAddress(bare) && !bare.equals("localhost")) {
            hosts.add("www." + bare);
        }
        int port = effectivePort(url);
        ports.add(port);
        if (isDefaultPort(port)) {
            ports.add(80);
            ports.add(443);
        }
    }

    /** True when {@code url} is an http(s) URL on one of the site's hosts. */
    public boolean contains(String url) {
        if (url == null) {
            return false;
        }
        // Called for every link of every page: read "scheme://host:port" by hand when it is
        // plain, and leave the rare unusual authority (user info, IPv6, escapes) to URI.
        int schemeEnd = url.indexOf("://");
        if (schemeEnd > 0) {
            int start = schemeEnd + 3;
            int end = start;
            while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            String authority = url.substring(start, end);
            if (!authority.isEmpty() && authority.indexOf('@') < 0 && authority.indexOf('[') < 0
                    && authority.indexOf('%') < 0) {
                return contains(url.substring(0, schemeEnd), authority);
            }
        }
        try {
            return contains(URI.create(url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean contains(String scheme, String authority) {
        boolean https = scheme.equalsIgnoreCase("https");
        if (!https && !scheme.equalsIgnoreCase("http")) {
            return false;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        int port = https ? 443 : 80;
        if (colon >= 0 && colon < authority.length() - 1) {
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return hosts.contains(host.toLowerCase(Locale.ROOT)) && ports.contains(port);
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
        return hosts.contains(host.toLowerCase(Locale.ROOT)) && ports.contains(effectivePort(uri));
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
