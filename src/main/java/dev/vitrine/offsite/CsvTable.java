package dev.vitrine.offsite;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV export as SEO tools write it: UTF-8 with or without BOM, or UTF-16 (Ahrefs, and
 * Excel's "Unicode text") with its BOM; comma, semicolon (French Excel) or tab between
 * fields, detected on the header line; fields quoted with double quotes, quotes doubled
 * inside. Bounded: fields cut to {@value #MAX_FIELD} characters, at most {@value #MAX_FIELDS}
 * fields a row; the caller decides how many rows it reads.
 */
final class CsvTable {

    static final int MAX_FIELD = 2_000;
    static final int MAX_FIELDS = 200;

    private final List<String> header;
    private final Reader reader;

    private CsvTable(List<String> header, Reader reader) {
        this.header = header;
        this.reader = reader;
    }

    /** The first line's fields; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The next data row, blank rows skipped; null at the end. Rows are read one at a time, never all kept. */
    List<String> next() {
        List<String> row;
        while ((row = reader.next()) != null) {
            if (!row.stream().allMatch(String::isBlank)) {
                return row;
            }
        }
        return null;
    }

    static CsvTable open(byte[] bytes) {
        String text = decode(bytes);
        Reader reader = new Reader(text, delimiter(text));
        List<String> header = reader.next();
        return new CsvTable(header == null ? List.of() : header, reader);
    }

    /** Text of the file: BOM first, then UTF-16 without BOM guessed from zero bytes, else UTF-8 (or Windows-1252). */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return new String(b, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252")); // an export re-saved by an old Excel
        }
    }

    /** The most frequent of tab, semicolon and comma outside quotes on the first line; comma by default. */
    static char delimiter(String text) {
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** RFC 4180 records, with bare CR or LF line ends accepted too. */
    private static final class Reader {
        private final String text;
        private final char delimiter;
        private int at;

        Reader(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        List<String> next() {
            if (at >= text.length()) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (quoted) {
                    if (c == '"') {
                        if (at < text.length() && text.charAt(at) == '"') {
                            append(field, '"');
                            at++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        append(field, c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == delimiter) {
                    add(fields, field);
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                        at++;
                    }
                    break;
                } else {
                    append(field, c);
                }
            }
            add(fields, field);
            return fields;
        }

        private static void append(StringBuilder field, char c) {
            if (field.length() < MAX_FIELD) {
                field.append(c);
            }
        }

        private static void add(List<String> fields, StringBuilder field) {
            if (fields.size() < MAX_FIELDS) {
                fields.add(Bounded.text(field.toString().strip(), MAX_FIELD));
            }
        }
    }
}
