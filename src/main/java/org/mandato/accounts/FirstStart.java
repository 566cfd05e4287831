package org.mandato.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On a database without a Secretariat account, creates one. Its password is
 * {@code --mandato.admin.password} when given, else random and written once to the log; either
 * way it must be changed at the first sign-in.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    FirstStart(UserAccounts accounts, @Value("${mandato.admin.username:admin}") String username,
               @Value("${mandato.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password.isBlank();
        String initial = generated ? UserAccounts.oneTimePassword() : password;
        boolean created;
        try {
            created = accounts.createFirstSecretariat(username, initial);
        } catch (DataIntegrityViolationException e) {
            // Another instance starting at the same moment on the same empty database created it first.
            log.info("The Secretariat account '{}' was created by another instance starting at the same time", username);
            return;
        }
        if (created) {
            if (generated) {
                log.warn("Created the Secretariat account '{}' with the one-time password {} ; it must be changed at first sign-in.",
                        username, initial);
            } else {
                log.warn("Created the Secretariat account '{}' with the password given in mandato.admin.password; "
                        + "it must be changed at first sign-in.", username);
            }
        }
    }
}
