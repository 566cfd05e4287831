package org.mandato.catalog;

/** Published when the Secretariat changes the catalogue, so that what is derived from it follows. */
public record CatalogChanged(String what) {
}
