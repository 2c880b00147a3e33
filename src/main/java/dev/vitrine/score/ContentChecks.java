package dev.vitrine.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Checks of the content across pages: uniqueness, head tags, styles, caching, freshness, offers. */
final class ContentChecks {

    private ContentChecks() {}

    static final List<String> HEAD_ITEMS = List.of("icon", "apple-touch-icon", "manifest", "theme-color");
    static final List<String> ARTICLE_TYPES = List.of("Article", "BlogPosting", "NewsArticle");
    static final List<String> PRODUCT_TYPES = List.of("Product", "IndividualProduct");

    /** Properties whose Product value is another product, or the item of an offer: not a product on sale there. */
    private static final Set<String> NOT_ON_SALE = Set.of("itemOffered", "isRelatedTo", "isSimilarTo",
            "isAccessoryOrSparePartFor", "isConsumableFor", "isVariantOf");

    /** Newest publication dates remembered by content-freshness (future ones are skipped at the end). */
    private static final int NEWEST_DATES = 32;

    /**
     * {@code unique-values}: the share of pages whose title (or meta description) no other
     * page has. Values compare with case and runs of spaces ignored. Only pages meant for
     * search results count: pages with noindex (meta or x-robots-tag), or whose canonical
     * names another URL, are left out, and so are pages without the field. Evidence: each
     * shared value with up to 3 of its pages ("value — N pages"), most shared first.
     */
    static Check.Accumulator uniqueValues(Params params) {
        String field = params.choice("field", List.of("title", "metaDescription"), null);
        double passShare = params.share("passShare", 1.0);
        double partialShare = params.share("partialShare", 0.8);
        Function<PageFacts, String> reader = field.equals("title") ? PageFacts::title : PageFacts::metaDescription;
        return new Check.Accumulator() {
            final Map<String, Group> groups = new HashMap<>();
            int pages;

            @Override
            public void accept(PageFacts p) {
                String v = reader.apply(p);
                if (!Pages.isContent(p) || v == null || v.isBlank() || !meantForSearch(p)) {
                    return;
                }
                pages++;
                String key = v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                groups.computeIfAbsent(key, k -> new Group(v.strip())).add(p.url());
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (pages == 0) {
                    return Outcome.notApplicable(LocalizedText.of("Aucune page avec ce champ", "No page with this field"));
                }
                List<Group> shared = groups.values().stream().filter(g -> g.count > 1)
                        .sorted(Comparator.comparingInt((Group g) -> -g.count).thenComparing(g -> g.value)).toList();
                int sharing = shared.stream().mapToInt(g -> g.count).sum();
                List<Example> examples = new ArrayList<>();
                for (Group g : shared) {
                    for (String url : g.urls) {
                        if (url != null && examples.size() < Examples.MAX) {
                            examples.add(new Example(url, g.value + " — " + g.count + " pages"));
                        }
                    }
                }
                int unique = pages - sharing;
                double score = (double) unique / pages;
                boolean title = field.equals("title");
                LocalizedText summary = LocalizedText.of(
                        unique + " page(s) sur " + pages + " avec " + (title ? "un titre unique" : "une méta-description unique")
                                + " (" + ShareOfPages.percent(score) + ")",
                        unique + " of " + pages + " page(s) with a unique " + (title ? "title" : "meta description")
                                + " (" + ShareOfPages.percent(score) + ")");
                return Outcome.ratio(score, passShare, partialShare, summary, Outcome.seen(examples, sharing));
            }
        };
    }

    /** A value shared by pages: how many, and the first three. */
    private static final class Group {
        final String value;
        final String[] urls = new String[3];
        int count;

        Group(String value) {
            this.value = value;
        }

        void add(String url) {
            if (count < urls.length) {
                urls[count] = url;
            }
            count++;
        }
    }

    /** Not noindex, and not canonicalised to another URL. */
    private static boolean meantForSearch(PageFacts p) {
        if (SiteChecks.forbidsIndexing(p.metaRobots()) || SiteChecks.forbidsIndexing(p.headers().get("x-robots-tag"))) {
            return false;
        }
        String c = p.canonical();
        return c == null || c.isBlank() || comparable(c).equals(comparable(p.url()))
                || comparable(c).equals(comparable(p.finalUrl()));
    }

    /** A URL without scheme, www., fragment and trailing slash, lower-case: for "is it the same page". */
    private static String comparable(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        int hash = u.indexOf('#');
        u = hash >= 0 ? u.substring(0, hash) : u;
        int scheme = u.indexOf("://");
        u = scheme >= 0 ? u.substring(scheme + 3) : u;
        u = u.startsWith("www.") ? u.substring(4) : u;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /**
     * {@code key-pages-meta}: the share of key pages (home and depth 1) that have every one
     * of {@code keys} with a non-blank value. Keys are lower-cased; {@code og:*} are read in
     * the Open Graph tags, {@code twitter:*} in the Twitter card tags (no fallback from one
     * to the other: the checklist names what it wants); any other key is rejected.
     * Pass at 100 %, partial from 50 %. Evidence: the pages and their missing keys.
     */
    static Check.Accumulator keyPagesMeta(Params params) {
        List<String> keys = CompanyChecks.requiredList(params, "keys").stream()
                .map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
        for (String k : keys) {
            if (!(k.startsWith("og:") || k.startsWith("twitter:")) || k.endsWith(":")) {
                throw new IllegalArgumentException("parameter \"keys\" must list og:* or twitter:* keys, got \"" + k + "\"");
            }
        }
        return new ShareOfPages(new Params(Map.of("scope", "key")), p -> {
            List<String> missing = keys.stream().filter(k -> {
                String v = (k.startsWith("og:") ? p.openGraph() : p.twitter()).get(k);
                return v == null || v.isBlank();
            }).toList();
            return ShareOfPages.Judgement.of(missing.isEmpty(), missing.isEmpty() ? null : "absent: " + String.join(", ", missing));
        }, LocalizedText.of("pages clés", "key pages"));
    }

    /**
     * {@code home-head}: the home page's head declares an icon ({@code rel} token
     * {@code icon}, as in "shortcut icon"), an apple-touch-icon (or -precomposed), a web app
     * manifest, a theme-color. Pass: any of {@code anyOf} and all of {@code allOf} (at least
     * one of the two lists is required). Partial: some of the listed items, not enough.
     * Fail: none of them. Not applicable without a home record.
     */
    static Check.Accumulator homeHead(Params params) {
        List<String> anyOf = CompanyChecks.allowed("anyOf", params.strings("anyOf"), HEAD_ITEMS);
        List<String> allOf = CompanyChecks.allowed("allOf", params.strings("allOf"), HEAD_ITEMS);
        if (anyOf.isEmpty() && allOf.isEmpty()) {
            throw new IllegalArgumentException("parameter \"anyOf\" (or \"allOf\") is required: a list among " + HEAD_ITEMS);
        }
        Set<String> listed = new LinkedHashSet<>(anyOf);
        listed.addAll(allOf);
        return s -> {
            if (s.home() == null) {
                return Outcome.notApplicable(LocalizedText.of("Page d'accueil non lue", "Home page not read"));
            }
            Map<String, String> present = headItems(s.home());
            Examples seen = new Examples();
            List<String> found = listed.stream().filter(present::containsKey).toList();
            List<String> absent = listed.stream().filter(i -> !present.containsKey(i)).toList();
            found.forEach(i -> seen.add(s.home().url(), i + ": " + present.get(i)));
            boolean anyOk = anyOf.isEmpty() || anyOf.stream().anyMatch(present::containsKey);
            boolean allOk = allOf.stream().allMatch(present::containsKey);
            LocalizedText summary = LocalizedText.of(
                    "En-tête de l'accueil : " + (found.isEmpty() ? "rien de " + listed : String.join(", ", found))
                            + (absent.isEmpty() || found.isEmpty() ? "" : " ; absents : " + String.join(", ", absent)),
                    "Home page head: " + (found.isEmpty() ? "none of " + listed : String.join(", ", found))
                            + (absent.isEmpty() || found.isEmpty() ? "" : "; missing: " + String.join(", ", absent)));
            return Outcome.of(anyOk && allOk ? 2 : found.isEmpty() ? 0 : 1, summary, seen.evidence());
        };
    }

    /** The head items of a page among {@link #HEAD_ITEMS}, with what declares them. */
    private static Map<String, String> headItems(PageFacts home) {
        Map<String, String> items = new LinkedHashMap<>();
        for (PageFacts.Icon icon : home.icons()) {
            List<String> rels = List.of(String.valueOf(icon.rel()).toLowerCase(Locale.ROOT).split("\\s+"));
            if (rels.contains("icon")) {
                items.putIfAbsent("icon", icon.href());
            }
            if (rels.contains("apple-touch-icon") || rels.contains("apple-touch-icon-precomposed")) {
                items.putIfAbsent("apple-touch-icon", icon.href());
            }
            if (rels.contains("manifest")) {
                items.putIfAbsent("manifest", icon.href());
            }
        }
        if (home.manifest() != null && !home.manifest().isBlank()) {
            items.put("manifest", home.manifest());
        }
        if (home.themeColor() != null && !home.themeColor().isBlank()) {
            items.put("theme-color", home.themeColor());
        }
        return items;
    }

    /**
     * {@code responsive-styles}: media queries in the site's CSS (inline {@code <style>} of
     * any page, crawled stylesheets, the home page's off-site stylesheets) and a viewport
     * meta on the home page that follows the device width ({@code width=device-width}; a
     * fixed-width viewport is not responsive). Both: pass; one: partial; neither: fail.
     * Evidence: the home viewport, then where media queries were found.
     */
    static Check.Accumulator responsiveStyles(Params params) {
        return new Check.Accumulator() {
            final Examples sources = new Examples();
            long rules;

            @Override
            public void accept(PageFacts p) {
                if (Pages.isContent(p) && p.inlineMediaQueries() > 0) {
                    rules += p.inlineMediaQueries();
                    sources.add(p.url(), p.inlineMediaQueries() + " @media (<style>)");
                } else if (!p.isHtml() && isType(p, "text/css") && p.mediaQueries() > 0) {
                    rules += p.mediaQueries();
                    sources.add(p.url(), p.mediaQueries() + " @media");
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                CrawlSummary.Outside outside = s.crawl().outside();
                if (outside != null && outside.stylesheets() != null) {
                    for (CrawlSummary.Stylesheet css : outside.stylesheets()) {
                        if (css.mediaQueries() > 0) {
                            rules += css.mediaQueries();
                            sources.add(css.url(), css.mediaQueries() + " @media");
                        }
                    }
                }
                String viewport = s.home() == null ? null : s.home().viewport();
                boolean responsive = viewport != null
                        && viewport.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).contains("width=device-width");
                boolean media = rules > 0;
                List<Example> examples = new ArrayList<>();
                examples.add(new Example(s.home() == null ? null : s.home().url(), "viewport: " + (viewport == null ? "—" : viewport)));
                examples.addAll(sources.evidence().examples());
                LocalizedText summary = LocalizedText.of(
                        (media ? rules + " règle(s) @media dans le CSS" : "Aucune règle @media dans le CSS") + ", "
                                + (responsive ? "viewport adapté aux mobiles" : viewport == null ? "pas de viewport"
                                : "viewport sans width=device-width"),
                        (media ? rules + " @media rule(s) in the CSS" : "No @media rule in the CSS") + ", "
                                + (responsive ? "mobile-friendly viewport" : viewport == null ? "no viewport"
                                : "viewport without width=device-width"));
                return Outcome.of((media ? 1 : 0) + (responsive ? 1 : 0), summary,
                        Outcome.seen(examples, sources.count() + 1));
            }
        };
    }

    /**
     * {@code caching}: the share of static resources (non-HTML records answering 200 whose
     * content type is image/*, text/css or JavaScript) that browsers may keep: cache-control
     * max-age or s-maxage above 0, or immutable, or a validator (ETag, Last-Modified).
     * {@code no-store} means not cached, whatever else is there. An Expires header alone is
     * not counted (it needs a clock). Pass from {@code passShare} (0.8), partial from
     * {@code partialShare} (0.4); no static resource fetched: not applicable.
     */
    static Check.Accumulator caching(Params params) {
        double passShare = params.share("passShare", 0.8);
        double partialShare = params.share("partialShare", 0.4);
        return new Check.Accumulator() {
            final Examples uncached = new Examples();
            int total;

            @Override
            public void accept(PageFacts p) {
                if (p.isHtml() || p.status() != 200 || !isStatic(p)) {
                    return;
                }
                total++;
                if (!cacheable(p.headers())) {
                    uncached.add(p.url(), "cache-control: " + p.headers().getOrDefault("cache-control", "—")
                            + ", etag: " + p.headers().getOrDefault("etag", "—")
                            + ", last-modified: " + p.headers().getOrDefault("last-modified", "—"));
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (total == 0) {
                    return Outcome.notApplicable(LocalizedText.of("Aucune ressource statique lue", "No static resource fetched"));
                }
                int cached = total - uncached.count();
                double score = (double) cached / total;
                return Outcome.ratio(score, passShare, partialShare, LocalizedText.of(
                        cached + " ressource(s) statique(s) sur " + total + " mises en cache (" + ShareOfPages.percent(score) + ")",
                        cached + " of " + total + " static resource(s) cacheable (" + ShareOfPages.percent(score) + ")"),
                        uncached.evidence());
            }
        };
    }

    private static boolean isStatic(PageFacts p) {
        String type = p.contentType() == null ? "" : p.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("text/css") || type.contains("javascript")
                || type.contains("ecmascript");
    }

    static boolean cacheable(Map<String, String> headers) {
        String cc = headers.getOrDefault("cache-control", "").toLowerCase(Locale.ROOT);
        if (cc.contains("no-store")) {
            return false;
        }
        return seconds(cc, "max-age") > 0 || seconds(cc, "s-maxage") > 0 || cc.contains("immutable")
                || present(headers.get("etag")) || present(headers.get("last-modified"));
    }

    /** The value of a {@code name=seconds} cache-control directive; 0 when absent or unreadable. */
    private static long seconds(String cacheControl, String name) {
        for (String part : cacheControl.split(",")) {
            String d = part.strip();
            if (d.startsWith(name + "=")) {
                try {
                    return Long.parseLong(d.substring(name.length() + 1).replace("\"", "").strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * {@code content-freshness}: the newest {@code published} date among article pages:
     * pages whose path matches {@code urlPatterns}, or with an Article, BlogPosting or
     * NewsArticle type (JSON-LD or microdata). Dates read as yyyy-MM-dd or ISO date-time
     * (the day of a date-time with an offset is taken in UTC); dates more than a day after
     * the crawl (events, typos) are ignored. Age in days from the crawl's date:
     * {@code <= maxAgeDays} (required) pass, {@code <= partialAgeDays} (default twice
     * maxAgeDays) partial, older fail. No dated article: fail when such pages exist (a blog
     * that shows no date cannot prove it lives), not applicable otherwise.
     */
    static Check.Accumulator contentFreshness(Params params) {
        List<String> patterns = params.strings("urlPatterns");
        int maxAge = params.integer("maxAgeDays", null);
        if (maxAge < 0) {
            throw new IllegalArgumentException("parameter \"maxAgeDays\" must be 0 or more, got " + maxAge);
        }
        int partialAge = params.integer("partialAgeDays", maxAge * 2);
        if (partialAge < maxAge) {
            throw new IllegalArgumentException("parameter \"partialAgeDays\" must be at least maxAgeDays (" + maxAge
                    + "), got " + partialAge);
        }
        return new Check.Accumulator() {
            final TreeMap<LocalDate, String> newest = new TreeMap<>();
            String sectionUrl;
            int articles;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p) || (Pages.matchingPattern(p.url(), patterns) == null && !isArticle(p))) {
                    return;
                }
                articles++;
                sectionUrl = sectionUrl == null ? p.url() : sectionUrl;
                LocalDate date = date(p.published());
                if (date != null) {
                    newest.putIfAbsent(date, p.url());
                    if (newest.size() > NEWEST_DATES) {
                        newest.pollFirstEntry();
                    }
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                LocalDate today = LocalDate.ofInstant(s.now(), ZoneOffset.UTC);
                Map.Entry<LocalDate, String> last = newest.floorEntry(today.plusDays(1));
                if (last == null) {
                    return articles == 0
                            ? Outcome.notApplicable(LocalizedText.of("Pas de blog ni d'actualités", "No blog or news section"))
                            : Outcome.fail(LocalizedText.of(articles + " page(s) de blog ou d'articles, aucune datée",
                            articles + " blog or article page(s), none dated"), Outcome.seen(new Example(sectionUrl, null)));
                }
                long age = Math.max(0, ChronoUnit.DAYS.between(last.getKey(), today));
                LocalizedText summary = LocalizedText.of(
                        "Dernier article publié le " + last.getKey() + ", il y a " + age + " jour(s)",
                        "Newest article published on " + last.getKey() + ", " + age + " day(s) ago");
                return Outcome.of(age <= maxAge ? 2 : age <= partialAge ? 1 : 0, summary,
                        Outcome.seen(new Example(last.getValue(), last.getKey().toString())));
            }
        };
    }

    private static boolean isArticle(PageFacts p) {
        return ARTICLE_TYPES.stream().anyMatch(t -> CompanyChecks.containsIgnoreCase(p.jsonLdTypes(), t)
                || CompanyChecks.containsIgnoreCase(p.microdataTypes(), t));
    }

    /** A yyyy-MM-dd date or ISO date-time, as a day; null when it reads as neither. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time with an offset
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        boolean dateThenTime = v.length() == 10 || (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' '));
        try {
            return v.length() >= 10 && dateThenTime ? LocalDate.parse(v.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@code contact-one-click}: the home page links to the contact page: an internal link
     * whose path matches {@code urlPatterns} or whose text contains one of {@code linkTexts}
     * (at least one of the two lists is required); a contact form on the home page itself
     * counts too (zero clicks). Partial: a contact page exists deeper (a crawled page whose
     * path matches, or such a link on another page). Fail: none found.
     */
    static Check.Accumulator contactOneClick(Params params) {
        List<String> patterns = params.strings("urlPatterns");
        List<String> texts = params.strings("linkTexts");
        if (patterns.isEmpty() && texts.isEmpty()) {
            throw new IllegalArgumentException("parameter \"urlPatterns\" (or \"linkTexts\") is required: a non-empty list");
        }
        return new Check.Accumulator() {
            Example fromHome;
            Example deeper;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p)) {
                    return;
                }
                Example link = p.links().stream()
                        .filter(l -> l.internal() && (Pages.matchingPattern(l.href(), patterns) != null
                                || Pages.containsAny(l.text(), texts)))
                        .findFirst().map(l -> new Example(p.url(), l.text() + " → " + l.href())).orElse(null);
                if (Pages.isHome(p)) {
                    if (link == null) {
                        link = p.forms().stream().filter(f -> f.kind() == FormKind.CONTACT).findFirst()
                                .map(f -> new Example(p.url(), "form contact → " + f.action())).orElse(null);
                    }
                    fromHome = fromHome == null ? link : fromHome;
                } else if (deeper == null) {
                    deeper = Pages.matchingPattern(p.url(), patterns) != null
                            ? new Example(p.url(), "depth " + p.depth()) : link;
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (fromHome != null) {
                    return Outcome.pass(LocalizedText.of("Contact accessible en un clic depuis l'accueil",
                            "Contact one click away from the home page"), Outcome.seen(fromHome));
                }
                if (deeper != null) {
                    return Outcome.partial(LocalizedText.of("Page de contact trouvée, mais pas de lien depuis l'accueil",
                            "Contact page found, but not linked from the home page"), Outcome.seen(deeper));
                }
                return Outcome.fail(LocalizedText.of("Aucune page de contact trouvée", "No contact page found"),
                        Outcome.seen());
            }
        };
    }

    /**
     * {@code product-offers}: JSON-LD Product (or IndividualProduct) nodes, anywhere in the
     * blocks ({@code @graph}, item lists, variants), except products named as the item of an
     * offer or as related to another product. A product is priced when one of its offers
     * (object or array; Offer, AggregateOffer with lowPrice, nested offers, or a
     * priceSpecification) has both a price and a priceCurrency. Every product priced: pass;
     * some without: partial; a microdata Product only (its price cannot be read): partial;
     * no product but an e-commerce technology: fail; neither: not applicable.
     */
    static Check.Accumulator productOffers(Params params) {
        return new Check.Accumulator() {
            final Examples priced = new Examples();
            final Examples unpriced = new Examples();
            String microdataUrl;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p)) {
                    return;
                }
                int before = priced.count() + unpriced.count();
                CompanyChecks.eachObject(p.jsonLd(), (key, node) -> {
                    if ((key != null && NOT_ON_SALE.contains(key)) || CompanyChecks.firstType(node, PRODUCT_TYPES) == null) {
                        return;
                    }
                    String name = node.hasNonNull("name") ? node.get("name").asText() : "Product";
                    String price = price(node.get("offers"), 0);
                    if (price != null) {
                        priced.add(p.url(), name + " — " + price);
                    } else {
                        unpriced.add(p.url(), name + " — " + (node.has("offers") ? "offers: price/priceCurrency absent" : "offers: absent"));
                    }
                });
                if (microdataUrl == null && priced.count() + unpriced.count() == before
                        && CompanyChecks.containsIgnoreCase(p.microdataTypes(), "Product")) {
                    microdataUrl = p.url();
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                int products = priced.count() + unpriced.count();
                if (products > 0) {
                    LocalizedText summary = LocalizedText.of(
                            products + " produit(s) en JSON-LD, " + priced.count() + " avec prix et devise",
                            products + " product(s) in JSON-LD, " + priced.count() + " with price and currency");
                    return unpriced.isEmpty() ? Outcome.pass(summary, priced.evidence()) : Outcome.partial(summary, unpriced.evidence());
                }
                if (microdataUrl != null) {
                    return Outcome.partial(LocalizedText.of("Produits en microdonnées seulement : prix non vérifiable",
                            "Products in microdata only: price cannot be checked"),
                            Outcome.seen(new Example(microdataUrl, "Product (microdata)")));
                }
                var shops = s.site().technologies("category:ecommerce");
                if (!shops.isEmpty()) {
                    Examples ex = new Examples();
                    shops.forEach(t -> ex.add(t.firstPage(), t.name()));
                    return Outcome.fail(LocalizedText.of("Boutique en ligne détectée, mais aucun produit en données structurées",
                            "Online shop detected, but no product in structured data"), ex.evidence());
                }
                return Outcome.notApplicable(LocalizedText.of("Ni produit ni boutique en ligne", "No product and no online shop"));
            }
        };
    }

    /** "19.90 EUR" from the first offer with a price and a currency, or null. */
    private static String price(JsonNode offers, int depth) {
        if (offers == null || depth > 3) {
            return null;
        }
        if (offers.isArray()) {
            for (JsonNode offer : offers) {
                String p = price(offer, depth + 1);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (!offers.isObject()) {
            return null;
        }
        String currency = text(offers.get("priceCurrency"));
        String amount = text(offers.get("price"));
        amount = amount != null ? amount : text(offers.get("lowPrice"));
        if (currency != null && amount != null) {
            return amount + " " + currency;
        }
        String spec = price(offers.get("priceSpecification"), depth + 1);
        return spec != null ? spec : price(offers.get("offers"), depth + 1);
    }

    private static String text(JsonNode value) {
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String t = value.asText().strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean isType(PageFacts p, String type) {
        return p.contentType() != null && p.contentType().toLowerCase(Locale.ROOT).startsWith(type);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
