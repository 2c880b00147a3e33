package dev.vitrine.extract;

import dev.vitrine.extract.Fingerprint.HeaderRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * How technologies are recognised: the fingerprints of {@link Technologies}, compiled and
 * indexed by kind of sign so that each input meets only the rules that could match it: URLs,
 * code and generators through a {@link RuleSet} each, elements through the {@link MarkerIndex},
 * headers by name.
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
    private final Map<String, List<HeaderEntry>> headers;
    private final MarkerIndex markers;

    /** A header rule and the index of its fingerprint. */
    record HeaderEntry(int fingerprint, HeaderRule rule) {}

    TechnologyDetector(Technologies technologies) {
        this.fingerprints = technologies.fingerprints();
        this.scripts = RuleSet.of(fingerprints, Fingerprint::scripts, true);
        this.inline = RuleSet.of(fingerprints, Fingerprint::inline, false);
        this.links = RuleSet.of(fingerprints, Fingerprint::links, true);
        this.generators = RuleSet.of(fingerprints, Fingerprint::generator, true);
        this.cookies = RuleSet.of(fingerprints, Fingerprint::cookies, true);
        Map<String, List<HeaderEntry>> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (HeaderRule rule : fingerprints.get(i).headers()) {
                byHeader.computeIfAbsent(rule.header(), h -> new ArrayList<>()).add(new HeaderEntry(i, rule));
            }
        }
        byHeader.replaceAll((name, rules) -> List.copyOf(rules));
        this.headers = byHeader;
        this.markers = new MarkerIndex(fingerprints);
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
        for (Map.Entry<String, List<HeaderEntry>> entry : headers.entrySet()) {
            String value = responseHeaders.get(entry.getKey());
            if (value == null) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            for (HeaderEntry indexed : entry.getValue()) {
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

    /** Tests {@code el} against the markers that could match it. */
    void matchMarkers(Element el, Element root, TechnologyFinds finds) {
        markers.match(el, root, finds);
    }
}
