package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An http(s) URL cut into the parts the extractor looks at, by hand rather than with
 * {@link java.net.URI}: links on real sites carry spaces, accents and stray characters that
 * {@code URI} refuses, and a refusal must not lose the link. Never throws.
 *
 * @param scheme   {@code http} or {@code https}, lower-case
 * @param host     lower-case, without user info, port or trailing dot
 * @param port     the explicit port, or -1
 * @param path     as written, starting with {@code /} (or empty)
 * @param query    after {@code ?}, without it; null when absent
 * @param fragment after {@code #}, without it; null when absent
 */
record UrlParts(String scheme, String host, int port, String path, String query, String fragment) {

    /**
     * Parts of {@code url}, or null when it is not an http(s) URL with a host. A URL without
     * a scheme ({@code //host/x}, {@code www.host.fr/x}, {@code host.com/x}) is read as https:
     * JSON-LD {@code sameAs} values are often written that way.
     */
    static UrlParts parse(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        int sep = s.indexOf("://");
        String scheme;
        String rest;
        if (s.startsWith("//")) {
            scheme = "https";
            rest = s.substring(2);
        } else if (sep > 0 && isSchemeName(s, sep)) {
            scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = s.substring(sep + 3);
        } else if (looksLikeBareHost(s)) {
            scheme = "https";
            rest = s;
        } else {
            return null;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        return split(scheme, rest);
    }

    private static UrlParts split(String scheme, String rest) {
        int authorityEnd = indexOfAny(rest, "/?#", 0);
        String authority = rest.substring(0, authorityEnd);
        int hash = rest.indexOf('#', authorityEnd);
        String fragment = hash < 0 ? null : rest.substring(hash + 1);
        String beforeHash = hash < 0 ? rest : rest.substring(0, hash);
        int question = beforeHash.indexOf('?', authorityEnd);
        String query = question < 0 ? null : beforeHash.substring(question + 1);
        String path = beforeHash.substring(authorityEnd, question < 0 ? beforeHash.length() : question);

        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int port = -1;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && hostPort.indexOf(']', colon) < 0) {
            port = parsePort(hostPort.substring(colon + 1));
            hostPort = hostPort.substring(0, colon);
        }
        String host = hostPort.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return null;
        }
        return new UrlParts(scheme, host, port, path, query, fragment);
    }

    /** Non-empty path segments: {@code /a//b/} gives {@code [a, b]}. */
    List<String> segments() {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = path.length();
        while (start < n) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                out.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return out;
    }

    /** The first value of query parameter {@code name}, percent-decoded; null when absent. */
    String queryParam(String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&", 64)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equalsIgnoreCase(name)) {
                return eq < 0 ? "" : Urls.percentDecode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static boolean isSchemeName(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code facebook.com/page} or {@code www.site.fr}: a dotted name before any slash, no scheme. */
    private static boolean looksLikeBareHost(String s) {
        int end = indexOfAny(s, "/?#", 0);
        if (end == 0 || s.indexOf(':') >= 0 && s.indexOf(':') < end) {
            return false;
        }
        String host = s.substring(0, end);
        int dot = host.indexOf('.');
        if (dot <= 0 || dot == host.length() - 1) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int parsePort(String digits) {
        if (digits.isEmpty() || digits.length() > 5) {
            return -1;
        }
        int port = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65_535 ? port : -1;
    }

    static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
