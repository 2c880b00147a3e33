package dev.vitrine.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.SocialProfile;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Checks of the company as the site presents it: social profiles, structured data, phone and e-mail. */
final class CompanyChecks {

    private CompanyChecks() {}

    /** The platforms whose visible profile should also be declared in JSON-LD {@code sameAs}. */
    static final Set<String> MAJOR_PLATFORMS = Set.of("facebook", "instagram", "linkedin", "x", "youtube", "tiktok",
            "pinterest");

    /** Distinct phone numbers or addresses remembered per check: beyond, they are only counted. */
    static final int MAX_DISTINCT = 200;

    /**
     * {@code social-profiles}: how many of the listed platforms the site links to (a visible
     * link or {@code rel="me"}; a profile only declared in JSON-LD or twitter:site is not
     * something a visitor can follow, so it does not count). Only the company's own profiles
     * count ({@link #companyProfiles}). {@code platforms} is required;
     * {@code min} defaults to 1 and {@code partialMin} to 1 (some but not enough: partial).
     */
    static Check.Accumulator socialProfiles(Params params) {
        List<String> platforms = requiredList(params, "platforms").stream()
                .map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
        int min = params.integer("min", 1);
        int partialMin = params.integer("partialMin", 1);
        requireLevels(min, partialMin);
        return s -> {
            Examples linked = new Examples();
            Set<String> found = new LinkedHashSet<>();
            for (SocialProfile p : companyProfiles(s)) {
                if (platforms.contains(p.platform()) && isVisible(p)) {
                    found.add(p.platform());
                    linked.add(p.url(), p.platform() + " " + p.handle() + " (" + String.join(", ", p.sources()) + ")");
                }
            }
            List<String> missing = platforms.stream().filter(p -> !found.contains(p)).toList();
            int n = found.size();
            LocalizedText summary = LocalizedText.of(
                    n + " réseau(x) lié(s) depuis le site (minimum " + min + ")"
                            + (missing.isEmpty() ? "" : " ; absents : " + String.join(", ", missing)),
                    n + " network(s) linked from the site (minimum " + min + ")"
                            + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)));
            return Outcome.of(n >= min ? 2 : n >= partialMin ? 1 : 0, summary, linked.evidence());
        };
    }

    /**
     * {@code same-as-consistent}: the JSON-LD {@code sameAs} list and the profiles linked on
     * the pages say the same. Every sameAs profile must be linked visibly (any platform);
     * every visibly linked profile of a {@link #MAJOR_PLATFORMS major platform} must be in
     * sameAs (a WhatsApp or GitHub link need not be). Handles compare case-insensitively.
     * Profiles seen only in twitter:site count on neither side. Evidence: the mismatches
     * (with the source that has them), or the matched profiles when all agree.
     */
    static Check.Accumulator sameAsConsistent(Params params) {
        return s -> {
            Map<String, SocialProfile> sameAs = new LinkedHashMap<>();
            Map<String, SocialProfile> visible = new LinkedHashMap<>();
            for (SocialProfile p : companyProfiles(s)) {
                String key = p.platform() + "/" + String.valueOf(p.handle()).toLowerCase(Locale.ROOT);
                if (p.sources().contains("json-ld")) {
                    sameAs.putIfAbsent(key, p);
                }
                if (isVisible(p)) {
                    visible.putIfAbsent(key, p);
                }
            }
            if (sameAs.isEmpty() && visible.isEmpty()) {
                return Outcome.notApplicable(LocalizedText.of("Aucun profil social trouvé", "No social profile found"));
            }
            Examples mismatches = new Examples();
            sameAs.forEach((k, p) -> {
                if (!visible.containsKey(k)) {
                    mismatches.add(p.url(), k + " (json-ld)");
                }
            });
            int sameAsOnly = mismatches.count();
            visible.forEach((k, p) -> {
                if (MAJOR_PLATFORMS.contains(p.platform()) && !sameAs.containsKey(k)) {
                    mismatches.add(p.url(), k + " (link)");
                }
            });
            int linkOnly = mismatches.count() - sameAsOnly;
            if (sameAs.isEmpty()) {
                return Outcome.fail(LocalizedText.of(
                        visible.size() + " profil(s) lié(s), mais aucun sameAs dans les données structurées",
                        visible.size() + " profile(s) linked, but no sameAs in the structured data"), mismatches.evidence());
            }
            if (mismatches.isEmpty()) {
                Examples matched = new Examples();
                sameAs.forEach((k, p) -> matched.add(p.url(), k));
                return Outcome.pass(LocalizedText.of(sameAs.size() + " profil(s) en sameAs, tous liés sur le site",
                        sameAs.size() + " sameAs profile(s), all linked on the site"), matched.evidence());
            }
            return Outcome.partial(LocalizedText.of(
                    sameAsOnly + " profil(s) en sameAs sans lien visible, " + linkOnly + " profil(s) lié(s) absent(s) de sameAs",
                    sameAsOnly + " sameAs profile(s) not linked visibly, " + linkOnly + " linked profile(s) missing from sameAs"),
                    mismatches.evidence());
        };
    }

    /**
     * {@code structured-organization}: a JSON-LD node of one of {@code types} (required;
     * compared case-insensitively, schema.org prefixes ignored; subtypes count only when
     * listed) with every one of {@code fields} (default {@code [name]}) present and
     * non-empty, anywhere on the site ({@code @graph} and nested nodes included). A node of
     * the type with fields missing is partial, and so is a microdata item of the type: its
     * properties are not extracted, so its fields cannot be checked. Evidence: the best node.
     */
    static Check.Accumulator structuredOrganization(Params params) {
        List<String> types = requiredList(params, "types");
        List<String> fields = params.strings("fields").isEmpty() ? List.of("name") : params.strings("fields");
        return new Check.Accumulator() {
            String bestUrl;
            String bestType;
            List<String> bestMissing;
            String microdataUrl;
            String microdataType;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p) || (bestMissing != null && bestMissing.isEmpty())) {
                    return;
                }
                eachObject(p.jsonLd(), (key, node) -> {
                    String type = firstType(node, types);
                    if (type != null) {
                        List<String> missing = fields.stream().filter(f -> !nonEmpty(node.get(f))).toList();
                        if (bestMissing == null || missing.size() < bestMissing.size()) {
                            bestUrl = p.url();
                            bestType = type;
                            bestMissing = missing;
                        }
                    }
                });
                if (microdataUrl == null) {
                    microdataType = p.microdataTypes().stream().filter(t -> containsIgnoreCase(types, t)).findFirst().orElse(null);
                    microdataUrl = microdataType == null ? null : p.url();
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (bestMissing != null && bestMissing.isEmpty()) {
                    return Outcome.pass(LocalizedText.of(bestType + " en JSON-LD avec " + String.join(", ", fields),
                                    bestType + " in JSON-LD with " + String.join(", ", fields)),
                            Outcome.seen(new Example(bestUrl, bestType + ": " + String.join(", ", fields))));
                }
                if (bestMissing != null) {
                    return Outcome.partial(LocalizedText.of(bestType + " en JSON-LD, champs manquants : " + String.join(", ", bestMissing),
                                    bestType + " in JSON-LD, missing fields: " + String.join(", ", bestMissing)),
                            Outcome.seen(new Example(bestUrl, bestType + " − " + String.join(", ", bestMissing))));
                }
                if (microdataUrl != null) {
                    return Outcome.partial(LocalizedText.of(microdataType + " en microdonnées seulement : champs non vérifiables",
                                    microdataType + " in microdata only: fields cannot be checked"),
                            Outcome.seen(new Example(microdataUrl, microdataType + " (microdata)")));
                }
                return Outcome.fail(LocalizedText.of("Aucune donnée structurée " + String.join(" / ", types),
                        "No " + String.join(" / ", types) + " structured data"), Outcome.seen());
            }
        };
    }

    /**
     * {@code nap-consistent}: the phone numbers of the click-to-call links and of JSON-LD
     * {@code telephone} (anywhere in the blocks), normalised to E.164 ({@link #normalisePhone}).
     * A number is "shown on the pages" when a tel: link has it (page text is not kept by the
     * crawl). One number in all: pass; every JSON-LD number shown on the pages: pass (other
     * numbers beside it, a mobile or a fax, are fine); a JSON-LD number shown while another
     * is not, or several numbers and no JSON-LD: partial; JSON-LD numbers none of which is
     * shown: fail; no number at all: not applicable.
     */
    static Check.Accumulator napConsistent(Params params) {
        return new Check.Accumulator() {
            final Map<String, Seen> numbers = new LinkedHashMap<>();

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p)) {
                    return;
                }
                Set<String> onThisPage = new LinkedHashSet<>();
                for (String t : p.tel()) {
                    String n = normalisePhone(t);
                    if (!n.isEmpty() && onThisPage.add(n)) {
                        seen(n, p.url()).pages++;
                    }
                }
                eachObject(p.jsonLd(), (key, node) -> eachText(node.get("telephone"), t -> {
                    String n = normalisePhone(t);
                    if (!n.isEmpty()) {
                        seen(n, p.url()).jsonLd = true;
                    }
                }));
            }

            private Seen seen(String number, String url) {
                Seen s = numbers.get(number);
                if (s == null) {
                    s = new Seen(url);
                    if (numbers.size() < MAX_DISTINCT) {
                        numbers.put(number, s);
                    }
                }
                return s;
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (numbers.isEmpty()) {
                    return Outcome.notApplicable(LocalizedText.of("Aucun numéro de téléphone", "No phone number"));
                }
                Examples ex = new Examples();
                int structured = 0;
                int structuredShown = 0;
                for (Map.Entry<String, Seen> e : numbers.entrySet()) {
                    Seen n = e.getValue();
                    structured += n.jsonLd ? 1 : 0;
                    structuredShown += n.jsonLd && n.pages > 0 ? 1 : 0;
                    ex.add(n.firstUrl, e.getKey() + " (" + (n.pages > 0 ? "tel × " + n.pages : "")
                            + (n.jsonLd && n.pages > 0 ? ", " : "") + (n.jsonLd ? "json-ld" : "") + ")");
                }
                int distinct = numbers.size();
                LocalizedText summary = LocalizedText.of(
                        distinct + " numéro(s) différent(s), " + structured + " en JSON-LD dont " + structuredShown + " affiché(s) sur les pages",
                        distinct + " different number(s), " + structured + " in JSON-LD, " + structuredShown + " of them shown on the pages");
                if (structured > 0 && structuredShown == 0) {
                    return Outcome.fail(summary, ex.evidence());
                }
                boolean pass = distinct == 1 || (structured > 0 && structuredShown == structured);
                return Outcome.of(pass ? 2 : 1, summary, ex.evidence());
            }
        };
    }

    private static final class Seen {
        final String firstUrl;
        int pages;
        boolean jsonLd;

        Seen(String firstUrl) {
            this.firstUrl = firstUrl;
        }
    }

    /**
     * {@code address-hours}: structured data gives the postal address and the opening hours.
     * Address: a non-empty JSON-LD {@code address}, a non-empty JSON-LD PostalAddress, a
     * microdata PostalAddress. Hours: a non-empty JSON-LD {@code openingHours} or
     * {@code openingHoursSpecification}, a non-empty JSON-LD or a microdata OpeningHoursSpecification (microdata properties are not extracted,
     * so a microdata {@code openingHours} alone is not seen).
     */
    static Check.Accumulator addressHours(Params params) {
        return new Check.Accumulator() {
            Example address;
            Example hours;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p) || (address != null && hours != null)) {
                    return;
                }
                eachObject(p.jsonLd(), (key, node) -> {
                    if (address == null && (nonEmpty(node.get("address")) || (hasType(node, "PostalAddress") && nonEmpty(node)))) {
                        address = new Example(p.url(), "address: " + brief(node.has("address") ? node.get("address") : node));
                    }
                    for (String field : List.of("openingHours", "openingHoursSpecification")) {
                        if (hours == null && nonEmpty(node.get(field))) {
                            hours = new Example(p.url(), field + ": " + brief(node.get(field)));
                        }
                    }
                    if (hours == null && hasType(node, "OpeningHoursSpecification") && nonEmpty(node)) {
                        hours = new Example(p.url(), "OpeningHoursSpecification: " + brief(node));
                    }
                });
                if (address == null && containsIgnoreCase(p.microdataTypes(), "PostalAddress")) {
                    address = new Example(p.url(), "PostalAddress (microdata)");
                }
                if (hours == null && containsIgnoreCase(p.microdataTypes(), "OpeningHoursSpecification")) {
                    hours = new Example(p.url(), "OpeningHoursSpecification (microdata)");
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                List<Example> seen = new ArrayList<>();
                if (address != null) {
                    seen.add(address);
                }
                if (hours != null) {
                    seen.add(hours);
                }
                LocalizedText summary = LocalizedText.of(
                        (address != null ? "Adresse" : "Pas d'adresse") + " et " + (hours != null ? "horaires" : "pas d'horaires")
                                + " dans les données structurées",
                        (address != null ? "Address" : "No address") + " and " + (hours != null ? "opening hours" : "no opening hours")
                                + " in the structured data");
                return Outcome.of(seen.size(), summary, Outcome.seen(seen, seen.size()));
            }
        };
    }

    /**
     * {@code tel-links}: click-to-call links in international format: '+' then 8 to 15
     * digits once spaces, dots, dashes and parentheses are removed. A national trunk
     * "(0)" after the country code ({@code +33 (0)1…}) is not E.164: phones dial the 0.
     * RFC 3966 parameters ({@code ;ext=12}) are ignored. Numbers count once per site (the
     * first {@value #MAX_DISTINCT} distinct ones are remembered to tell repeats apart).
     */
    static Check.Accumulator telLinks(Params params) {
        return distinctValues(CompanyChecks::isE164,
                (n, bad) -> LocalizedText.of(n + " numéro(s) cliquable(s), " + bad + " hors format international (E.164)",
                        n + " click-to-call number(s), " + bad + " not in international format (E.164)"),
                LocalizedText.of("Aucun lien tel: cliquable", "No click-to-call (tel:) link"),
                PageFacts::tel);
    }

    /**
     * {@code mailto-links}: e-mail links whose addresses are well-formed: a local part of
     * the usual characters without leading, trailing or doubled dots, then a domain of
     * labels (letters, digits, inner dashes; IDN letters allowed) ending in a top-level
     * domain of two letters or more. Obfuscated forms ({@code contact[at]…}) are invalid:
     * the link does not work. Addresses count once per site; evidence: the invalid ones.
     */
    static Check.Accumulator mailtoLinks(Params params) {
        return distinctValues(a -> EMAIL.matcher(a).matches(),
                (n, bad) -> LocalizedText.of(n + " adresse(s) e-mail cliquable(s), " + bad + " invalide(s)",
                        n + " e-mail link address(es), " + bad + " invalid"),
                LocalizedText.of("Aucun lien mailto:", "No mailto: link"),
                PageFacts::mailto);
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([\\p{L}0-9]([\\p{L}0-9-]{0,61}[\\p{L}0-9])?\\.)+(\\p{L}{2,63}|xn--[a-z0-9-]{1,59})");

    /** The shape of tel-links and mailto-links: distinct values across the site, the invalid ones as evidence. */
    private static Check.Accumulator distinctValues(java.util.function.Predicate<String> valid,
                                                    java.util.function.BiFunction<Integer, Integer, LocalizedText> summary,
                                                    LocalizedText none,
                                                    java.util.function.Function<PageFacts, List<String>> values) {
        return new Check.Accumulator() {
            final Set<String> seen = new LinkedHashSet<>();
            final Examples invalid = new Examples();
            int distinct;

            @Override
            public void accept(PageFacts p) {
                if (!Pages.isContent(p)) {
                    return;
                }
                for (String v : values.apply(p)) {
                    if (seen.contains(v)) {
                        continue;
                    }
                    if (seen.size() < MAX_DISTINCT) {
                        seen.add(v);
                    }
                    distinct++;
                    if (!valid.test(v.strip())) {
                        invalid.add(p.url(), v);
                    }
                }
            }

            @Override
            public Outcome finish(Snapshot s) {
                if (distinct == 0) {
                    return Outcome.fail(none, Outcome.seen());
                }
                return Outcome.of(invalid.isEmpty() ? 2 : 1, summary.apply(distinct, invalid.count()), invalid.evidence());
            }
        };
    }

    static boolean isE164(String raw) {
        String number = raw.strip();
        int params = number.indexOf(';');
        if (params >= 0) {
            number = number.substring(0, params);
        }
        if (number.replace(" ", "").contains("(0)")) {
            return false;
        }
        String compact = number.replaceAll("[\\s.()\\-]", "");
        return compact.matches("\\+[0-9]{8,15}");
    }

    /**
     * A phone number in E.164 when it can be: separators removed, {@code 00} and a trunk
     * {@code (0)} after the country code dropped, French national numbers ({@code 0X XX XX XX XX})
     * given +33. Other national numbers stay as their digits. Empty when there is no digit.
     */
    static String normalisePhone(String raw) {
        String n = raw == null ? "" : raw.strip();
        if (n.regionMatches(true, 0, "tel:", 0, 4)) {
            n = n.substring(4);
        }
        int params = n.indexOf(';');
        n = (params >= 0 ? n.substring(0, params) : n).replace("(0)", "");
        n = n.replaceAll("[^0-9+]", "");
        if (n.startsWith("00")) {
            n = "+" + n.substring(2);
        } else if (n.matches("0[1-9][0-9]{8}")) {
            n = "+33" + n.substring(1);
        }
        return n.replaceAll("[^0-9]", "").isEmpty() ? "" : n;
    }

    /**
     * The company's own profiles. With offsite.json, only the profiles it judged own (linked
     * from the header, footer, navigation or most pages, or declared): a partner's profile
     * linked inside an article is a mention and must not count; their sources are then the
     * reasons ({@code footer}, {@code json-ld}…). Without it (a run made before), every
     * profile the pages link to or declare, as before.
     */
    static List<SocialProfile> companyProfiles(Snapshot s) {
        if (s.offsite() == null) {
            return s.site().socialProfiles();
        }
        return s.offsite().profiles().stream()
                .filter(Offsite.Profile::own)
                .map(p -> new SocialProfile(String.valueOf(p.platform()).toLowerCase(Locale.ROOT), p.handle(), p.url(),
                        p.reasons(), p.pages()))
                .toList();
    }

    /** Declarations only (JSON-LD sameAs, twitter:site) are not something a visitor can follow. */
    private static final Set<String> NOT_VISIBLE = Set.of("json-ld", "twitter:site");

    /** Linked visibly: a link or rel="me" (crawl sources), or any place on the page (offsite reasons). */
    static boolean isVisible(SocialProfile p) {
        return isVisible(p.sources());
    }

    static boolean isVisible(List<String> sourcesOrReasons) {
        return sourcesOrReasons.stream().anyMatch(source -> !NOT_VISIBLE.contains(source));
    }

    static void requireLevels(int min, int partialMin) {
        if (min < 1) {
            throw new IllegalArgumentException("parameter \"min\" must be 1 or more, got " + min);
        }
        if (partialMin < 1 || partialMin > min) {
            throw new IllegalArgumentException("parameter \"partialMin\" must be from 1 to min (" + min + "), got " + partialMin);
        }
    }

    /** A list parameter that must be given and not empty. */
    static List<String> requiredList(Params params, String key) {
        List<String> values = params.strings(key);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter \"" + key + "\" is required (a non-empty list)");
        }
        return values;
    }

    /** Checks a list parameter's values against the allowed ones; the message names the key. */
    static List<String> allowed(String key, List<String> values, Collection<String> allowed) {
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException("parameter \"" + key + "\" must list values among " + allowed
                        + ", got \"" + v + "\"");
            }
        }
        return values;
    }

    static boolean containsIgnoreCase(Collection<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }

    // JSON-LD reading, shared with ContentChecks.

    private static final int MAX_DEPTH = 32;
    private static final List<String> SCHEMA_ORG_PREFIXES = List.of("http://schema.org/", "https://schema.org/",
            "http://www.schema.org/", "https://www.schema.org/", "schema:");

    /**
     * Calls {@code action} with every JSON object of the blocks, at any depth (nested values,
     * {@code @graph}, arrays), and the property it is the value of (null at the top).
     */
    static void eachObject(List<JsonNode> roots, BiConsumer<String, JsonNode> action) {
        for (JsonNode root : roots) {
            walk(null, root, action, 0);
        }
    }

    private static void walk(String key, JsonNode node, BiConsumer<String, JsonNode> action, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                walk(key, item, action, depth + 1);
            }
        } else if (node.isObject()) {
            action.accept(key, node);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("@context")) {
                    walk(field.getKey(), field.getValue(), action, depth + 1);
                }
            }
        }
    }

    /** The node's {@code @type} values (text or array), schema.org prefixes removed. */
    static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        eachText(node.get("@type"), t -> {
            String type = t.strip();
            for (String prefix : SCHEMA_ORG_PREFIXES) {
                if (type.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    type = type.substring(prefix.length());
                    break;
                }
            }
            out.add(type);
        });
        return out;
    }

    static boolean hasType(JsonNode node, String type) {
        return containsIgnoreCase(types(node), type);
    }

    /** The first of the node's types that is among {@code wanted}, or null. */
    static String firstType(JsonNode node, Collection<String> wanted) {
        return types(node).stream().filter(t -> containsIgnoreCase(wanted, t)).findFirst().orElse(null);
    }

    /** Present and not empty: a non-blank text, a number or boolean, an array or object with something non-empty in it. */
    static boolean nonEmpty(JsonNode value) {
        return nonEmpty(value, 0);
    }

    private static boolean nonEmpty(JsonNode value, int depth) {
        if (value == null || value.isNull() || value.isMissingNode() || depth > MAX_DEPTH) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isBlank();
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (nonEmpty(item, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                if (!field.getKey().equals("@type") && !field.getKey().equals("@context") && nonEmpty(field.getValue(), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Each text (or number) of a value that is one or an array of them. */
    static void eachText(JsonNode value, java.util.function.Consumer<String> action) {
        if (value == null) {
            return;
        }
        if (value.isTextual() || value.isNumber()) {
            action.accept(value.asText());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual() || item.isNumber()) {
                    action.accept(item.asText());
                }
            }
        }
    }

    /** A short readable form of a value for evidence: texts joined, objects as their compact JSON. */
    static String brief(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : value.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
