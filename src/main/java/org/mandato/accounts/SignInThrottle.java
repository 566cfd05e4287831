package org.mandato.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account; the fifth in a row locks the account for a while (sign-in
 * is refused even with the right password) and is logged. A successful sign-in resets the count.
 * A locked account is refused with the same answer as a wrong password or an unknown name
 * ({@link SecurityConfiguration#signInProvider}), so locking tells nobody which names exist.
 */
@Component
class SignInThrottle {

    static final int FAILURES_BEFORE_LOCK = 5;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lockFor;

    SignInThrottle(UserRepository users, ApplicationEventPublisher events, Clock clock,
                   @Value("${mandato.sign-in.lock-duration:PT15M}") Duration lockFor) {
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = asTyped(String.valueOf(event.getAuthentication().getPrincipal()));
        String remote = remoteAddress(event.getAuthentication().getDetails());
        int failures = users.recordFailure(username);
        events.publishEvent(new AccountEvents.SignInFailed(username, remote, failures));
        if (failures >= FAILURES_BEFORE_LOCK && failures % FAILURES_BEFORE_LOCK == 0) {
            OffsetDateTime until = OffsetDateTime.now(clock).plus(lockFor);
            users.lockUntil(username, until);
            log.warn("Account '{}' locked until {} after {} failed sign-ins (last from {})", username, until, failures, remote);
            events.publishEvent(new AccountEvents.AccountLocked(username, remote, until));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            users.recordSuccess(user.getUsername());
            events.publishEvent(new AccountEvents.SignedIn(user.getUsername(), remoteAddress(event.getAuthentication().getDetails())));
        }
    }

    /** The name as typed, cut to the longest an account can have: the audit log keeps no more. */
    private static String asTyped(String username) {
        int longest = AccountsUserDetailsService.LONGEST_USERNAME;
        return username.length() <= longest ? username : username.substring(0, longest - 1) + "…";
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
