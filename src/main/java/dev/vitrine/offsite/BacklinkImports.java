package dev.vitrine.offsite;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code backlinks.imports} CSV files of audit.yaml (exports of Search Console,
 * Ahrefs, Majestic, Semrush, or a plain list). A file that cannot be read or is not a
 * known export is recorded with the reason and the others are still read: use
 * {@link #checkReadable} before the crawl to refuse a missing file early.
 */
public final class BacklinkImports {

    static final int MAX_ROWS = 100_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What the files gave. */
    record Result(List<Offsite.ImportFile> files, List<FoundLink> links, List<LinkingDomain> domains,
                  List<Offsite.Directory> directories) {}

    private BacklinkImports() {}

    /**
     * Fails with a configuration error (exit code 3) naming the key and the file when an
     * import of {@code audit} is missing or unreadable. Call it before the crawl, so a typo
     * in audit.yaml does not cost a whole crawl.
     *
     * @param auditDir the folder imports resolve against; null for the current folder
     */
    public static void checkReadable(AuditDefinition audit, Path auditDir) {
        List<String> imports = audit.backlinks().imports();
        for (int i = 0; i < imports.size(); i++) {
            Path file = resolve(auditDir, imports.get(i));
            if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw VitrineException.configuration("backlinks.imports[" + i + "]: cannot read the file "
                        + (file == null ? imports.get(i) : file) + " (missing, or not a readable file)");
            }
        }
    }

    static Result read(List<String> imports, Path auditDir, String companyDomain, Directories directories,
                       PrintWriter log) {
        List<Offsite.ImportFile> files = new ArrayList<>();
        List<FoundLink> links = new ArrayList<>();
        List<LinkingDomain> domains = new ArrayList<>();
        List<Offsite.Directory> found = new ArrayList<>();
        for (String name : imports) {
            Offsite.ImportFile file = readOne(name, resolve(auditDir, name), companyDomain, directories, links,
                    domains, found);
            files.add(file);
            if (log != null) {
                log.println("backlinks: import " + name + ": "
                        + (file.error() != null ? file.error() : file.format() + ", " + file.rows() + " row(s), "
                        + file.links() + " to the company"));
                log.flush();
            }
        }
        return new Result(files, links, domains, found);
    }

    private static Offsite.ImportFile readOne(String name, Path path, String companyDomain, Directories directories,
                                              List<FoundLink> links, List<LinkingDomain> domains,
                                              List<Offsite.Directory> found) {
        if (path == null) {
            return new Offsite.ImportFile(name, null, 0, 0, "not a valid file name: " + name);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_BYTES);
        } catch (IOException | RuntimeException e) {
            return new Offsite.ImportFile(name, null, 0, 0, "cannot read " + path + ": " + BacklinkSources.describe(e));
        }
        CsvTable table = CsvTable.open(bytes);
        bytes = null; // the decoded text is all that is needed from here on
        Map<String, Integer> columns = columns(table.header());
        ImportFormat format = ImportFormat.recognise(columns);
        if (format == null) {
            return new Offsite.ImportFile(name, null, 0, 0, ImportFormat.unrecognised(table.header()));
        }
        String origin = "import:" + name;
        DomainCache domainOf = new DomainCache();
        int rows = 0;
        int matching = 0;
        List<String> row;
        while (rows < MAX_ROWS && (row = table.next()) != null) {
            rows++;
            Row r = new Row(columns, row);
            if (format == ImportFormat.SEARCH_CONSOLE_TOP_SITES) {
                String domain = RegistrableDomains.of(hostOf(r.get("site")));
                int count = count(r.get("linkingpages"));
                if (domain != null && !domain.equals(companyDomain) && count > 0) {
                    domains.add(new LinkingDomain(domain, count, origin));
                    matching++;
                }
                continue;
            }
            FoundLink link = link(format, r, origin);
            String sourceDomain = link == null ? null : domainOf.ofUrl(link.sourceUrl());
            if (sourceDomain == null || sourceDomain.equals(companyDomain)) {
                continue;
            }
            if (link.targetUrl() != null && !companyDomain.equals(domainOf.ofUrl(link.targetUrl()))) {
                continue;
            }
            links.add(link);
            matching++;
            directories.match(link.sourceUrl()).ifPresent(p -> found.add(
                    new Offsite.Directory(p.id(), p.name(), p.kind(), link.sourceUrl(), "import", name)));
        }
        return new Offsite.ImportFile(name, format.id, rows, matching, null);
    }

    private static FoundLink link(ImportFormat format, Row r, String origin) {
        return switch (format) {
            case AHREFS -> new FoundLink(r.get("referringpageurl"), r.first("targeturl", "linkurl"),
                    r.first("anchor", "linkanchor"), ahrefsRel(r), origin);
            case MAJESTIC -> new FoundLink(r.get("sourceurl"), r.get("targeturl"), r.get("anchortext"),
                    yes(r.get("flagnofollow")) ? Offsite.NOFOLLOW : Offsite.FOLLOW, origin);
            case SEMRUSH -> new FoundLink(r.get("sourceurl"), r.get("targeturl"), r.get("anchor"), flagsRel(r), origin);
            case PLAIN -> new FoundLink(r.get("sourceurl"), r.get("targeturl"), r.first("anchor", "anchortext"),
                    r.get("rel") == null ? null : FoundLink.rel(r.get("rel")), origin);
            case SEARCH_CONSOLE_LATEST_LINKS -> new FoundLink(r.get("linkingpage"), null, "", null, origin);
            case SEARCH_CONSOLE_TOP_SITES -> null;
        };
    }

    /** Boolean columns Nofollow, UGC, Sponsored; the older Ahrefs export wrote the kind in Type. */
    private static String ahrefsRel(Row r) {
        if (r.has("nofollow") || r.has("ugc") || r.has("sponsored")) {
            return flagsRel(r);
        }
        String type = r.get("type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("nofollow") ? Offsite.NOFOLLOW : Offsite.FOLLOW;
    }

    private static String flagsRel(Row r) {
        if (yes(r.get("sponsored"))) {
            return Offsite.SPONSORED;
        }
        if (yes(r.get("ugc"))) {
            return Offsite.UGC;
        }
        return yes(r.get("nofollow")) ? Offsite.NOFOLLOW : Offsite.FOLLOW;
    }

    static boolean yes(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("y") || v.equals("+")
                || v.equals("vrai") || v.equals("oui") || v.equals("x");
    }

    /** A count as exports write it: "1,240", "1 240", "1.240" all read 1240; anything else 0. */
    static int count(String value) {
        if (value == null) {
            return 0;
        }
        String digits = value.replaceAll("[\\s\\u00A0\\u202F,.']", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    private static String hostOf(String site) {
        if (site == null || site.isBlank()) {
            return null;
        }
        String s = site.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int cut = s.indexOf('/');
        s = cut >= 0 ? s.substring(0, cut) : s;
        return s.matches("[a-z0-9.\\-\\[\\]:]+") ? s.replaceFirst(":\\d+$", "") : null;
    }

    /**
     * Registrable domains by origin: an export repeats the same few sites thousands of times,
     * and the public suffix lookup is the slow part of reading a row.
     */
    private static final class DomainCache {
        private static final int MAX_ENTRIES = 20_000;
        private final Map<String, String> byOrigin = new HashMap<>();

        String ofUrl(String url) {
            if (url == null) {
                return null;
            }
            int scheme = url.indexOf("://");
            if (scheme < 0) {
                return null;
            }
            int end = scheme + 3;
            while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            String origin = url.substring(0, end);
            String domain = byOrigin.get(origin);
            if (domain == null && !byOrigin.containsKey(origin)) {
                domain = RegistrableDomains.ofUrl(origin + "/");
                if (byOrigin.size() < MAX_ENTRIES) {
                    byOrigin.put(origin, domain);
                }
            }
            return domain;
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(ImportFormat.normalise(header.get(i)), i);
        }
        columns.remove("");
        return columns;
    }

    private static Path resolve(Path auditDir, String name) {
        try {
            Path p = Path.of(name);
            return p.isAbsolute() || auditDir == null ? p : auditDir.resolve(p);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** One data row, read by normalised column name. */
    private record Row(Map<String, Integer> columns, List<String> cells) {
        boolean has(String column) {
            return columns.containsKey(column);
        }

        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i);
            return v.isEmpty() ? null : v;
        }

        String first(String... names) {
            for (String n : names) {
                String v = get(n);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
