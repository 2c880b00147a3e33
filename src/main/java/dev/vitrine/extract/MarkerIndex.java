package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The markers of every fingerprint, filed so that the walk pays for them only where they
 * could match. Markers are grouped by the tag they start with: an element whose tag no marker
 * names (most {@code p}, {@code span}, {@code li}, {@code a}, {@code img}) costs one map
 * look-up. Within a tag, a marker naming an id is looked up by the element's id, one naming a
 * class by the element's classes, and the others are grouped by the attribute they pre-test,
 * whose value is read once and searched for all the group's values at once
 * ({@link NeedleIndex}). Markers without a tag form a group tested on every element: the
 * file's header asks for a tag.
 *
 * <p>Immutable and thread-safe.
 */
final class MarkerIndex {
    /** A marker and the index of its fingerprint. */
    record Entry(int fingerprint, Marker marker) {}

    private final Map<String, Group> byTag = new HashMap<>();
    private final Group anyTag;

    MarkerIndex(List<Fingerprint> fingerprints) {
        Map<String, List<Entry>> lists = new HashMap<>();
        List<Entry> tagless = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (Marker marker : fingerprints.get(i).markers()) {
                Entry entry = new Entry(i, marker);
                if (marker.tag() == null) {
                    tagless.add(entry);
                } else {
                    lists.computeIfAbsent(marker.tag(), t -> new ArrayList<>()).add(entry);
                }
            }
        }
        lists.forEach((tag, entries) -> byTag.put(tag, new Group(entries)));
        this.anyTag = tagless.isEmpty() ? null : new Group(tagless);
    }

    /** Tests {@code el} against the markers that could match it; {@code root} is its document. */
    void match(Element el, Element root, TechnologyFinds finds) {
        Group group = byTag.get(el.normalName());
        if (group != null) {
            group.match(el, root, finds);
        }
        if (anyTag != null) {
            anyTag.match(el, root, finds);
        }
    }

    /** The markers of one tag (or of no tag). */
    private static final class Group {
        private final Map<String, Entry[]> byId = new HashMap<>();
        private final ClassIndex byClass;
        /** Markers naming neither id nor class and without a pre-test. */
        private final Entry[] plain;
        /** Markers naming neither id nor class, by pre-test attribute. */
        private final AttributeGroup[] byAttribute;

        Group(List<Entry> entries) {
            Map<String, List<Entry>> ids = new HashMap<>();
            Map<String, List<Entry>> classes = new HashMap<>();
            List<Entry> rest = new ArrayList<>();
            for (Entry entry : entries) {
                Marker m = entry.marker();
                if (m.id() != null) {
                    ids.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(entry);
                } else if (m.cls() != null) {
                    classes.computeIfAbsent(m.cls(), k -> new ArrayList<>()).add(entry);
                } else {
                    rest.add(entry);
                }
            }
            ids.forEach((id, list) -> byId.put(id, array(list)));
            this.byClass = classes.isEmpty() ? null : new ClassIndex(classes);
            Map<String, List<Entry>> byName = new LinkedHashMap<>();
            List<Entry> noPretest = new ArrayList<>();
            for (Entry entry : rest) {
                if (entry.marker().attribute() == null) {
                    noPretest.add(entry);
                } else {
                    byName.computeIfAbsent(entry.marker().attribute(), k -> new ArrayList<>()).add(entry);
                }
            }
            this.plain = array(noPretest);
            this.byAttribute = byName.entrySet().stream()
                    .map(e -> new AttributeGroup(e.getKey(), array(e.getValue()))).toArray(AttributeGroup[]::new);
        }

        void match(Element el, Element root, TechnologyFinds finds) {
            if (plain.length > 0) {
                test(plain, el, root, finds);
            }
            for (AttributeGroup group : byAttribute) {
                group.match(el, root, finds);
            }
            if (!byId.isEmpty()) {
                String id = el.attr("id");
                Entry[] entries = id.isEmpty() ? null : byId.get(id);
                if (entries != null) {
                    test(entries, el, root, finds);
                }
            }
            if (byClass != null) {
                String classes = el.attr("class");
                if (!classes.isEmpty()) {
                    byClass.match(classes, el, root, finds);
                }
            }
        }
    }

    /**
     * Markers of one tag that pre-test the same attribute: its value is read once, and the
     * values they must contain are searched in it together ({@code iframe[src*=…]} has dozens).
     */
    private static final class AttributeGroup {
        private final String attribute;
        private final Entry[] entries;
        private final NeedleIndex contains;

        AttributeGroup(String attribute, Entry[] entries) {
            this.attribute = attribute;
            this.entries = entries;
            this.contains = new NeedleIndex(Arrays.stream(entries).map(e -> e.marker().contains()).toList(), true);
        }

        void match(Element el, Element root, TechnologyFinds finds) {
            String value = el.attr(attribute);
            if (value.isEmpty()) {
                return;
            }
            int[] unindexed = contains.unindexed();
            if (unindexed.length > 0) {
                String lower = value.toLowerCase(Locale.ROOT);
                for (int i : unindexed) {
                    if (lower.contains(entries[i].marker().contains())) {
                        test(entries[i], el, root, finds);
                    }
                }
            }
            for (int i : contains.find(value)) {
                test(entries[i], el, root, finds);
            }
        }
    }

    /** Tests markers with their evaluator only. */
    private static void test(Entry[] entries, Element el, Element root, TechnologyFinds finds) {
        for (Entry entry : entries) {
            test(entry, el, root, finds);
        }
    }

    private static void test(Entry entry, Element el, Element root, TechnologyFinds finds) {
        Marker marker = entry.marker();
        if (!finds.has(entry.fingerprint(), TechnologyFinds.MARKER) && marker.evaluator().matches(root, el)) {
            finds.found(entry.fingerprint(), TechnologyFinds.MARKER, "marker " + marker.selector());
        }
    }

    private static Entry[] array(List<Entry> list) {
        return list.toArray(new Entry[0]);
    }

    /**
     * Markers filed by class name, looked up from an element's class attribute without
     * splitting it into strings: each class is hashed in place (lower-case, as
     * {@link String#hashCode()} hashes) and searched among the sorted hashes of the filed
     * names. A hit is confirmed by the marker's own evaluator.
     */
    private static final class ClassIndex {
        private final int[] hashes;
        private final Entry[][] entries;

        ClassIndex(Map<String, List<Entry>> byClass) {
            Map<Integer, List<Entry>> byHash = new TreeMap<>();
            byClass.forEach((cls, list) -> byHash.computeIfAbsent(cls.hashCode(), h -> new ArrayList<>()).addAll(list));
            this.hashes = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
            this.entries = byHash.values().stream().map(MarkerIndex::array).toArray(Entry[][]::new);
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
                    test(entries[at], el, root, finds);
                }
            }
        }
    }
}
