/**
 * Reports that actors file on what they did, the themes they touch and the paragraphs they cite,
 * with their status. Pages read published reports through {@link org.mandato.reporting.Reports};
 * imports write through {@link org.mandato.reporting.ReportImport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.mandato.reporting;
