/**
 * Page chrome shared by every page: the layout's model (language, messages, breadcrumbs), the
 * language choice, texts per language, and the error pages; and the small pieces every module
 * shares (typed numbers, control characters, CSV files, a worker's {@link org.mandato.web.Bell}).
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.mandato.web;
