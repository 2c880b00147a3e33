package dev.vitrine.site;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PagesJsonl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over pages.jsonl, never holding more than one page's facts: a compact row per
 * URL for the crawled-pages table, a line of pages.csv, and a detail page (through
 * {@link DetailWriter}) for each crawled URL that some finding names as evidence.
 */
final class PagesPass {

    /** One URL of the table: only what the table shows and sorts on. */
    record Row(String url, String path, int status, String title, int depth, int words, long bytes, long millis,
               int issues, String detailHref, String contentType) {}

    /** Figures of the whole crawl for the overview. */
    record Stats(int fetched, int htmlPages, long averageMillis, long averageBytes) {}

    @FunctionalInterface
    interface DetailWriter {
        void write(PageFacts page, String href);
    }

    static final List<String> CSV_HEADER = List.of("url", "final_url", "status", "content_type", "depth", "title",
            "meta_description", "words", "bytes", "response_ms", "canonical", "lang", "issues", "error");

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> detailHrefs = new HashMap<>();
    private final Map<String, String> urlOfId = new HashMap<>();
    private int fetched;
    private int htmlPages;
    private long htmlMillis;
    private long htmlBytes;

    private PagesPass() {}

    /**
     * Reads {@code pagesFile} once.
     *
     * @param pagesCsv where pages.csv goes (its header is written here)
     */
    static PagesPass run(Path pagesFile, Views views, DetailWriter details, Writer pagesCsv) {
        PagesPass pass = new PagesPass();
        Set<String> cited = views.citedUrls();
        try {
            pagesCsv.write(Csv.BOM);
            Csv.row(pagesCsv, CSV_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pages.csv: " + e.getMessage(), e);
        }
        PagesJsonl.forEach(pagesFile, page -> {
            if (page.url() == null) {
                return;
            }
            String href = null;
            if ((cited.contains(page.url()) || cited.contains(page.finalUrl()))
                    && !pass.detailHrefs.containsKey(page.url())) {
                href = pass.assign(page);
                details.write(page, href);
            }
            try {
                pass.add(page, href, views.issues(page.url()), pagesCsv);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write pages.csv: " + e.getMessage(), e);
            }
        });
        pass.rows.sort(Comparator.comparing(Row::url));
        return pass;
    }

    private String assign(PageFacts page) {
        String id = shortHash(page.url(), 10);
        String taken = urlOfId.get(id);
        if (taken != null && !taken.equals(page.url())) {
            id = shortHash(page.url(), 32);
        }
        urlOfId.put(id, page.url());
        String href = "page-" + id + ".html";
        detailHrefs.put(page.url(), href);
        if (page.finalUrl() != null) {
            detailHrefs.putIfAbsent(page.finalUrl(), href);
        }
        return href;
    }

    /** A stable name for a URL's detail page: the same URL gets the same file on every rendering. */
    static String shortHash(String url, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void add(PageFacts page, String href, int issues, Writer csv) throws IOException {
        fetched++;
        boolean html = page.isHtml() && page.status() >= 200 && page.status() < 300;
        if (html) {
            htmlPages++;
            htmlMillis += page.responseMillis();
            htmlBytes += page.bytes();
        }
        rows.add(new Row(Texts.truncate(page.url(), Texts.LONG), Texts.truncate(path(page.url()), Texts.SHORT),
                page.status(), Texts.truncate(page.title(), Texts.SHORT), page.depth(), page.wordCount(), page.bytes(),
                page.responseMillis(), issues, href, Texts.truncate(mediaType(page.contentType()), 60)));
        Csv.row(csv, Arrays.asList(page.url(), page.finalUrl(), page.status(), page.contentType(),
                page.depth(), page.title(), page.metaDescription(), page.wordCount(), page.bytes(),
                page.responseMillis(), page.canonical(), page.lang(), issues, page.error()));
    }

    /** "https://acme.fr/a/b?x" → "/a/b?x". */
    static String path(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }

    /** "text/html; charset=utf-8" → "text/html". */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    List<Row> rows() {
        return rows;
    }

    /** The detail page of a crawled URL named in evidence, or null. */
    String detailHref(String url) {
        return url == null ? null : detailHrefs.get(url);
    }

    Stats stats() {
        return new Stats(fetched, htmlPages, htmlPages == 0 ? 0 : htmlMillis / htmlPages,
                htmlPages == 0 ? 0 : htmlBytes / htmlPages);
    }
}
