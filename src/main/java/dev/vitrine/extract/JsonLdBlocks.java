package dev.vitrine.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.vitrine.model.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code <script type="application/ld+json">} blocks of one page, parsed as they are met.
 * One bad block is recorded in {@link #errors()} and the next one is read as usual.
 *
 * <p>The parser forgives what site builders and SEO plugins commonly write and Google
 * reads anyway: {@code //} and {@code /* *&#47;} comments (including the {@code //<![CDATA[}
 * lines of old templates), trailing commas, raw line breaks inside strings, and
 * {@code <!-- -->} or {@code <![CDATA[ ]]>} wrappers around the whole block.
 */
final class JsonLdBlocks {

    /** Shared and immutable: {@link ObjectReader} is thread-safe. */
    private static final ObjectReader READER = reader();

    private static final List<String> SCHEMA_ORG_PREFIXES = List.of(
            "http://schema.org/", "https://schema.org/", "http://www.schema.org/", "https://www.schema.org/",
            "schema:");

    private final Capped<JsonNode> nodes = Capped.list(Limits.JSON_LD_NODES);
    private final Capped<String> types = Capped.distinct(Limits.JSON_LD_TYPES);
    private final Capped<String> sameAs = Capped.distinct(Limits.SAME_AS);
    private final Capped<String> datesPublished = Capped.distinct(Limits.DATES);
    private final Capped<String> errors = Capped.list(Limits.JSON_LD_BLOCKS + 1);
    private int blocks;

    private static ObjectReader reader() {
        ObjectMapper mapper = Json.MAPPER.copy();
        // The parser refuses deeper nesting, so walking the tree below cannot overflow the stack.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.JSON_LD_DEPTH)
                .maxDocumentLength(Limits.JSON_LD_BLOCK_CHARS)
                .build());
        return mapper.reader().withFeatures(
                JsonReadFeature.ALLOW_JAVA_COMMENTS,
                JsonReadFeature.ALLOW_TRAILING_COMMA,
                JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS);
    }

    /** Reads the text of the next block on the page. */
    void add(String raw) {
        blocks++;
        if (blocks > Limits.JSON_LD_BLOCKS) {
            if (blocks == Limits.JSON_LD_BLOCKS + 1) {
                errors.add("JSON-LD: more than " + Limits.JSON_LD_BLOCKS + " blocks, the rest were skipped");
            }
            return;
        }
        if (raw.length() > Limits.JSON_LD_BLOCK_CHARS) {
            error("skipped, " + raw.length() / 1024 + " KB is over the " + Limits.JSON_LD_BLOCK_CHARS / 1024
                    + " KB limit");
            return;
        }
        String json = unwrap(raw);
        if (json.isBlank()) {
            return;
        }
        try {
            keep(READER.readTree(json));
        } catch (JsonProcessingException e) {
            error(describe(e));
        } catch (RuntimeException e) {
            error(e.getClass().getSimpleName());
        }
    }

    List<JsonNode> nodes() {
        return nodes.toList();
    }

    /** Every {@code @type} met, first appearance first, schema.org prefixes removed. */
    List<String> types() {
        return types.toList();
    }

    /** Every {@code sameAs} URL met, anywhere in the blocks. */
    List<String> sameAs() {
        return sameAs.toList();
    }

    List<String> errors() {
        return errors.toList();
    }

    /** Every {@code datePublished} value met, of any node at any depth, as written (bounded). */
    List<String> datesPublished() {
        return datesPublished.toList();
    }

    private void keep(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return; // an empty or "null" block says nothing, and is not an error
        }
        if (root.isArray()) {
            for (JsonNode item : root) {
                if (item.isObject()) {
                    nodes.add(item);
                }
            }
        } else if (root.isObject()) {
            nodes.add(root);
        } else {
            error("expected an object or an array, found " + root.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        walk(root, 0);
    }

    /** Collects {@code @type}, {@code sameAs} and {@code datePublished} from every object, at any depth (nested values, {@code @graph}). */
    private void walk(JsonNode node, int depth) {
        if (depth > Limits.JSON_LD_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.equals("@context")) {
                    continue; // term definitions there carry "@type": "@id", which is not a type
                }
                if (name.equals("@type")) {
                    eachText(value, this::addType);
                } else if (name.equals("sameAs")) {
                    eachText(value, url -> sameAs.add(Texts.cut(url.strip(), Limits.URL)));
                } else if (name.equals("datePublished")) {
                    eachText(value, date -> datesPublished.add(Texts.cut(date, Limits.TOKEN)));
                }
                walk(value, depth + 1);
            }
        }
    }

    private void addType(String raw) {
        String type = Texts.clean(raw, Limits.SHORT_TEXT);
        for (String prefix : SCHEMA_ORG_PREFIXES) {
            if (type.regionMatches(true, 0, prefix, 0, prefix.length())) {
                type = type.substring(prefix.length());
                break;
            }
        }
        if (!type.isEmpty() && !type.startsWith("@")) {
            types.add(type);
        }
    }

    private static void eachText(JsonNode value, java.util.function.Consumer<String> action) {
        if (value.isTextual()) {
            action.accept(value.textValue());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    action.accept(item.textValue());
                }
            }
        }
    }

    private static final String[][] WRAPPERS = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}};

    /**
     * The block's text with its BOM and its HTML comment or CDATA wrapper blanked out. Blanked,
     * not cut: line numbers in parse errors then match the lines of the script as written.
     */
    static String unwrap(String raw) {
        StringBuilder s = new StringBuilder(raw);
        if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
            s.setCharAt(0, ' ');
        }
        for (String[] wrapper : WRAPPERS) {
            int start = firstNonSpace(s);
            if (!startsWith(s, wrapper[0], start)) {
                continue;
            }
            blank(s, start, wrapper[0].length());
            int end = lastNonSpace(s) + 1;
            if (end - wrapper[1].length() > start && startsWith(s, wrapper[1], end - wrapper[1].length())) {
                blank(s, end - wrapper[1].length(), wrapper[1].length());
            }
        }
        return s.toString();
    }

    private static boolean startsWith(CharSequence s, String prefix, int at) {
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void blank(StringBuilder s, int from, int length) {
        for (int i = from; i < from + length; i++) {
            s.setCharAt(i, ' ');
        }
    }

    private static int firstNonSpace(CharSequence s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    private void error(String message) {
        errors.add(Texts.clean("JSON-LD block " + blocks + ": " + message, Limits.SHORT_TEXT));
    }

    /** Jackson's message without its source excerpt, plus the line: "Unexpected character … at line 3". */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? message + " at line " + at.getLineNr() : message;
    }
}
