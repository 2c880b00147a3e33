package dev.vitrine.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.AuditResult.TechnologyUse;
import dev.vitrine.model.Json;
import dev.vitrine.site.ReportModel.TechnologyGroup;
import dev.vitrine.site.ReportModel.TechnologyRow;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tools detected on the site, grouped by category in the order of the {@code categories}
 * list of technologies.yaml (the fingerprint data); unknown categories come last.
 */
final class TechnologyViews {

    private static final List<String> ORDER = categoryOrder();

    private final Views views;

    TechnologyViews(Views views) {
        this.views = views;
    }

    List<TechnologyGroup> groups() {
        Map<String, List<TechnologyUse>> byCategory = new LinkedHashMap<>();
        for (TechnologyUse t : views.result().technologies()) {
            byCategory.computeIfAbsent(t.category() == null ? "other" : t.category(), k -> new ArrayList<>()).add(t);
        }
        List<String> categories = new ArrayList<>();
        ORDER.stream().filter(byCategory::containsKey).forEach(categories::add);
        new TreeSet<>(byCategory.keySet()).stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        List<TechnologyGroup> groups = new ArrayList<>();
        for (String c : categories) {
            List<TechnologyRow> rows = byCategory.get(c).stream()
                    .sorted(Comparator.comparingInt(TechnologyUse::pages).reversed()
                            .thenComparing(t -> Texts.orEmpty(t.name())))
                    .map(t -> new TechnologyRow(Texts.truncate(Texts.orEmpty(t.name()), Texts.SHORT), t.pages(),
                            Texts.truncate(t.evidence(), Texts.LONG), Texts.truncate(t.firstPage(), Texts.SHORT)))
                    .toList();
            groups.add(new TechnologyGroup(c, views.labels().category(c), rows));
        }
        return groups;
    }

    private static List<String> categoryOrder() {
        try (InputStream in = TechnologyViews.class.getResourceAsStream("/technologies.yaml")) {
            if (in == null) {
                return List.of();
            }
            JsonNode categories = Json.YAML.readTree(in).path("categories");
            List<String> order = new ArrayList<>();
            categories.forEach(c -> order.add(c.asText()));
            return List.copyOf(order);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the order is a nicety: alphabetical will do
        }
    }
}
