package dev.vitrine.model;

import java.util.List;
import java.util.Map;

/**
 * The HTTP side of one fetch, as the crawler saw it, handed to the extractor with the
 * parsed document. {@code url} is the URL first requested (a link's target or a seed),
 * {@code finalUrl} the one that answered after {@code redirects}.
 */
public record FetchedPage(
        String url,
        String finalUrl,
        List<PageFacts.Redirect> redirects,
        int status,
        String contentType,
        long bytes,
        long responseMillis,
        int depth,
        Map<String, String> headers,
        String charset) {}
