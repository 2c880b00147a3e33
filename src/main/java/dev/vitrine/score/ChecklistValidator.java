package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds a checklist to its rules: the nine elements, unique ids, known stages, efforts,
 * objectives and checks, weights 1..5, titles in both languages, parameters each check
 * accepts. The first problem found is one sentence naming the file and the criterion.
 */
final class ChecklistValidator {

    private ChecklistValidator() {}

    static void validate(Checklist checklist, String source) {
        validateElements(checklist, source);
        Set<String> ids = new HashSet<>();
        for (Checklist.Criterion c : checklist.criteria()) {
            String where = "criterion \"" + c.id() + "\"";
            if (c.id() == null || !c.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw ChecklistReader.bad(source, "criterion id \"" + c.id() + "\" must be kebab-case (a-z, 0-9, -)");
            }
            if (!ids.add(c.id())) {
                throw ChecklistReader.bad(source, where + " appears twice");
            }
            requireOneOf(source, where, "element", c.element(), Checklist.ELEMENTS);
            requireOneOf(source, where, "stage", c.stage(), Checklist.STAGES);
            requireOneOf(source, where, "effort", c.effort(), Checklist.EFFORTS);
            if (c.weight() == null || c.weight() < 1 || c.weight() > 5) {
                throw ChecklistReader.bad(source, where + ": weight must be a whole number from 1 to 5");
            }
            if (c.objectives().isEmpty()) {
                throw ChecklistReader.bad(source, where + ": objectives must list at least one of " + Checklist.OBJECTIVES);
            }
            for (String o : c.objectives()) {
                requireOneOf(source, where, "objectives", o, Checklist.OBJECTIVES);
            }
            if (c.title() == null) {
                throw ChecklistReader.bad(source, where + ": title (pass and fail, fr and en) is missing");
            }
            requireBothLanguages(source, where, "title.pass", c.title().pass());
            requireBothLanguages(source, where, "title.fail", c.title().fail());
            Check check = Checks.byId(c.check());
            if (check == null) {
                throw ChecklistReader.bad(source, where + ": unknown check \"" + c.check() + "\" (known checks: "
                        + String.join(", ", Checks.ids()) + ")");
            }
            try {
                Params params = new Params(c.params());
                check.start(params);
                params.requireAllRead();
            } catch (IllegalArgumentException e) {
                throw ChecklistReader.bad(source, where + " (check " + c.check() + "): " + e.getMessage());
            }
        }
    }

    private static void validateElements(Checklist checklist, String source) {
        Set<String> seen = new HashSet<>();
        for (Checklist.ElementDef e : checklist.elements()) {
            requireOneOf(source, "element \"" + e.id() + "\"", "id", e.id(), Checklist.ELEMENTS);
            if (!seen.add(e.id())) {
                throw ChecklistReader.bad(source, "element \"" + e.id() + "\" appears twice");
            }
            if (e.weight() == null || e.weight() < 1 || e.weight() > 5) {
                throw ChecklistReader.bad(source, "element \"" + e.id() + "\": weight must be a whole number from 1 to 5");
            }
            requireBothLanguages(source, "element \"" + e.id() + "\"", "title", e.title());
        }
        if (!seen.containsAll(Checklist.ELEMENTS)) {
            Set<String> missing = new HashSet<>(Checklist.ELEMENTS);
            missing.removeAll(seen);
            throw ChecklistReader.bad(source, "elements must list all nine elements; missing: " + String.join(", ", missing));
        }
    }

    private static void requireOneOf(String source, String where, String key, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw ChecklistReader.bad(source, where + ": " + key + " must be one of " + String.join(", ", allowed)
                    + (value == null ? " (missing)" : ", got \"" + value + "\""));
        }
    }

    private static void requireBothLanguages(String source, String where, String key, LocalizedText text) {
        if (text == null || isBlank(text.fr()) || isBlank(text.en())) {
            throw ChecklistReader.bad(source, where + ": " + key + " needs both fr and en");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
