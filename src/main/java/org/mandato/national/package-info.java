/**
 * National reporting: the reporting cycles the Secretariat sets, and the national reports in which a
 * government enters, per mandate, its status, goals, indicators with dated values and notes. Other
 * modules read cycles through {@link org.mandato.national.ReportingCycles} and published entries
 * through {@link org.mandato.national.NationalReports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National reporting")
package org.mandato.national;
