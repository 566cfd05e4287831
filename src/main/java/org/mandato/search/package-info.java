/**
 * Search across the four languages: a Lucene index of the paragraphs and the published reports,
 * kept up to date from the database's change log, the search page and API, and the suggestion of
 * the paragraphs a report's text serves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.mandato.search;
