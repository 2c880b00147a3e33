package dev.vitrine.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.vitrine.model.AuditDefinition.Backlinks;
import dev.vitrine.model.AuditDefinition.Competitor;
import dev.vitrine.model.AuditDefinition.CrawlOverrides;
import java.io.IOException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads, checks and writes {@code audits/<slug>/audit.yaml}. People write this file by hand,
 * so every mistake becomes one sentence naming the file, the dotted key ({@code crawl.maxPages},
 * {@code competitors[0].website}) and what was expected, thrown as a configuration error
 * (exit code 3).
 */
public final class AuditFiles {

    public static final String FILE_NAME = "audit.yaml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_QUOTED = 80;

    // Reading a tree first gives one place for syntax errors, empty files and a list at the
    // top; duplicate keys are refused because the second one would silently win.
    private static final ObjectReader TREE_READER =
            Json.YAML.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    // "maxPages: 2.5" is a mistake to report, not a 2 to guess.
    private static final ObjectReader SHAPE_READER =
            Json.YAML.readerFor(FileShape.class).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /*
     * What Jackson binds: the keys of audit.yaml and no more (the slug is the folder's name,
     * not a key), with URLs kept as text so that a bad one is reported by key below rather
     * than as a Jackson conversion error. Their components are the "known keys" of messages.
     */
    record FileShape(String company, String website, String language, List<String> objectives,
                     List<CompetitorShape> competitors, BacklinksShape backlinks, CrawlOverrides crawl) {}

    record CompetitorShape(String name, String website) {}

    record BacklinksShape(List<JsonNode> sources, List<String> imports) {}

    private AuditFiles() {}

    /** The audit defined by {@code auditYaml}; its slug is the name of the folder holding it. */
    public static AuditDefinition read(Path auditYaml) {
        JsonNode tree = parse(auditYaml);
        FileShape shape = bind(auditYaml, tree);
        return check(auditYaml, slugOf(auditYaml), shape);
    }

    /**
     * Writes a commented audit.yaml that {@link #read} accepts, with the crawl defaults
     * spelled out so they are easy to change. Refuses to overwrite an existing file.
     *
     * @param company the company's name, or null for the website's host
     */
    public static void writeTemplate(Path auditYaml, String slug, String company, URI website) {
        checkSlug(slug);
        try {
            webUrl(website.toString());
        } catch (IllegalArgumentException e) {
            throw VitrineException.configuration("the website " + e.getMessage());
        }
        if (Files.exists(auditYaml)) {
            throw alreadyExists(auditYaml);
        }
        String name = company == null || company.isBlank() ? website.getHost() : company.strip();
        String text = template(auditYaml, name, website);
        try {
            Path dir = auditYaml.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // CREATE_NEW: two inits racing for the same slug cannot overwrite each other.
            Files.writeString(auditYaml, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(auditYaml);
        } catch (IOException e) {
            throw new VitrineException(VitrineException.Kind.CONFIGURATION,
                    "cannot write " + auditYaml + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns {@code slug} if {@code vitrine init} accepts it as a folder name: lower-case
     * letters, digits and dashes, so it is also safe in paths and in the published site's URLs.
     */
    public static String checkSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw VitrineException.configuration(quote(slug) + " is not a valid audit name: use lower-case"
                    + " letters, digits and dashes, starting with a letter or a digit (e.g. boulangerie-martin)");
        }
        return slug;
    }

    /**
     * Parses a website address as audit.yaml and the command line accept it: absolute, http
     * or https, with a host. International domain names are turned into their ASCII form.
     *
     * @throws IllegalArgumentException "must be an absolute http:// or https:// URL, got ...",
     *                                  for the caller to prefix with the key or option at fault
     */
    public static URI webUrl(String text) {
        IllegalArgumentException bad = new IllegalArgumentException(
                "must be an absolute http:// or https:// URL, got " + quote(text));
        if (text == null || text.isBlank()) {
            throw bad;
        }
        URI uri;
        try {
            uri = asciiHost(new URI(text.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw bad;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw bad;
        }
        return uri;
    }

    // java.net.URI leaves the host null for "https://café.fr/": retry with the host in punycode.
    private static URI asciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null || authority.contains("@") || authority.startsWith("[")) {
            return uri;
        }
        int colon = authority.lastIndexOf(':');
        boolean hasPort = colon > 0 && authority.substring(colon + 1).matches("[0-9]+");
        String host = hasPort ? authority.substring(0, colon) : authority;
        int port = hasPort ? Integer.parseInt(authority.substring(colon + 1)) : -1;
        return new URI(uri.getScheme(), null, IDN.toASCII(host), port, uri.getPath(), uri.getQuery(), uri.getFragment());
    }

    // ---- reading ---------------------------------------------------------------------------

    private static JsonNode parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw VitrineException.configuration(file + " not found (create it with: " + initHint(file) + ")");
        } catch (MalformedInputException e) {
            throw VitrineException.configuration(file + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode tree;
        try {
            tree = TREE_READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw VitrineException.configuration(file + ": " + syntaxProblem(e));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw VitrineException.configuration(file + " is empty: it needs at least website: (see vitrine init)");
        }
        if (!tree.isObject()) {
            throw VitrineException.configuration(file + ": expected keys at the top ("
                    + String.join(", ", knownKeys(FileShape.class)) + "), got " + describe(tree));
        }
        return tree;
    }

    private static String syntaxProblem(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String line = where != null && where.getLineNr() > 0 ? " at line " + where.getLineNr() : "";
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message.startsWith("Duplicate field '")) {
            String key = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            return "key " + quote(key) + " appears twice" + line + " (keep one)";
        }
        return "YAML syntax error" + line + ": " + yamlProblem(message);
    }

    // SnakeYAML's message is "context, its position, problem, its position", one per line,
    // positions indented: the problem is the last line that is not indented.
    private static String yamlProblem(String message) {
        String problem = "";
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problem = line.strip();
            }
        }
        return problem.isEmpty() ? "unreadable" : problem;
    }

    private static FileShape bind(Path file, JsonNode tree) {
        try {
            return SHAPE_READER.readValue(tree);
        } catch (UnrecognizedPropertyException e) {
            throw VitrineException.configuration(file + ": unknown key " + quote(keyPath(e))
                    + " (known keys: " + String.join(", ", knownKeys(e.getReferringClass())) + ")");
        } catch (MismatchedInputException e) {
            throw badKey(file, keyPath(e), expectation(e.getTargetType()) + ", got " + describe(nodeAt(tree, e)));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                throw badKey(file, keyPath(e), "must be a whole number up to " + Integer.MAX_VALUE
                        + ", got " + describe(nodeAt(tree, e)));
            }
            throw badKey(file, keyPath(e), "has a wrong value: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw VitrineException.configuration(file + ": " + firstLine(e.getMessage()));
        }
    }

    private static AuditDefinition check(Path file, String slug, FileShape shape) {
        URI website = requiredUrl(file, "website", shape.website());
        String company = shape.company() == null || shape.company().isBlank()
                ? website.getHost() : shape.company().strip();
        String language = shape.language() == null
                ? AuditDefinition.LANGUAGES.get(0) : oneOf(file, "language", shape.language(), AuditDefinition.LANGUAGES);

        List<String> objectives = new ArrayList<>();
        List<String> givenObjectives = orEmpty(shape.objectives());
        for (int i = 0; i < givenObjectives.size(); i++) {
            objectives.add(oneOf(file, "objectives[" + i + "]", givenObjectives.get(i), AuditDefinition.OBJECTIVES));
        }

        List<Competitor> competitors = new ArrayList<>();
        List<CompetitorShape> givenCompetitors = orEmpty(shape.competitors());
        for (int i = 0; i < givenCompetitors.size(); i++) {
            CompetitorShape c = givenCompetitors.get(i);
            String key = "competitors[" + i + "]";
            if (c == null) {
                throw badKey(file, key, "must have keys " + String.join(", ", knownKeys(CompetitorShape.class)) + ", got nothing");
            }
            URI site = requiredUrl(file, key + ".website", c.website());
            competitors.add(new Competitor(c.name() == null || c.name().isBlank() ? site.getHost() : c.name().strip(), site));
        }

        BacklinksShape backlinks = shape.backlinks() == null ? new BacklinksShape(null, null) : shape.backlinks();
        List<Backlinks.Source> sources = new ArrayList<>();
        List<JsonNode> givenSources = orEmpty(backlinks.sources());
        for (int i = 0; i < givenSources.size(); i++) {
            sources.add(source(file, "backlinks.sources[" + i + "]", givenSources.get(i)));
        }
        List<String> imports = orEmpty(backlinks.imports());
        for (int i = 0; i < imports.size(); i++) {
            if (imports.get(i) == null || imports.get(i).isBlank()) {
                throw badKey(file, "backlinks.imports[" + i + "]", "must be the name of a CSV file, got nothing");
            }
        }

        CrawlOverrides crawl = shape.crawl() == null ? CrawlOverrides.NONE : shape.crawl();
        checkCrawl(file, crawl);
        return new AuditDefinition(slug, company, website, language, objectives, competitors,
                new Backlinks(sources, imports), crawl);
    }

    /** A source is its URL, or a map with {@code url} and {@code depth} (0 or 1). */
    private static Backlinks.Source source(Path file, String key, JsonNode node) {
        if (node == null || node.isNull() || node.isTextual()) {
            return Backlinks.Source.of(requiredUrl(file, key, node == null || node.isNull() ? null : node.asText()));
        }
        if (!node.isObject()) {
            throw badKey(file, key, "must be a URL or a map with keys url and depth, got " + node.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("url") && !name.equals("depth")) {
                throw badKey(file, key + "." + name, "is not a known key (known keys: url, depth)");
            }
        }
        URI url = requiredUrl(file, key + ".url", node.hasNonNull("url") && node.get("url").isTextual() ? node.get("url").asText() : null);
        JsonNode depth = node.get("depth");
        if (depth == null || depth.isNull()) {
            return Backlinks.Source.of(url);
        }
        if (!depth.isInt() || depth.asInt() < 0 || depth.asInt() > Backlinks.Source.MAX_DEPTH) {
            throw badKey(file, key + ".depth", "must be 0 (the page only) or 1 (the page and the pages it links to on its site), got " + depth);
        }
        return new Backlinks.Source(url, depth.asInt());
    }

    // CrawlSettings owns the limits; its messages start with the field's name, which is also
    // the key under crawl: ("maxPages must be at least 1, got 0").
    private static void checkCrawl(Path file, CrawlOverrides crawl) {
        try {
            crawl.applyTo(CrawlSettings.DEFAULTS);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int space = message.indexOf(' ');
            if (space < 0) {
                throw badKey(file, "crawl", message);
            }
            throw badKey(file, "crawl." + message.substring(0, space), message.substring(space + 1));
        }
    }

    private static URI requiredUrl(Path file, String key, String text) {
        if (text == null) {
            throw badKey(file, key, "is missing: give a site's address, e.g. https://www.example.fr/");
        }
        try {
            return webUrl(text);
        } catch (IllegalArgumentException e) {
            throw badKey(file, key, e.getMessage());
        }
    }

    private static String oneOf(Path file, String key, String value, List<String> allowed) {
        if (value != null && allowed.contains(value)) {
            return value;
        }
        String choices = allowed.size() == 2
                ? allowed.get(0) + " or " + allowed.get(1)
                : "one of " + String.join(", ", allowed);
        throw badKey(file, key, "must be " + choices + ", got " + (value == null ? "nothing" : quote(value)));
    }

    private static VitrineException badKey(Path file, String key, String problem) {
        return VitrineException.configuration(file + ": key " + quote(key) + " " + problem);
    }

    /** "crawl.maxPages", "competitors[0].website": where Jackson stopped, as the user wrote it. */
    private static String keyPath(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        return key.toString();
    }

    private static JsonNode nodeAt(JsonNode tree, JsonMappingException e) {
        JsonNode node = tree;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        return node;
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong kind of value";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == String.class) {
            return "must be text";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        } else if (type.isRecord()) {
            return "must have keys " + String.join(", ", knownKeys(type));
        }
        return "has the wrong kind of value";
    }

    private static List<String> knownKeys(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        } else if (node.isTextual()) {
            return quote(node.textValue());
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isObject()) {
            return "keys (" + String.join(", ", keysOf(node)) + ")";
        }
        return node.asText();
    }

    private static List<String> keysOf(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
    }

    /** Double-quoted and shortened, so a pasted paragraph does not swamp the message. */
    static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String oneLine = value.replaceAll("\\R", " ");
        return "\"" + (oneLine.length() > MAX_QUOTED ? oneLine.substring(0, MAX_QUOTED - 1) + "…" : oneLine) + "\"";
    }

    static String slugOf(Path auditYaml) {
        Path dir = auditYaml.toAbsolutePath().normalize().getParent();
        return dir == null || dir.getFileName() == null ? "audit" : dir.getFileName().toString();
    }

    // "vitrine init acme --website URL", with --audits when the folder is not under ./audits.
    private static String initHint(Path file) {
        String command = "vitrine init " + slugOf(file) + " --website URL";
        Path auditDir = file.getParent();
        Path auditsDir = auditDir == null ? null : auditDir.getParent();
        Path given = auditsDir == null ? Path.of(".") : auditsDir;
        boolean usual = given.toAbsolutePath().normalize().equals(Path.of("audits").toAbsolutePath().normalize());
        return usual ? command : command + " --audits " + given;
    }

    private static VitrineException alreadyExists(Path auditYaml) {
        return VitrineException.configuration(auditYaml + " already exists: edit it, or choose another name");
    }

    // ---- writing ---------------------------------------------------------------------------

    private static String template(Path auditYaml, String company, URI website) {
        CrawlSettings d = CrawlSettings.DEFAULTS;
        Path dir = auditYaml.getParent() == null ? Path.of(".") : auditYaml.getParent();
        return """
                # Audit of %1$s, run with: vitrine audit %2$s
                # Every key is checked: a misspelt key or a wrong value stops the audit with a message.

                company: %3$s
                website: %4$s
                language: fr                      # report language: fr or en
                objectives: [visibility, leads]   # what the action plan favours: visibility, leads, sales, loyalty

                # Competitors shown beside the company in the report, for example:
                #   - name: Maison Dupont
                #     website: https://www.maison-dupont.fr/
                competitors: []

                backlinks:
                  # Pages that should link to the company (directories, partners, press), for example:
                  #   - https://www.pagesjaunes.fr/pros/12345678
                  sources: []
                  # Backlink exports (Search Console, Ahrefs, Majestic, Semrush CSV) in this folder.
                  imports: []

                # Crawl limits (the defaults); --max-pages, --max-depth, --threads, --delay-ms override them.
                crawl:
                  maxPages: %5$d # most URLs fetched
                  maxDepth: %6$d # most clicks from the home page
                  threads: %7$d
                  delayMillis: %8$d # pause between two requests to the site, in milliseconds
                  ignoreRobots: %9$s # true only for a site you own
                """.formatted(oneLine(company), dir, yamlString(company), yamlString(website.toString()),
                d.maxPages(), d.maxDepth(), d.threads(), d.delayMillis(), d.ignoreRobots());
    }

    // A JSON string literal is also a valid double-quoted YAML scalar: quotes, colons, '#'
    // and accents in a company's name survive the round trip.
    private static String yamlString(String value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\R", " ");
    }
}
