package dev.vitrine.score;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The closed set of checks, by the id a criterion names. Adding a kind of criterion means
 * adding a check here; adding a criterion of an existing kind is a checklist change only.
 * Each check is described in {@code src/main/resources/checklist/README.md}.
 */
final class Checks {

    private static final Map<String, Check> ALL = Map.ofEntries(
            // share of pages
            Map.entry("pages-field", PageChecks::field),
            Map.entry("pages-length", PageChecks::length),
            Map.entry("pages-headings", PageChecks::headings),
            Map.entry("pages-canonical", PageChecks::canonical),
            Map.entry("pages-https", PageChecks::https),
            Map.entry("pages-mixed-content", PageChecks::mixedContent),
            Map.entry("pages-forms-https", PageChecks::formsHttps),
            Map.entry("pages-budget", PageChecks::budget),
            Map.entry("pages-compressed", PageChecks::compressed),
            Map.entry("pages-images-alt", PageChecks::imagesAlt),
            // the site, the crawl, the outside fetches
            Map.entry("home-reachable", SiteChecks::homeReachable),
            Map.entry("home-https", SiteChecks::homeHttps),
            Map.entry("home-indexable", SiteChecks::homeIndexable),
            Map.entry("http-to-https", SiteChecks::httpToHttps),
            Map.entry("sitemap", SiteChecks::sitemap),
            Map.entry("broken-links", SiteChecks::brokenLinks),
            Map.entry("redirect-chains", SiteChecks::redirectChains),
            Map.entry("header", SiteChecks::header),
            Map.entry("hsts", SiteChecks::hsts),
            Map.entry("text-file", SiteChecks::textFile),
            Map.entry("ai-crawlers", SiteChecks::aiCrawlers),
            Map.entry("http2", SiteChecks::http2),
            // content across pages
            Map.entry("unique-values", ContentChecks::uniqueValues),
            Map.entry("key-pages-meta", ContentChecks::keyPagesMeta),
            Map.entry("home-head", ContentChecks::homeHead),
            Map.entry("responsive-styles", ContentChecks::responsiveStyles),
            Map.entry("caching", ContentChecks::caching),
            Map.entry("content-freshness", ContentChecks::contentFreshness),
            Map.entry("contact-one-click", ContentChecks::contactOneClick),
            Map.entry("product-offers", ContentChecks::productOffers),
            // the company: profiles, structured data, contact details
            Map.entry("social-profiles", CompanyChecks::socialProfiles),
            Map.entry("same-as-consistent", CompanyChecks::sameAsConsistent),
            Map.entry("structured-organization", CompanyChecks::structuredOrganization),
            Map.entry("nap-consistent", CompanyChecks::napConsistent),
            Map.entry("address-hours", CompanyChecks::addressHours),
            Map.entry("tel-links", CompanyChecks::telLinks),
            Map.entry("mailto-links", CompanyChecks::mailtoLinks),
            // off the site: own profiles, directory listings, backlinks (offsite.json)
            Map.entry("verified-profiles", OffsiteChecks::verifiedProfiles),
            Map.entry("profiles-on-home", OffsiteChecks::profilesOnHome),
            Map.entry("same-handle", OffsiteChecks::sameHandle),
            Map.entry("directory-listings", OffsiteChecks::directoryListings),
            Map.entry("referring-domains", OffsiteChecks::referringDomains),
            Map.entry("backlink-targets-ok", OffsiteChecks::backlinkTargetsOk),
            Map.entry("backlink-sources-linking", OffsiteChecks::backlinkSourcesLinking),
            Map.entry("backlinks-follow-share", OffsiteChecks::backlinksFollowShare),
            // signals and tools
            Map.entry("signals", SignalChecks::signals),
            Map.entry("technology-count", SignalChecks::technologyCount),
            Map.entry("trackers-need-consent", SignalChecks::trackersNeedConsent));

    private Checks() {}

    static Check byId(String id) {
        return id == null ? null : ALL.get(id);
    }

    static List<String> ids() {
        return List.copyOf(new TreeSet<>(ALL.keySet()));
    }
}
