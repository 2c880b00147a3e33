package dev.vitrine.site;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break quoted,
 * quotes doubled), for files opened in spreadsheets: a text cell starting with
 * {@code = + - @} (or a tab or carriage return) gets a leading {@code '} so a crawled title
 * like {@code =HYPERLINK(...)} stays text instead of becoming a formula. Numbers are written
 * as they are.
 */
final class Csv {

    /** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
    static final String BOM = "\uFEFF";

    private Csv() {}

    static void row(Writer out, List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    /** One cell, neutralised and quoted as needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(neutralise(value.toString()));
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quote(String text) {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
