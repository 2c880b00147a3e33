package dev.vitrine.crawl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The site URLs one line of pages.jsonl refers to (internal links, images, scripts,
 * stylesheets, frames, hreflang, canonical: the same as {@link JsoupHtmlParser#referencedUrls}),
 * read with Jackson's streaming parser. Binding whole pages back into records (JSON-LD trees,
 * texts, headers) cost more than the rest of the broken-link pass together.
 */
record PageReferences(String url, List<String> urls) {

    /** The next page of the file, or null at its end. */
    static PageReferences next(JsonParser parser) throws IOException {
        JsonToken start = parser.nextToken();
        if (start == null) {
            return null;
        }
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("expected one JSON object per line, found " + start);
        }
        String url = null;
        List<String> urls = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "url" -> url = parser.getValueAsString();
                case "canonical" -> addText(parser, urls);
                case "scripts", "stylesheets", "iframes" -> readStrings(parser, value, urls);
                case "links" -> readObjects(parser, value, urls, "href", true);
                case "images" -> readObjects(parser, value, urls, "src", false);
                case "hreflang" -> readObjects(parser, value, urls, "href", false);
                default -> parser.skipChildren();
            }
        }
        return new PageReferences(url, urls);
    }

    private static void addText(JsonParser parser, List<String> urls) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            urls.add(parser.getText());
        }
    }

    private static void readStrings(JsonParser parser, JsonToken value, List<String> urls) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            addText(parser, urls);
        }
    }

    /** Arrays of objects: keeps {@code key}; with {@code internalOnly}, only where "internal" is true. */
    private static void readObjects(JsonParser parser, JsonToken value, List<String> urls, String key,
                                    boolean internalOnly) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String found = null;
            boolean internal = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (name.equals(key) && token == JsonToken.VALUE_STRING) {
                    found = parser.getText();
                } else if (name.equals("internal")) {
                    internal = token == JsonToken.VALUE_TRUE;
                } else {
                    parser.skipChildren();
                }
            }
            if (found != null && !found.isEmpty() && (internal || !internalOnly)) {
                urls.add(found);
            }
        }
    }
}
