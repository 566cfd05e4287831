/**
 * Open data: the read API under {@code /api/v1} (JSON, paginated, cacheable, described by
 * OpenAPI) and Atom feeds of newly published reports and national reports. Only published ones ever
 * leave here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package org.mandato.api;
