package dev.vitrine.publish;

import dev.vitrine.model.VitrineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The address the portfolio will be published at ({@code --base-url}), always ending with
 * "/": the sitemap and the canonical links are this address followed by a page's path.
 */
record BaseUrl(String value) {

    /** @throws VitrineException USAGE when {@code text} is not an absolute http(s) address without query or fragment */
    static BaseUrl parse(String text) {
        String why = "--base-url must be the absolute http(s) address the portfolio is published at, such as"
                + " https://audits.example.com/clients/, not \"" + shorten(text) + "\"";
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw VitrineException.usage(why);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw VitrineException.usage(why);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new BaseUrl(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path);
    }

    /**
     * The absolute address of a file of the portfolio. The root's index.html is the base
     * address itself; every other page keeps its file name, since not every host (CloudFront
     * in front of a bucket, for one) serves a sub-folder's index.html for the folder.
     */
    String of(String relativePath) {
        String path = relativePath.equals(PortfolioLayout.INDEX) ? "" : relativePath;
        StringBuilder sb = new StringBuilder(value);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
