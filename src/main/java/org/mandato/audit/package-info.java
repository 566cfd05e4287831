/**
 * The audit log: sign-ins, account changes, every step of a report's review and of a compliance
 * assessment, recorded from the events the other modules publish, and the Secretariat's page to filter it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.mandato.audit;
