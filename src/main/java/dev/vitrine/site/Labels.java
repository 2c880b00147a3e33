package dev.vitrine.site;

import java.util.List;
import java.util.Locale;

/**
 * The names of ids (verdicts, belts, RACE stages, efforts, objectives, platforms, technology
 * categories, navigation) in the report's language, all from the message bundle. Names of
 * open-ended ids (a new platform or category) fall back to the id itself.
 */
final class Labels {

    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String verdict(String id) {
        return messages.get("verdict." + id);
    }

    /** "Ceinture orange"; for no belt (nothing scored), {@code belt.none}. */
    String belt(String id) {
        return messages.get(id == null ? "belt.none" : "belt." + id);
    }

    String stage(String id) {
        return messages.get("stage." + id);
    }

    String stageDescription(String id) {
        return messages.get("stage." + id + ".description");
    }

    String effort(String id) {
        return messages.get("effort." + id);
    }

    String objective(String id) {
        return messages.get("objective." + id);
    }

    List<String> objectives(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(this::objective).toList();
    }

    String nav(String id) {
        return messages.get("nav." + id);
    }

    /** The short name of an element on the radar ({@code radar.<id>}), else its title. */
    String radar(String elementId, String title) {
        String label = messages.getOrNull("radar." + elementId);
        return label != null ? label : title;
    }

    String platform(String id) {
        String label = messages.getOrNull("platform." + id);
        if (label != null) {
            return label;
        }
        return id == null || id.isEmpty() ? "" : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** Where a social profile was found: link, rel-me, json-ld, twitter:site. */
    String socialSource(String id) {
        String label = messages.getOrNull("social.source." + Texts.slug(id));
        return label != null ? label : Texts.orEmpty(id);
    }

    String category(String id) {
        String label = messages.getOrNull("technologies.category." + id);
        return label != null ? label : Texts.orEmpty(id);
    }

    /** "a, b et c" / "a, b and c". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + messages.get("list.and") + " "
                + items.get(items.size() - 1);
    }
}
