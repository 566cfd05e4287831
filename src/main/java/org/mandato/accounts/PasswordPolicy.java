package org.mandato.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.mandato.web.FormErrors;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes in UTF-8 (all that BCrypt
 * reads), without control characters, not one character or one short group repeated, and not a
 * common password, also when digits or punctuation are added before or after it ("Monkey2024!").
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;
    private static final String COMMON_PASSWORDS = "/accounts/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Adds to {@code errors}, under {@code field}, what is wrong with the password; nothing when it will do. */
    static void check(String password, String field, FormErrors errors) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            errors.add(field, "password.error.length", MINIMUM_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            errors.add(field, "password.error.tooLong", MAXIMUM_BYTES);
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            errors.add(field, "password.error.control");
        } else if (isRepetition(password)) {
            errors.add(field, "password.error.repeated");
        } else if (isCommon(password)) {
            errors.add(field, "password.error.common");
        }
    }

    /** Whether BCrypt can hold the password whole; one that cannot must never reach the encoder. */
    static boolean fitsTheHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }

    /** One group of at most a third of the password, repeated to make all of it: "aaaaaaaaaaaa", "abcabcabcabc". */
    static boolean isRepetition(String password) {
        int length = password.length();
        for (int group = 1; group <= length / 3; group++) {
            if (length % group == 0 && password.substring(0, group).repeat(length / group).equals(password)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the password, in lower case, with or without its spaces, and with or without its padding, is on the list. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String joined = lower.replaceAll("\\s+", "");
        return COMMON.contains(lower) || COMMON.contains(withoutPadding(lower))
                || COMMON.contains(joined) || COMMON.contains(withoutPadding(joined));
    }

    /** The password without the digits, spaces and punctuation people put before or after a word. */
    private static String withoutPadding(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
