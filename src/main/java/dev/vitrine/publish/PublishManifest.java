package dev.vitrine.publish;

import dev.vitrine.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code .vitrine-publish.json} at the root of a portfolio: the fingerprint of each run's
 * report as it was published, so the next publish links the unchanged ones instead of
 * copying them again. Its presence also tells {@code vitrine publish} that the folder is a
 * portfolio it may replace.
 *
 * @param runs fingerprint by {@code <slug>/<run-id>}
 */
record PublishManifest(String tool, String version, Map<String, String> runs) {

    static final PublishManifest NONE = new PublishManifest("Vitrine", "", Map.of());

    PublishManifest {
        runs = runs == null ? Map.of() : Map.copyOf(runs);
    }

    static String key(String slug, String runId) {
        return slug + "/" + runId;
    }

    /** The manifest of the portfolio in {@code root}; {@link #NONE} when absent or unreadable (everything is copied then). */
    static PublishManifest read(Path root) {
        Path file = root.resolve(PortfolioLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            PublishManifest manifest = Json.MAPPER.readValue(file.toFile(), PublishManifest.class);
            return manifest == null ? NONE : manifest;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    void write(Path root) throws IOException {
        Json.pretty().writeValue(root.resolve(PortfolioLayout.MANIFEST).toFile(),
                new PublishManifest(tool, version, new TreeMap<>(runs)));
    }
}
