/**
 * Follow-up: which mandates are served by reports and which nobody reports on (coverage), who
 * reports on which themes, and how recently each actor reported (freshness).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package org.mandato.followup;
