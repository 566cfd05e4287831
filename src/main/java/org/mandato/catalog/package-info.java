/**
 * The catalogue of the process: summits, the documents they adopted, the numbered paragraphs
 * (mandates) of those documents, the themes, and the actors (institutions and countries).
 * Other modules read it through {@link org.mandato.catalog.Catalog} and write it through
 * {@link org.mandato.catalog.CatalogImport}; the Secretariat edits it on the screens under
 * {@code /secretariat/catalog} (the admin controllers, through the package-private {@code CatalogEditing}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.mandato.catalog;
