package dev.vitrine.extract;

import java.util.List;

/**
 * The signs of one technology, as read and compiled from technologies.yaml: any one sign is
 * enough to detect it. Field meanings are documented at the top of that file.
 *
 * @param headers header rules; a rule whose pattern is null asks only that the header be present
 */
record Fingerprint(
        String id,
        String name,
        String category,
        List<Rule> scripts,
        List<Rule> inline,
        List<Rule> links,
        List<Marker> markers,
        List<HeaderRule> headers,
        List<Rule> cookies,
        List<Rule> generator) {

    /** A lower-case header name and a rule on its value, or null for "present". */
    record HeaderRule(String header, Rule value) {}
}
