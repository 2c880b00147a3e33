package dev.vitrine.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Puts one run's report into the portfolio being built. A report whose files (paths, sizes,
 * modification times) and publishing options are those of the previous publish is taken
 * from the previous portfolio by hard link: no byte is copied. Otherwise, or where a hard
 * link cannot be made (another file system), the files are copied, and the report pages
 * changed as {@link PublishedHtml} says.
 *
 * <p>Only regular files are published: a symbolic link inside a report is never followed,
 * so nothing outside the report can end up on a public host.
 */
final class RunCopier {

    /** Pages larger than this are copied as they are (they are not Vitrine's). */
    private static final long MAX_REWRITTEN_HTML = 32L * 1024 * 1024;
    /** Changes when the way files are transformed changes, so older copies are not reused. */
    private static final String FORMAT = "publish-1";

    private final Path previousRoot;
    private final PublishManifest previous;
    private final boolean indexable;
    private final BaseUrl baseUrl;
    private int copied;
    private int linked;

    /**
     * @param previousRoot the portfolio being replaced, or null
     * @param previous     its manifest ({@link PublishManifest#NONE} when none)
     */
    RunCopier(Path previousRoot, PublishManifest previous, boolean indexable, BaseUrl baseUrl) {
        this.previousRoot = previousRoot;
        this.previous = previous;
        this.indexable = indexable;
        this.baseUrl = baseUrl;
    }

    int copied() {
        return copied;
    }

    int linked() {
        return linked;
    }

    /**
     * Publishes the report of {@code run} under {@code root}; adds its pages (relative to
     * {@code root}) to {@code pages} and returns its fingerprint for the next manifest.
     */
    String publish(String slug, Portfolio.Run run, Path root, List<String> pages) throws IOException {
        String target = PortfolioLayout.runSite(slug, run.runId());
        List<SourceFile> files = files(run.site());
        String fingerprint = fingerprint(files);
        Path into = root.resolve(target);
        Path before = previousRoot == null ? null : previousRoot.resolve(target);
        boolean unchanged = before != null && fingerprint.equals(previous.runs().get(PublishManifest.key(slug, run.runId())))
                && Files.isDirectory(before, LinkOption.NOFOLLOW_LINKS);
        for (SourceFile file : files) {
            Path to = into.resolve(file.path());
            Files.createDirectories(to.getParent());
            String page = target + "/" + file.path();
            if (file.isHtml()) {
                pages.add(page);
            }
            Path old = unchanged ? before.resolve(file.path()) : null;
            if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                reuse(old, to);
            } else {
                copy(run.site().resolve(file.path()), to, file.isHtml() ? page : null);
            }
        }
        return fingerprint;
    }

    private void reuse(Path old, Path to) throws IOException {
        try {
            Files.createLink(to, old);
            linked++;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(old, to); // the previous copy already has the changes of this publish's options
            copied++;
        }
    }

    /** Copies one file; a report page ({@code page} not null) with the changes the options ask for. */
    private void copy(Path from, Path to, String page) throws IOException {
        if (page != null && PublishedHtml.changes(indexable, baseUrl != null) && Files.size(from) <= MAX_REWRITTEN_HTML) {
            String html = Files.readString(from, StandardCharsets.UTF_8);
            Files.writeString(to, PublishedHtml.rewrite(html, indexable, baseUrl == null ? null : baseUrl.of(page)),
                    StandardCharsets.UTF_8);
        } else {
            Files.copy(from, to);
        }
        copied++;
    }

    /** A regular file of a report: its path inside the report ("/" separated), size and modification time. */
    record SourceFile(String path, long size, long modified) {
        boolean isHtml() {
            return path.toLowerCase(Locale.ROOT).endsWith(".html");
        }
    }

    static List<SourceFile> files(Path site) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    String relative = site.relativize(p).toString().replace('\\', '/');
                    files.add(new SourceFile(relative, a.size(), a.lastModifiedTime().toMillis()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort((x, y) -> x.path().compareTo(y.path()));
        return files;
    }

    /** What decides whether a previous copy can be reused: the files as listed, and the options that change bytes. */
    String fingerprint(List<SourceFile> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
        StringBuilder header = new StringBuilder(FORMAT).append('\n')
                .append("indexable=").append(indexable).append('\n')
                .append("base-url=").append(baseUrl == null ? "" : baseUrl.value()).append('\n');
        sha.update(header.toString().getBytes(StandardCharsets.UTF_8));
        for (SourceFile f : files) {
            sha.update((f.path() + '\t' + f.size() + '\t' + f.modified() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
