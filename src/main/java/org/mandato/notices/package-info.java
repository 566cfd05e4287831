/**
 * Notices by mail to the people who report and review: reminders before a reporting cycle's due date
 * and when it has passed, the Secretariat's daily digest, and a word at each step of a report's review
 * (submitted, returned with its comment, published). Messages go through {@link org.mandato.mail.Outbox}
 * in the transaction of the step, to the accounts that have not turned that kind off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package org.mandato.notices;
