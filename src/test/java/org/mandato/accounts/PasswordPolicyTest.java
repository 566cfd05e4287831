package org.mandato.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandato.web.FormErrors;

/** The password rules one by one, each answered under the field it is about. */
class PasswordPolicyTest {

    @Test
    void aLongSentenceOfOwnWordsWillDo() {
        assertThat(refusal("the heron waits at dawn")).isNull();
        assertThat(refusal("9#Kx!michael-Q")).as("a common word inside a password is not the password").isNull();
        assertThat(refusal("Ålesund fjord ferry 7:40")).isNull();
    }

    @Test
    void eachRuleHasItsOwnMessage() {
        assertThat(refusal("short one")).isEqualTo("password.error.length");
        assertThat(refusal("ĉ".repeat(37))).as("74 bytes in UTF-8").isEqualTo("password.error.tooLong");
        assertThat(refusal("tab\there is no good")).isEqualTo("password.error.control");
        assertThat(refusal("aaaaaaaaaaaa")).isEqualTo("password.error.repeated");
        assertThat(refusal("123123123123")).isEqualTo("password.error.repeated");
        assertThat(refusal("passwordpasswordpassword")).isEqualTo("password.error.repeated");
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSignsAroundThem() {
        assertThat(refusal("1234567890")).as("too short first").isEqualTo("password.error.length");
        assertThat(refusal("Password2024!")).isEqualTo("password.error.common");
        assertThat(refusal("2024-monkey-2024")).isEqualTo("password.error.common");
        assertThat(refusal("qwertyuiop!!")).isEqualTo("password.error.common");
        assertThat(refusal("I love you 1234")).isEqualTo("password.error.common");
        assertThat(refusal("Contraseña2025")).as("one of Mandato's own additions").isEqualTo("password.error.common");
    }

    @Test
    void theLimitOfTheHashIsCountedInBytes() {
        assertThat(PasswordPolicy.fitsTheHash("a".repeat(72))).isTrue();
        assertThat(PasswordPolicy.fitsTheHash("é".repeat(36))).isTrue();
        assertThat(PasswordPolicy.fitsTheHash("é".repeat(36) + "a")).isFalse();
    }

    private static String refusal(String password) {
        FormErrors errors = new FormErrors();
        PasswordPolicy.check(password, "next", errors);
        return errors.has("next") ? errors.all().get(0).key() : null;
    }
}
