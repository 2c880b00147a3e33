package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The "why, how, which KPI" text of each criterion, in Markdown: an audit's own
 * {@code recommendations/<lang>/<id>.md} first, then the built-in one.
 */
final class Recommendations {

    static final String BUILT_IN = "checklist/recommendations/";

    private final Path auditDir;

    /** @param auditDir the audit's folder (null for an ad-hoc audit) */
    Recommendations(Path auditDir) {
        this.auditDir = auditDir;
    }

    /** Both languages of a criterion's text; every criterion must have both. */
    LocalizedText of(String criterion, String source) {
        return LocalizedText.of(read("fr", criterion, source), read("en", criterion, source));
    }

    private String read(String language, String criterion, String source) {
        String relative = language + "/" + criterion + ".md";
        if (auditDir != null) {
            Path own = auditDir.resolve("recommendations").resolve(relative);
            if (Files.isRegularFile(own)) {
                try {
                    return Files.readString(own, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw VitrineException.configuration("cannot read " + own + ": " + e.getMessage());
                }
            }
        }
        try (InputStream in = Recommendations.class.getClassLoader().getResourceAsStream(BUILT_IN + relative)) {
            if (in == null) {
                String where = auditDir == null ? BUILT_IN + relative
                        : auditDir.resolve("recommendations").resolve(relative).toString();
                throw VitrineException.configuration(source + ": criterion \"" + criterion
                        + "\" has no recommendation text (expected " + where + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VitrineException(VitrineException.Kind.INTERNAL, "cannot read " + BUILT_IN + relative, e);
        }
    }
}
