package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.Technology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The technologies one page shows signs of, collected while the page is walked (markers,
 * inline scripts) and from what the walk gathered (script and link URLs, generators) and the
 * response headers. One entry per technology; when several signs give it away, the evidence
 * kept is of the most telling kind (generator, then script, inline script, marker, link,
 * header, cookie), the first met of that kind. One instance per page, never shared.
 */
final class TechnologyFinds {
    static final int GENERATOR = 0;
    static final int SCRIPT = 1;
    static final int INLINE = 2;
    static final int MARKER = 3;
    static final int LINK = 4;
    static final int HEADER = 5;
    static final int COOKIE = 6;

    /** Script types whose content is data or a template, not code that loads a tool. */
    private static final List<String> NOT_CODE = List.of(
            "json", "template", "tmpl", "html", "handlebars", "mustache", "x-magento-init", "importmap",
            "speculationrules");

    private final TechnologyDetector detector;
    private final Element root;
    /** By fingerprint index: the evidence kept, and the rank of its kind. */
    private final String[] evidence;
    private final byte[] rank;
    private final Set<String> linksSeen = new HashSet<>();
    private int inlineCharsLeft = Limits.INLINE_SCRIPT_TOTAL;

    TechnologyFinds(TechnologyDetector detector, Element root) {
        this.detector = detector;
        this.root = root;
        int n = detector.fingerprints().size();
        this.evidence = new String[n];
        this.rank = new byte[n];
    }

    /** True when fingerprint {@code index} already has evidence of rank {@code kind} or better. */
    boolean has(int index, int kind) {
        return evidence[index] != null && rank[index] <= kind;
    }

    void found(int index, int kind, String what) {
        if (!has(index, kind)) {
            evidence[index] = isClean(what) ? what : Texts.clean(what, Limits.EVIDENCE);
            rank[index] = (byte) kind;
        }
    }

    /** Short enough and without whitespace but single spaces: most URL evidence, kept as it is. */
    private static boolean isClean(String s) {
        if (s.length() > Limits.EVIDENCE || s.isEmpty() || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' && (c != ' ' || s.charAt(i + 1) == ' ') || c >= 127 && Texts.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Any element met on the walk: tested against the markers. */
    void element(Element el) {
        detector.matchMarkers(el, root, this);
    }

    /**
     * A {@code <script>} without src: its code is matched unless its type says it holds data
     * or a template. Only the first {@link Limits#INLINE_SCRIPT_CHARS} of each script are read,
     * and no more than {@link Limits#INLINE_SCRIPT_TOTAL} per page.
     */
    void inlineScript(Element el, String type) {
        if (inlineCharsLeft <= 0 || !isCode(type)) {
            return;
        }
        String code = data(el, Math.min(Limits.INLINE_SCRIPT_CHARS, inlineCharsLeft));
        if (!code.isBlank()) {
            inlineCharsLeft -= code.length();
            detector.matchInline(code, this);
        }
    }

    /** A script URL (absolute). */
    void script(String url) {
        if (url != null) {
            detector.matchScript(url, this);
        }
    }

    /** An {@code <a href>} or {@code <link href>} URL (absolute); repeated URLs are matched once. */
    void link(String url) {
        if (url != null && linksSeen.size() < Limits.TECHNOLOGY_LINKS && linksSeen.add(url)) {
            detector.matchLink(url, this);
        }
    }

    /** The content of a {@code <meta name=generator>}. */
    void generator(String content) {
        if (content != null && !content.isEmpty()) {
            detector.matchGenerator(content, this);
        }
    }

    /** The response headers (lower-case names); {@code set-cookie} holds comma-separated cookie names. */
    void headers(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return;
        }
        detector.matchHeaders(headers, this);
        String cookies = headers.get("set-cookie");
        if (cookies != null) {
            for (String name : cookies.split(",", 100)) {
                String cookie = name.strip();
                if (!cookie.isEmpty()) {
                    detector.matchCookie(Texts.cut(cookie, Limits.TOKEN), this);
                }
            }
        }
    }

    /** Detected technologies in the order of technologies.yaml. */
    List<Technology> toList() {
        List<Technology> out = new ArrayList<>();
        List<Fingerprint> fingerprints = detector.fingerprints();
        for (int i = 0; i < evidence.length; i++) {
            if (evidence[i] != null) {
                Fingerprint f = fingerprints.get(i);
                out.add(new Technology(f.id(), f.name(), f.category(), evidence[i]));
            }
        }
        return List.copyOf(out);
    }

    static boolean isCode(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        for (String data : NOT_CODE) {
            if (t.contains(data)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code max} characters of an element's data (script or style content),
     * without copying it when it is one node that fits: a 1 MB script costs {@code max}.
     */
    static String data(Element el, int max) {
        if (el.childNodeSize() == 1 && el.childNode(0) instanceof DataNode only) {
            return Texts.cut(only.getWholeData(), max);
        }
        StringBuilder out = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof DataNode data && out.length() < max) {
                String text = data.getWholeData();
                out.append(text, 0, Math.min(text.length(), max - out.length()));
            }
        }
        return out.toString();
    }
}
