package org.mandato.mail;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A mail address as people type it, checked by Jakarta Mail's strict RFC 822 parser and a few rules
 * of our own: a bare address (no display name, no group), at most 254 characters with a local part
 * of at most 64, a domain with a dot, no control characters. Kept in lower case, so that one
 * address is one account or one subscriber however it is typed.
 */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address in lower case, or empty when what was typed is not one address. */
    public static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip();
        if (address.isEmpty() || address.length() > MAX_LENGTH || address.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > 64 || address.indexOf('@') != at || address.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            return Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.equals(parsed.getAddress()) || parsed.getPersonal() != null) {
                return Optional.empty();
            }
        } catch (AddressException notAnAddress) {
            return Optional.empty();
        }
        return Optional.of(address.toLowerCase(Locale.ROOT));
    }
}
