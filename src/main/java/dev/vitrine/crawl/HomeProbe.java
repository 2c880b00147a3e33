package dev.vitrine.crawl;

import dev.vitrine.model.PageFacts.Redirect;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Asks for the home page once before crawling, following redirects by hand, so that an
 * unreachable site, an unknown host, a redirect loop or a home page that is not HTML ends
 * the audit with one clear sentence (exit code 4) instead of an empty crawl.
 */
final class HomeProbe {

    /** Where the home page really is, and how the start URL got there. */
    record Home(URI url, List<Redirect> redirects) {}

    private static final int MAX_REDIRECTS = 10;
    private static final int PROBE_BYTES = 64 * 1024;

    private HomeProbe() {}

    static Home probe(DirectFetcher http, URI start) throws InterruptedException {
        List<Redirect> hops = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        URI current = start;
        while (true) {
            if (!seen.add(current)) {
                throw VitrineException.unreachable("the home page " + start + " is caught in a redirect loop ("
                        + String.join(" -> ", seen.stream().map(URI::toString).toList()) + " -> " + current + ")");
            }
            DirectFetcher.Response response = fetch(http, start, current);
            int status = response.status();
            if (status >= 300 && status < 400 && response.location().isPresent()) {
                URI next = resolve(current, response.location().get(), start);
                hops.add(new Redirect(current.toString(), status, next.toString()));
                if (hops.size() > MAX_REDIRECTS) {
                    throw VitrineException.unreachable("the home page " + start + " redirects more than "
                            + MAX_REDIRECTS + " times");
                }
                current = next;
                continue;
            }
            if (status >= 400 || status < 200) {
                throw VitrineException.unreachable("the home page " + current + " answered HTTP " + status
                        + (current.equals(start) ? "" : " (redirected from " + start + ")"));
            }
            if (!FetchFacts.isHtml(response.contentType(), response.body())) {
                throw VitrineException.unreachable("the home page " + current + " is not an HTML page (Content-Type: "
                        + (response.contentType() == null ? "none" : response.contentType()) + ")");
            }
            return new Home(current, List.copyOf(hops));
        }
    }

    private static DirectFetcher.Response fetch(DirectFetcher http, URI start, URI url) throws InterruptedException {
        try {
            return http.get(url, PROBE_BYTES);
        } catch (HttpConnectTimeoutException e) {
            throw VitrineException.unreachable("cannot reach " + url + ": the connection timed out");
        } catch (HttpTimeoutException e) {
            throw VitrineException.unreachable("cannot reach " + url + ": no response before the read timeout");
        } catch (ConnectException e) {
            if (e.getCause() instanceof UnresolvedAddressException || isUnknownHost(e)) {
                throw VitrineException.unreachable("cannot reach " + url + ": unknown host " + url.getHost());
            }
            throw VitrineException.unreachable("cannot reach " + url + ": the connection was refused");
        } catch (SSLException e) {
            throw VitrineException.unreachable("cannot reach " + url + ": TLS handshake failed (" + e.getMessage() + ")");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw VitrineException.unreachable("cannot reach " + url + ": " + why);
        } catch (IllegalArgumentException e) {
            throw VitrineException.unreachable("cannot reach " + url + ": " + e.getMessage()
                    + (url.equals(start) ? "" : " (redirected from " + start + ")"));
        }
    }

    private static boolean isUnknownHost(ConnectException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static URI resolve(URI base, String location, URI start) {
        try {
            URI next = base.resolve(location.trim());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw VitrineException.unreachable("the home page " + start + " redirects to " + location
                        + ", which is not an http(s) URL");
            }
            return next;
        } catch (IllegalArgumentException e) {
            throw VitrineException.unreachable("the home page " + start + " redirects to an invalid URL: " + location);
        }
    }
}
