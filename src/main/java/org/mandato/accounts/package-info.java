/**
 * People who sign in: their accounts, roles and the actor (institution or country) they report
 * for, password handling, sign-in throttling and the security rules of every URL. Other modules
 * read the signed-in person as a {@link org.mandato.accounts.SignedInUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.mandato.accounts;
