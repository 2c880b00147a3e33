package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** The share-of-pages checks ({@code pages-*}): each page judged alone. */
final class PageChecks {

    private PageChecks() {}

    static final List<String> FIELDS = List.of("title", "metaDescription", "canonical", "lang", "viewport", "charset");

    /** {@code pages-field}: the field is present and not blank (and contains a text, if asked). */
    static Check.Accumulator field(Params params) {
        String field = params.choice("field", FIELDS, null);
        String contains = params.optionalString("contains");
        Function<PageFacts, String> value = reader(field);
        return ShareOfPages.pages(params, p -> {
            String v = value.apply(p);
            boolean present = v != null && !v.isBlank();
            boolean ok = present && (contains == null || Pages.fold(v).contains(Pages.fold(contains)));
            return ShareOfPages.Judgement.of(ok, present ? v : null);
        });
    }

    /** {@code pages-length}: between min and max characters; pages without the field are left to pages-field. */
    static Check.Accumulator length(Params params) {
        String field = params.choice("field", List.of("title", "metaDescription"), null);
        int min = params.integer("min", null);
        int max = params.integer("max", null);
        Function<PageFacts, String> value = reader(field);
        return ShareOfPages.pages(params, p -> {
            String v = value.apply(p);
            if (v == null || v.isBlank()) {
                return null;
            }
            int length = v.strip().codePointCount(0, v.strip().length());
            return ShareOfPages.Judgement.of(length >= min && length <= max, length + " : " + v);
        });
    }

    /** {@code pages-headings}: how many headings of a level a page has. */
    static Check.Accumulator headings(Params params) {
        int level = params.integer("level", 1);
        int min = params.integer("min", 1);
        int max = params.integer("max", 1);
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("parameter \"level\" must be from 1 to 6");
        }
        return ShareOfPages.pages(params, p -> {
            long n = p.headings().stream().filter(h -> h.level() == level).count();
            return ShareOfPages.Judgement.of(n >= min && n <= max, "h" + level + " × " + n);
        });
    }

    /** {@code pages-canonical}: an absolute http(s) canonical URL on the audited site. */
    static Check.Accumulator canonical(Params params) {
        return ShareOfPages.pages(params, p -> {
            String c = p.canonical();
            boolean ok = c != null && (c.startsWith("https://") || c.startsWith("http://")) && sameSite(p.finalUrl(), c);
            return ShareOfPages.Judgement.of(ok, c);
        });
    }

    /** {@code pages-https}: the page was served over https. */
    static Check.Accumulator https(Params params) {
        return ShareOfPages.pages(params, p -> ShareOfPages.Judgement.of(isHttps(p.finalUrl()), p.finalUrl()));
    }

    /** {@code pages-mixed-content}: an https page loads nothing over plain http. */
    static Check.Accumulator mixedContent(Params params) {
        return ShareOfPages.pages(params, p -> {
            if (!isHttps(p.finalUrl())) {
                return null;
            }
            String insecure = Stream.of(p.scripts().stream(), p.stylesheets().stream(), p.iframes().stream(),
                            p.images().stream().map(PageFacts.Image::src))
                    .flatMap(s -> s)
                    .filter(u -> u != null && u.regionMatches(true, 0, "http://", 0, 7))
                    .findFirst().orElse(null);
            return ShareOfPages.Judgement.of(insecure == null, insecure);
        });
    }

    /** {@code pages-forms-https}: every form posts to an https address. */
    static Check.Accumulator formsHttps(Params params) {
        return ShareOfPages.pages(params, p -> {
            if (p.forms().isEmpty()) {
                return null;
            }
            String insecure = p.forms().stream().map(PageFacts.Form::action)
                    .filter(a -> a == null || !isHttps(a)).findFirst().orElse(null);
            return ShareOfPages.Judgement.of(insecure == null && p.forms().stream().allMatch(f -> f.action() != null),
                    insecure);
        });
    }

    /** {@code pages-budget}: the page's size (bytes) or response time (responseMillis) within a maximum. */
    static Check.Accumulator budget(Params params) {
        String field = params.choice("field", List.of("bytes", "responseMillis"), null);
        int max = params.integer("max", null);
        return ShareOfPages.pages(params, p -> {
            long v = field.equals("bytes") ? p.bytes() : p.responseMillis();
            return ShareOfPages.Judgement.of(v <= max, field.equals("bytes") ? v + " B" : v + " ms");
        });
    }

    /** {@code pages-compressed}: the server compressed the page. */
    static Check.Accumulator compressed(Params params) {
        return ShareOfPages.pages(params, p -> {
            String encoding = p.headers().get("content-encoding");
            boolean ok = encoding != null && Stream.of("gzip", "br", "deflate", "zstd")
                    .anyMatch(e -> encoding.toLowerCase(Locale.ROOT).contains(e));
            return ShareOfPages.Judgement.of(ok, encoding == null ? "—" : encoding);
        });
    }

    /** {@code pages-images-alt}: the share of images, over the site, that have an alt attribute. */
    static Check.Accumulator imagesAlt(Params params) {
        return new ShareOfPages(params, p -> {
            if (p.images().isEmpty()) {
                return null;
            }
            List<String> missing = p.images().stream().filter(i -> i.alt() == null).map(PageFacts.Image::src).toList();
            return new ShareOfPages.Judgement(p.images().size() - missing.size(), p.images().size(),
                    missing.isEmpty() ? null : missing.size() + " × " + String.join(", ", missing.subList(0, Math.min(3, missing.size()))));
        }, LocalizedText.of("images", "images"));
    }

    static boolean isHttps(String url) {
        return url != null && url.regionMatches(true, 0, "https://", 0, 8);
    }

    private static boolean sameSite(String page, String canonical) {
        String a = host(page);
        String b = host(canonical);
        return a != null && b != null && bare(a).equals(bare(b));
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static Function<PageFacts, String> reader(String field) {
        return switch (field) {
            case "title" -> PageFacts::title;
            case "metaDescription" -> PageFacts::metaDescription;
            case "canonical" -> PageFacts::canonical;
            case "lang" -> PageFacts::lang;
            case "viewport" -> PageFacts::viewport;
            case "charset" -> PageFacts::charset;
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }
}
