/**
 * Follow-up: which mandates are served by reports and which nobody reports on (coverage), who
 * reports on which themes, how recently each actor reported (freshness), and the Secretariat's
 * compilation of a period's institutional reports for the review group, as a page and a PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package org.mandato.followup;
