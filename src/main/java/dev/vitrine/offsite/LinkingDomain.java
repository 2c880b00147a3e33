package dev.vitrine.offsite;

/**
 * A linking site known only by its domain and link count: a row of Search Console's "Top
 * linking sites" export.
 */
record LinkingDomain(String domain, int links, String origin) {}
