package dev.vitrine.model;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Where Vitrine's own requests may go. Normally anywhere; with the system property
 * {@code vitrine.loopbackOnly=true} (set by the build for every test) only to 127.0.0.1,
 * ::1 and localhost, so that a test which forgets to route a social profile or a backlink
 * source to its fake server fails fast and visibly instead of reaching the real web. Checked
 * by the fetchers outside crawler4j (the crawl itself never leaves the audited site).
 */
public final class NetworkPolicy {

    public static final String LOOPBACK_ONLY = "vitrine.loopbackOnly";

    private NetworkPolicy() {}

    /** Throws when {@code uri} may not be requested under the current policy. */
    public static void check(URI uri) throws IOException {
        if (!Boolean.getBoolean(LOOPBACK_ONLY)) {
            return;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]") && !host.equals("::1")) {
            throw new IOException("requests are limited to 127.0.0.1 (" + LOOPBACK_ONLY + "): " + uri);
        }
    }
}
