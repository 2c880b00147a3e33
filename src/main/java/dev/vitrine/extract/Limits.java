package dev.vitrine.extract;

/**
 * Bounds on everything taken from a page. A crawled page is untrusted input: one hostile or
 * broken page must not blow up memory, the line it becomes in {@code pages.jsonl}, or the
 * report that shows it. Lists are cut at their cap (the first entries in document order are
 * kept); strings are cut at their length.
 */
final class Limits {

    /** Titles, descriptions, Open Graph and Twitter values that are text. */
    static final int TEXT = 1_000;
    /** Link, heading and image texts, and the words a form is classified by. */
    static final int SHORT_TEXT = 300;
    /** Language codes, charsets, methods, rel values, meta keys. */
    static final int TOKEN = 100;
    /** Any URL kept in the facts. */
    static final int URL = 2_048;
    /** Values of the openGraph and twitter maps: text or URLs, so the larger of the two. */
    static final int META_VALUE = URL;
    /** The error field: a few short messages. */
    static final int ERROR = 1_000;

    static final int LINKS = 2_000;
    static final int HEADINGS = 500;
    static final int IMAGES = 1_000;
    static final int FORMS = 100;
    static final int SCRIPTS = 200;
    static final int STYLESHEETS = 200;
    static final int IFRAMES = 200;
    static final int META_ENTRIES = 100;
    static final int HREFLANG = 300;
    static final int PHONES = 100;
    static final int EMAILS = 100;
    static final int SOCIAL = 200;
    static final int APP_LINKS = 50;
    static final int MICRODATA_TYPES = 200;

    static final int JSON_LD_BLOCKS = 50;
    /** Nodes kept in {@code jsonLd}: a top-level array counts one per element. */
    static final int JSON_LD_NODES = 200;
    static final int JSON_LD_BLOCK_CHARS = 256 * 1024;
    /** Deeper JSON-LD is refused by the parser: real structured data nests a handful of levels. */
    static final int JSON_LD_DEPTH = 64;
    static final int JSON_LD_TYPES = 200;
    static final int SAME_AS = 200;

    /** Text read from one form to guess its kind: labels and buttons sit near the start. */
    static final int FORM_WORDS = 2_000;
    /** Error messages kept; later ones are counted, not kept. */
    static final int ERRORS = 5;

    static final int FEEDS = 20;
    static final int ICONS = 50;
    static final int VIDEOS = 100;
    /** {@code <meta name=generator>} tags read for technology detection (the first one is the field). */
    static final int GENERATORS = 10;
    /** {@code datePublished} values of the JSON-LD blocks considered for {@code published}. */
    static final int DATES = 200;
    /** {@code @media} rules counted in the inline styles of one page; more are not counted. */
    static final int MEDIA_QUERIES = 10_000;

    /** Evidence of a detected technology: the kind of sign and the value that matched. */
    static final int EVIDENCE = 200;
    /** Text of one inline script matched against fingerprints: snippets sit at the start. */
    static final int INLINE_SCRIPT_CHARS = 50 * 1024;
    /** Inline script text matched per page, all scripts together; later scripts are not read. */
    static final int INLINE_SCRIPT_TOTAL = 1024 * 1024;
    /** Distinct {@code <a href>} and {@code <link href>} URLs matched against fingerprints per page. */
    static final int TECHNOLOGY_LINKS = 5_000;

    private Limits() {}
}
