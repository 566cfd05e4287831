package org.mandato.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountsUserDetailsService implements UserDetailsService {

    /** The longest user name an account can have (app_user.username). */
    static final int LONGEST_USERNAME = 120;

    private final UserRepository users;
    private final Clock clock;

    AccountsUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        if (username == null || username.length() > LONGEST_USERNAME) {
            throw new UsernameNotFoundException("no such user");
        }
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.role(), account.actorId(),
                account.enabled(), account.isLocked(OffsetDateTime.now(clock)), account.mustChangePassword(),
                users.passwordHash(account.id()).orElseThrow());
    }
}
