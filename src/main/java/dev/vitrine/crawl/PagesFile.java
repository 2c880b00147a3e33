package dev.vitrine.crawl;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code pages.jsonl}, appended one line per fetched URL as pages arrive, so memory does
 * not grow with the site. Threads serialise in parallel and only the write is locked.
 */
final class PagesFile implements Closeable {

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(PageFacts.class);
    private static final byte NEWLINE = '\n';

    private final OutputStream out;
    private int lines;

    PagesFile(Path file) {
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void write(PageFacts facts) {
        byte[] line;
        try {
            line = WRITER.writeValueAsBytes(facts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the facts of " + facts.url(), e);
        }
        synchronized (this) {
            try {
                out.write(line);
                out.write(NEWLINE);
                lines++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to pages.jsonl: " + e.getMessage(), e);
            }
        }
    }

    synchronized int lines() {
        return lines;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
