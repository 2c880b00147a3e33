package dev.vitrine.extract;

import dev.vitrine.extract.Fingerprint.HeaderRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * How technologies are recognised: the fingerprints of {@link Technologies}, compiled and
 * indexed by kind of sign so that each input meets only the rules that could match it. A
 * script URL is tried against the fingerprints that have script rules, an element against
 * the markers filed under its id, classes or tag, and so on.
 *
 * <p>Immutable once built and shared by every crawler thread; the per-page state lives in
 * {@link TechnologyFinds}. Built once per process from the bundled file ({@link #builtIn()}).
 */
final class TechnologyDetector {
    private static final Object LOCK = new Object();
    private static volatile TechnologyDetector builtIn;

    private final List<Fingerprint> fingerprints;
    private final RuleSet scripts;
    private final RuleSet inline;
    private final RuleSet links;
    private final RuleSet generators;
    private final RuleSet cookies;
    /** Header name → the rules on it. */
    private final Map<String, List<Indexed<HeaderRule>>> headers;
    private final Map<String, Indexed<Marker>[]> markersById;
    private final Map<String, Indexed<Marker>[]> markersByTag;
    private final ClassIndex markersByClass;
    private final Indexed<Marker>[] markersByAttribute;

    /** A rule or marker and the index of its fingerprint. */
    record Indexed<T>(int fingerprint, T rule) {}

    TechnologyDetector(Technologies technologies) {
        this.fingerprints = technologies.fingerprints();
        this.scripts = RuleSet.of(fingerprints, Fingerprint::scripts);
        this.inline = RuleSet.of(fingerprints, Fingerprint::inline);
        this.links = RuleSet.of(fingerprints, Fingerprint::links);
        this.generators = RuleSet.of(fingerprints, Fingerprint::generator);
        this.cookies = RuleSet.of(fingerprints, Fingerprint::cookies);
        Map<String, List<Indexed<HeaderRule>>> byHeader = new LinkedHashMap<>();
        List<Indexed<Marker>> all = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (HeaderRule rule : fingerprints.get(i).headers()) {
                byHeader.computeIfAbsent(rule.header(), h -> new ArrayList<>()).add(new Indexed<>(i, rule));
            }
            for (Marker marker : fingerprints.get(i).markers()) {
                all.add(new Indexed<>(i, marker));
            }
        }
        byHeader.replaceAll((name, rules) -> List.copyOf(rules));
        this.headers = Map.copyOf(byHeader);
        this.markersById = byKey(all, Marker.Kind.ID);
        this.markersByTag = byKey(all, Marker.Kind.TAG);
        this.markersByClass = new ClassIndex(byKey(all, Marker.Kind.CLASS));
        this.markersByAttribute = array(all.stream().filter(m -> m.rule().kind() == Marker.Kind.ATTRIBUTE).toList());
    }

    /** The detector of the bundled technologies.yaml, loaded on first use. */
    static TechnologyDetector builtIn() {
        TechnologyDetector detector = builtIn;
        if (detector == null) {
            synchronized (LOCK) {
                detector = builtIn;
                if (detector == null) {
                    detector = new TechnologyDetector(Technologies.builtIn());
                    builtIn = detector;
                }
            }
        }
        return detector;
    }

    List<Fingerprint> fingerprints() {
        return fingerprints;
    }

    /** A new, empty collector for one page whose document is {@code root}. */
    TechnologyFinds newPage(Element root) {
        return new TechnologyFinds(this, root);
    }

    void matchScript(String url, TechnologyFinds finds) {
        scripts.match(url, false, TechnologyFinds.SCRIPT, "script ", finds);
    }

    void matchInline(String text, TechnologyFinds finds) {
        inline.match(text, true, TechnologyFinds.INLINE, "inline ", finds);
    }

    void matchLink(String url, TechnologyFinds finds) {
        links.match(url, false, TechnologyFinds.LINK, "link ", finds);
    }

    void matchGenerator(String content, TechnologyFinds finds) {
        generators.match(content, false, TechnologyFinds.GENERATOR, "generator ", finds);
    }

    void matchCookie(String name, TechnologyFinds finds) {
        cookies.match(name, false, TechnologyFinds.COOKIE, "cookie ", finds);
    }

    /** @param responseHeaders lower-case header names, as in {@code PageFacts.headers} */
    void matchHeaders(Map<String, String> responseHeaders, TechnologyFinds finds) {
        for (Map.Entry<String, List<Indexed<HeaderRule>>> entry : headers.entrySet()) {
            String value = responseHeaders.get(entry.getKey());
            if (value == null) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            for (Indexed<HeaderRule> indexed : entry.getValue()) {
                if (finds.has(indexed.fingerprint(), TechnologyFinds.HEADER)) {
                    continue;
                }
                Rule rule = indexed.rule().value();
                if (rule == null) {
                    finds.found(indexed.fingerprint(), TechnologyFinds.HEADER, "header " + entry.getKey());
                } else if (rule.find(value, lower) != null) {
                    finds.found(indexed.fingerprint(), TechnologyFinds.HEADER, "header " + entry.getKey() + ": " + value);
                }
            }
        }
    }

    /** Tests {@code el} against the markers filed under its id, classes, tag and attributes. */
    void matchMarkers(Element el, Element root, TechnologyFinds finds) {
        match(markersByTag.get(el.normalName()), el, root, finds);
        if (el.attributesSize() == 0) {
            return;
        }
        if (!markersById.isEmpty()) {
            String id = el.id();
            if (!id.isEmpty()) {
                match(markersById.get(id), el, root, finds);
            }
        }
        if (!markersByClass.isEmpty()) {
            String classes = el.className();
            if (!classes.isEmpty()) {
                markersByClass.match(classes, el, root, finds);
            }
        }
        for (Indexed<Marker> marker : markersByAttribute) {
            if (el.hasAttr(marker.rule().key())) {
                match(marker, el, root, finds);
            }
        }
    }

    private static void match(Indexed<Marker>[] markers, Element el, Element root, TechnologyFinds finds) {
        if (markers != null) {
            for (Indexed<Marker> marker : markers) {
                match(marker, el, root, finds);
            }
        }
    }

    private static void match(Indexed<Marker> marker, Element el, Element root, TechnologyFinds finds) {
        if (!finds.has(marker.fingerprint(), TechnologyFinds.MARKER) && marker.rule().evaluator().matches(root, el)) {
            finds.found(marker.fingerprint(), TechnologyFinds.MARKER, "marker " + marker.rule().selector());
        }
    }

    private static Map<String, Indexed<Marker>[]> byKey(List<Indexed<Marker>> all, Marker.Kind kind) {
        Map<String, List<Indexed<Marker>>> lists = new HashMap<>();
        for (Indexed<Marker> marker : all) {
            if (marker.rule().kind() == kind) {
                String key = kind == Marker.Kind.CLASS ? marker.rule().key().toLowerCase(Locale.ROOT) : marker.rule().key();
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(marker);
            }
        }
        Map<String, Indexed<Marker>[]> out = new HashMap<>();
        lists.forEach((key, list) -> out.put(key, array(list)));
        return Map.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Indexed<Marker>[] array(List<Indexed<Marker>> list) {
        return list.toArray(new Indexed[0]);
    }

    /** The rules of one kind of sign, flattened: rule {@code i} belongs to fingerprint {@code owner[i]}. */
    private static final class RuleSet {
        private final int[] owner;
        private final Rule[] rules;
        private final boolean anyCaseInsensitive;

        private RuleSet(int[] owner, Rule[] rules) {
            this.owner = owner;
            this.rules = rules;
            this.anyCaseInsensitive = Arrays.stream(rules).anyMatch(Rule::caseInsensitive);
        }

        static RuleSet of(List<Fingerprint> fingerprints, Function<Fingerprint, List<Rule>> kind) {
            List<Integer> owners = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < fingerprints.size(); i++) {
                for (Rule rule : kind.apply(fingerprints.get(i))) {
                    owners.add(i);
                    rules.add(rule);
                }
            }
            return new RuleSet(owners.stream().mapToInt(Integer::intValue).toArray(), rules.toArray(new Rule[0]));
        }

        /**
         * Tries every rule whose fingerprint has no evidence as good as {@code rank} yet.
         * @param evidenceIsMatch the evidence quotes the matched text (inline scripts) rather than the whole input
         */
        void match(String input, boolean evidenceIsMatch, int rank, String kind, TechnologyFinds finds) {
            String lower = anyCaseInsensitive ? input.toLowerCase(Locale.ROOT) : input;
            for (int i = 0; i < rules.length; i++) {
                if (finds.has(owner[i], rank)) {
                    continue;
                }
                String found = rules[i].find(input, lower);
                if (found != null) {
                    finds.found(owner[i], rank, kind + (evidenceIsMatch ? found : input));
                }
            }
        }
    }

    /**
     * Markers filed by class name, looked up from an element's class attribute without
     * splitting it into strings: each class token is hashed in place (lower-case, as
     * {@link String#hashCode()} would hash it) and searched among the sorted hashes of the
     * filed class names. A hit is confirmed by the marker's own evaluator.
     */
    private static final class ClassIndex {
        private final int[] hashes;
        private final Indexed<Marker>[][] markers;

        @SuppressWarnings("unchecked")
        ClassIndex(Map<String, Indexed<Marker>[]> byClass) {
            Map<Integer, List<Indexed<Marker>>> byHash = new java.util.TreeMap<>();
            byClass.forEach((cls, list) -> byHash.computeIfAbsent(cls.hashCode(), h -> new ArrayList<>())
                    .addAll(List.of(list)));
            this.hashes = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
            this.markers = byHash.values().stream().map(TechnologyDetector::array).toArray(Indexed[][]::new);
        }

        boolean isEmpty() {
            return hashes.length == 0;
        }

        void match(String classes, Element el, Element root, TechnologyFinds finds) {
            int n = classes.length();
            int i = 0;
            while (i < n) {
                while (i < n && Texts.isSpace(classes.charAt(i))) {
                    i++;
                }
                int hash = 0;
                boolean any = false;
                while (i < n && !Texts.isSpace(classes.charAt(i))) {
                    char c = classes.charAt(i++);
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                    any = true;
                }
                int at = any ? Arrays.binarySearch(hashes, hash) : -1;
                if (at >= 0) {
                    TechnologyDetector.match(markers[at], el, root, finds);
                }
            }
        }
    }
}
