/**
 * The catalogue of the process: summits, the documents they adopted, the numbered paragraphs
 * (mandates) of those documents, the themes, and the actors (institutions and countries).
 * Other modules read it through {@link org.mandato.catalog.Catalog} and write it through
 * {@link org.mandato.catalog.CatalogImport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.mandato.catalog;
