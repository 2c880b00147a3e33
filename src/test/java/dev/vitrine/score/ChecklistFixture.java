package dev.vitrine.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small checklists written into a temporary audit folder, with their recommendation files. */
final class ChecklistFixture {

    static final String ELEMENTS = """
            elements:
              - {id: presence, weight: 3, title: {fr: Présence, en: Presence}}
              - {id: marketing, weight: 1, title: {fr: Marketing, en: Marketing}}
              - {id: sales, weight: 1, title: {fr: Vente, en: Sales}}
              - {id: customer, weight: 1, title: {fr: Clients, en: Customers}}
              - {id: security, weight: 1, title: {fr: Sécurité, en: Security}}
              - {id: suppliers, weight: 1, title: {fr: Fournisseurs, en: Suppliers}}
              - {id: mobile, weight: 1, title: {fr: Mobile, en: Mobile}}
              - {id: efficiency, weight: 1, title: {fr: Efficacité, en: Efficiency}}
              - {id: cloud, weight: 1, title: {fr: Cloud, en: Cloud}}
            """;

    private ChecklistFixture() {}

    /** A criterion in YAML, with the given check and params (flow-style map, e.g. "{field: title}"). */
    static String criterion(String id, String element, int weight, String effort, String objectives, String check,
                            String params) {
        return """
                  - id: %s
                    element: %s
                    stage: reach
                    weight: %d
                    effort: %s
                    objectives: %s
                    check: %s
                    params: %s
                    title:
                      pass: {fr: "%s ok", en: "%s ok"}
                      fail: {fr: "%s à faire", en: "%s to do"}
                """.formatted(id, element, weight, effort, objectives, check, params, id, id, id, id);
    }

    /** Writes checklist.yaml (elements + criteria) and recommendation files for {@code ids} in {@code dir}. */
    static Path write(Path dir, String fileName, String criteriaYaml, List<String> ids) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, ELEMENTS + "criteria:\n" + criteriaYaml);
        recommendations(dir, ids);
        return file;
    }

    static void recommendations(Path auditDir, List<String> ids) throws IOException {
        for (String lang : List.of("fr", "en")) {
            Path folder = Files.createDirectories(auditDir.resolve("recommendations").resolve(lang));
            for (String id : ids) {
                Files.writeString(folder.resolve(id + ".md"), "### " + id + " (" + lang + ")\n");
            }
        }
    }
}
