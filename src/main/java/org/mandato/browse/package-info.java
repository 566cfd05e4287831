/**
 * The public reading room: pages that join the catalogue and the published reports — home,
 * theme, paragraph, institution, country and report pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Browse")
package org.mandato.browse;
