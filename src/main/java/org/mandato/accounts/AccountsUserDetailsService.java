package org.mandato.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountsUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountsUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.role(), account.actorId(),
                account.enabled(), account.isLocked(OffsetDateTime.now(clock)), account.mustChangePassword(),
                users.passwordHash(account.id()).orElseThrow());
    }
}
