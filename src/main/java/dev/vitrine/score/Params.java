package dev.vitrine.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A criterion's parameters with typed reads. A missing required key, a value of the wrong
 * type, or a key no check reads is an {@link IllegalArgumentException} whose message names
 * the key: the checklist reader turns it into one sentence naming the file and criterion.
 */
final class Params {

    private final Map<String, Object> values;
    private final Set<String> read = new LinkedHashSet<>();

    Params(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    String string(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw new IllegalArgumentException("parameter \"" + key + "\" is required");
        }
        return value;
    }

    String optionalString(String key) {
        Object v = get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw wrongType(key, "a text", v);
        }
        return s;
    }

    /** A text that must be one of {@code allowed}. */
    String choice(String key, List<String> allowed, String fallback) {
        String value = optionalString(key);
        if (value == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("parameter \"" + key + "\" is required (one of " + allowed + ")");
            }
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("parameter \"" + key + "\" must be one of " + allowed + ", got \"" + value + "\"");
        }
        return value;
    }

    int integer(String key, Integer fallback) {
        Object v = get(key);
        if (v == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("parameter \"" + key + "\" is required");
            }
            return fallback;
        }
        if (!(v instanceof Integer || v instanceof Long)) {
            throw wrongType(key, "a whole number", v);
        }
        return ((Number) v).intValue();
    }

    double share(String key, double fallback) {
        Object v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw wrongType(key, "a number between 0 and 1", v);
        }
        return n.doubleValue();
    }

    boolean flag(String key, boolean fallback) {
        Object v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw wrongType(key, "true or false", v);
        }
        return b;
    }

    List<String> strings(String key) {
        Object v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw wrongType(key, "a list", v);
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw wrongType(key, "a list of texts", v);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** A map of texts, e.g. {@code {header: value}}. */
    Map<String, String> textMap(String key) {
        Object v = get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw wrongType(key, "a map", v);
        }
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((k, val) -> out.put(String.valueOf(k), val == null ? "" : String.valueOf(val)));
        return out;
    }

    /** Throws when the criterion sets keys its check never reads (a typo would be silently ignored). */
    void requireAllRead() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter \"" + unknown.iterator().next() + "\""
                    + (read.isEmpty() ? " (this check takes none)" : " (known: " + String.join(", ", read) + ")"));
        }
    }

    private Object get(String key) {
        read.add(key);
        return values.get(key);
    }

    private static IllegalArgumentException wrongType(String key, String expected, Object got) {
        return new IllegalArgumentException("parameter \"" + key + "\" must be " + expected + ", got " + got);
    }
}
