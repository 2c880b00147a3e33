package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * The checklist: the nine elements with their weights, and the criteria. Read from
 * {@code checklist/default.yaml}, possibly changed by an audit's own checklist.yaml
 * ({@link ChecklistReader}). What to look for and how much it counts is data; how to look
 * is the checks' code.
 */
public record Checklist(List<ElementDef> elements, List<Criterion> criteria) {

    public static final List<String> ELEMENTS = List.of("presence", "marketing", "sales", "customer", "security",
            "suppliers", "mobile", "efficiency", "cloud");
    public static final List<String> STAGES = List.of("reach", "act", "convert", "engage");
    public static final List<String> EFFORTS = List.of("low", "medium", "high");
    public static final List<String> OBJECTIVES = List.of("visibility", "leads", "sales", "loyalty");

    public Checklist {
        elements = List.copyOf(elements);
        criteria = List.copyOf(criteria);
    }

    /** An element (chapter) and its weight in the overall score. */
    public record ElementDef(String id, Integer weight, LocalizedText title) {}

    /** One line of the checklist: which check, with which parameters, and how much it counts. */
    public record Criterion(String id, String element, String stage, Integer weight, String effort,
                            List<String> objectives, String check, Map<String, Object> params, Titles title) {
        public Criterion {
            params = params == null ? Map.of() : params;
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    /** The title shown when the criterion passes, and when it does not. */
    public record Titles(LocalizedText pass, LocalizedText fail) {}

    public ElementDef element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
