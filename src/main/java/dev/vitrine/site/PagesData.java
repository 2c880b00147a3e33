package dev.vitrine.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.vitrine.model.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code data/pages.js}: every row of the crawled-pages table as compact arrays, for the
 * filter and sort script. Loaded with {@code <script src>}, it sets
 * {@code window.VITRINE_PAGES_COLUMNS} (the column names, {@link #COLUMNS}) and
 * {@code window.VITRINE_PAGES} (one array per URL, in that order). Strings are JSON encoded;
 * {@code </} and {@code <!--} are escaped too, so no crawled text can end a script.
 */
final class PagesData {

    static final String FILE = "data/pages.js";
    static final List<String> COLUMNS = List.of("url", "path", "status", "title", "depth", "words", "bytes",
            "millis", "issues", "detailHref", "contentType", "size", "time", "depthText");

    private PagesData() {}

    static void write(List<PagesPass.Row> rows, PageViews views, Path site) throws IOException {
        Path file = site.resolve(FILE);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("window.VITRINE_PAGES_COLUMNS = " + json(COLUMNS) + ";\n");
            out.write("window.VITRINE_PAGES = [\n");
            for (int i = 0; i < rows.size(); i++) {
                PagesPass.Row r = rows.get(i);
                var row = views.row(r);
                out.write(json(Arrays.asList(r.url(), r.path(), r.status(), Texts.orEmpty(r.title()), r.depth(),
                        r.words(), r.bytes(), r.millis(), r.issues(), r.detailHref(), r.contentType(), row.size(),
                        row.time(), row.depthText())));
                out.write(i < rows.size() - 1 ? ",\n" : "\n");
            }
            out.write("];\n");
        }
    }

    /** JSON that is also safe inside an HTML script element. */
    static String json(Object value) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(value)
                .replace("</", "<\\/")
                .replace("<!--", "\\u003c!--")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
