package dev.vitrine.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.vitrine.extract.Fingerprint.HeaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * The technology fingerprints of {@code technologies.yaml}: read once, checked whole, then
 * immutable. What to look for is data (that file); how to look is {@link TechnologyDetector}.
 *
 * <p>A bad file stops the program before the crawl starts, with an {@link IllegalStateException}
 * naming the file, the technology and the field at fault: a duplicate id, an unknown category
 * or key, a regular expression that does not compile, an unsupported marker.
 */
final class Technologies {
    static final String RESOURCE = "/technologies.yaml";

    private static final Set<String> KEYS = Set.of(
            "id", "name", "category", "scripts", "inline", "links", "markers", "headers", "cookies", "generator");
    private static final String ID_SHAPE = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<String> categories;
    private final List<Fingerprint> fingerprints;

    private Technologies(List<String> categories, List<Fingerprint> fingerprints) {
        this.categories = List.copyOf(categories);
        this.fingerprints = List.copyOf(fingerprints);
    }

    /** The fingerprints bundled in the jar. */
    static Technologies builtIn() {
        try (InputStream in = Technologies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("technologies.yaml is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "technologies.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("technologies.yaml could not be read: " + e.getMessage(), e);
        }
    }

    /** @param source the file name used in messages */
    static Technologies parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(source + ": not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(source + ": expected the keys 'categories' and 'technologies'");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!key.equals("categories") && !key.equals("technologies")) {
                throw new IllegalStateException(source + ": unknown key '" + key
                        + "' (expected 'categories' and 'technologies')");
            }
        }
        List<String> categories = strings(root.get("categories"), source + ": categories");
        if (categories.isEmpty() || new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalStateException(source + ": categories must be a non-empty list without duplicates");
        }
        JsonNode list = root.get("technologies");
        if (list == null || !list.isArray()) {
            throw new IllegalStateException(source + ": technologies must be a list");
        }
        List<Fingerprint> fingerprints = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : list) {
            Fingerprint fingerprint = fingerprint(entry, source, index, Set.copyOf(categories));
            if (!ids.add(fingerprint.id())) {
                throw new IllegalStateException(source + ": technology '" + fingerprint.id() + "' is defined twice");
            }
            fingerprints.add(fingerprint);
            index++;
        }
        return new Technologies(categories, fingerprints);
    }

    List<String> categories() {
        return categories;
    }

    List<Fingerprint> fingerprints() {
        return fingerprints;
    }

    private static Fingerprint fingerprint(JsonNode entry, String source, int index, Set<String> categories) {
        String where = source + ": technologies[" + index + "]";
        if (!entry.isObject()) {
            throw new IllegalStateException(where + ": expected a technology (id, name, category, rules)");
        }
        String id = text(entry, "id", where);
        if (!id.matches(ID_SHAPE)) {
            throw new IllegalStateException(where + ": id '" + id + "' must be lower-case words joined by '-'");
        }
        String at = source + ": technology '" + id + "'";
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                throw new IllegalStateException(at + ": unknown key '" + key + "' (known: " + String.join(", ",
                        new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        String name = text(entry, "name", at);
        String category = text(entry, "category", at);
        if (!categories.contains(category)) {
            throw new IllegalStateException(at + ": category '" + category + "' is not one of the categories");
        }
        Fingerprint fingerprint = new Fingerprint(id, name, category,
                rules(entry, "scripts", at, true),
                rules(entry, "inline", at, false),
                rules(entry, "links", at, true),
                compiled(entry, "markers", at, Marker::parse),
                headers(entry, at),
                rules(entry, "cookies", at, true),
                rules(entry, "generator", at, true));
        if (fingerprint.scripts().isEmpty() && fingerprint.inline().isEmpty() && fingerprint.links().isEmpty()
                && fingerprint.markers().isEmpty() && fingerprint.headers().isEmpty()
                && fingerprint.cookies().isEmpty() && fingerprint.generator().isEmpty()) {
            throw new IllegalStateException(at + ": has no rule, so it can never be detected");
        }
        return fingerprint;
    }

    private static List<Rule> rules(JsonNode entry, String field, String at, boolean caseInsensitive) {
        return compiled(entry, field, at, regex -> Rule.compile(regex, caseInsensitive));
    }

    private static <T> List<T> compiled(JsonNode entry, String field, String at, Function<String, T> compile) {
        List<String> values = strings(entry.get(field), at + ": " + field);
        List<T> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(compileOne(values.get(i), at + ": " + field + "[" + i + "]", compile));
        }
        return List.copyOf(out);
    }

    private static <T> T compileOne(String value, String where, Function<String, T> compile) {
        if (value.isEmpty()) {
            throw new IllegalStateException(where + ": empty value");
        }
        try {
            return compile.apply(value);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": invalid regex '" + value + "': " + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<HeaderRule> headers(JsonNode entry, String at) {
        JsonNode node = entry.get("headers");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new IllegalStateException(at + ": headers must map a header name to a regex ('' = present)");
        }
        List<HeaderRule> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : node.properties()) {
            String name = header.getKey().strip().toLowerCase(Locale.ROOT);
            String where = at + ": headers." + header.getKey();
            if (!header.getValue().isTextual()) {
                throw new IllegalStateException(where + ": expected a regex in quotes ('' = present)");
            }
            String regex = header.getValue().textValue();
            out.add(new HeaderRule(name, regex.isEmpty() ? null : compileOne(regex, where, r -> Rule.compile(r, true))));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode entry, String field, String at) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalStateException(at + ": '" + field + "' is missing or not text");
        }
        return value.textValue().strip();
    }

    /** A list of strings; a missing or null field is an empty list. */
    private static List<String> strings(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalStateException(where + ": expected a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalStateException(where + ": expected text in quotes, found " + item);
            }
            out.add(item.textValue());
        }
        return List.copyOf(out);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
