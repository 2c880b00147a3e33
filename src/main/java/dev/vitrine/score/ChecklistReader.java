package dev.vitrine.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitrine.model.Json;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the checklist: the built-in {@code checklist/default.yaml}, a whole replacement
 * ({@code --checklist FILE}), and an audit's {@code checklist.yaml} of changes. Every
 * problem is one sentence naming the file and the criterion ({@link ChecklistValidator}).
 *
 * <p>An audit's changes file may hold {@code elements} (id and weight, to re-weight an
 * element), {@code criteria} (an entry with a known id replaces the keys it gives; a new id
 * adds a criterion) and {@code disable} (ids to leave out).
 */
public final class ChecklistReader {

    public static final String DEFAULT = "checklist/default.yaml";
    public static final String AUDIT_FILE = "checklist.yaml";
    private static final ObjectMapper YAML = Json.YAML;
    private static final Set<String> CHANGE_KEYS = Set.of("elements", "criteria", "disable");

    private ChecklistReader() {}

    /** The built-in checklist, validated. */
    public static Checklist builtIn() {
        try (InputStream in = ChecklistReader.class.getClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new VitrineException(VitrineException.Kind.INTERNAL, DEFAULT + " is missing from the jar");
            }
            return parse(YAML.readTree(in), DEFAULT);
        } catch (IOException e) {
            throw new VitrineException(VitrineException.Kind.INTERNAL, "cannot read " + DEFAULT + ": " + e.getMessage(), e);
        }
    }

    /** A complete checklist from a file (same format as the built-in one). */
    public static Checklist file(Path file) {
        return parse(readTree(file), file.toString());
    }

    /**
     * {@code base} with an audit's changes applied, when {@code changes} exists; else
     * {@code base} itself.
     */
    public static Checklist withChanges(Checklist base, Path changes) {
        if (changes == null || !Files.exists(changes)) {
            return base;
        }
        String source = changes.toString();
        JsonNode tree = readTree(changes);
        if (!tree.isObject()) {
            throw bad(source, "must hold the keys elements, criteria and/or disable");
        }
        tree.fieldNames().forEachRemaining(k -> {
            if (!CHANGE_KEYS.contains(k)) {
                throw bad(source, "unknown key \"" + k + "\" (known keys: elements, criteria, disable)");
            }
        });
        ObjectNode merged = YAML.valueToTree(base);
        applyElementWeights(merged, tree.path("elements"), source);
        applyCriteria(merged, tree.path("criteria"), source);
        applyDisable(merged, tree.path("disable"), source);
        return parse(merged, source);
    }

    private static void applyElementWeights(ObjectNode merged, JsonNode elements, String source) {
        if (elements.isMissingNode()) {
            return;
        }
        if (!elements.isArray()) {
            throw bad(source, "\"elements\" must be a list of {id, weight}");
        }
        for (JsonNode change : elements) {
            String id = change.path("id").asText("");
            ObjectNode target = findById((ArrayNode) merged.get("elements"), id);
            if (target == null) {
                throw bad(source, "elements: unknown element \"" + id + "\" (known: " + String.join(", ", Checklist.ELEMENTS) + ")");
            }
            change.fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue()));
        }
    }

    private static void applyCriteria(ObjectNode merged, JsonNode criteria, String source) {
        if (criteria.isMissingNode()) {
            return;
        }
        if (!criteria.isArray()) {
            throw bad(source, "\"criteria\" must be a list");
        }
        ArrayNode list = (ArrayNode) merged.get("criteria");
        for (JsonNode change : criteria) {
            String id = change.path("id").asText("");
            if (id.isEmpty()) {
                throw bad(source, "a criterion has no id");
            }
            ObjectNode target = findById(list, id);
            if (target == null) {
                list.add(change.deepCopy());
            } else {
                change.fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue()));
            }
        }
    }

    private static void applyDisable(ObjectNode merged, JsonNode disable, String source) {
        if (disable.isMissingNode()) {
            return;
        }
        if (!disable.isArray()) {
            throw bad(source, "\"disable\" must be a list of criterion ids");
        }
        ArrayNode list = (ArrayNode) merged.get("criteria");
        for (JsonNode idNode : disable) {
            String id = idNode.asText();
            boolean removed = false;
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).path("id").asText().equals(id)) {
                    list.remove(i);
                    removed = true;
                }
            }
            if (!removed) {
                throw bad(source, "disable: unknown criterion \"" + id + "\"");
            }
        }
    }

    private static ObjectNode findById(ArrayNode list, String id) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id) && n instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }

    private static Checklist parse(JsonNode tree, String source) {
        if (tree == null || !tree.isObject() || !tree.has("criteria") || !tree.has("elements")) {
            throw bad(source, "must hold \"elements\" and \"criteria\"");
        }
        Set<String> knownTop = Set.of("elements", "criteria");
        tree.fieldNames().forEachRemaining(k -> {
            if (!knownTop.contains(k)) {
                throw bad(source, "unknown key \"" + k + "\" (known keys: elements, criteria)");
            }
        });
        List<Checklist.ElementDef> elements = new ArrayList<>();
        for (JsonNode e : tree.get("elements")) {
            elements.add(bind(e, Checklist.ElementDef.class, source, "element " + e.path("id").asText("?")));
        }
        List<Checklist.Criterion> criteria = new ArrayList<>();
        for (JsonNode c : tree.get("criteria")) {
            criteria.add(bind(c, Checklist.Criterion.class, source, "criterion " + c.path("id").asText("?")));
        }
        Checklist checklist = new Checklist(elements, criteria);
        ChecklistValidator.validate(checklist, source);
        return checklist;
    }

    private static <T> T bind(JsonNode node, Class<T> type, String source, String what) {
        try {
            return YAML.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf(" (");
            throw bad(source, what + ": " + (cut > 0 ? message.substring(0, cut) : message));
        }
    }

    private static JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw VitrineException.configuration(file + " not found");
        }
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            if (tree == null || tree.isMissingNode()) {
                throw bad(file.toString(), "is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw bad(file.toString(), "is not valid YAML (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
    }

    static VitrineException bad(String source, String problem) {
        return VitrineException.configuration(source + ": " + problem);
    }

    /** Ids of a list, for messages. */
    static String ids(Map<String, ?> map) {
        return String.join(", ", new TreeSet<>(map.keySet()));
    }

    static Map<String, Object> copy(Map<String, Object> params) {
        return new LinkedHashMap<>(params);
    }
}
