package org.mandato.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is offered in; content may exist in others too. */
public enum Language {
    EN("English"), ES("Español"), PT("Português"), FR("Français");

    private final String nativeName;
    private final String code;
    private final Locale locale;

    Language(String nativeName) {
        this.nativeName = nativeName;
        this.code = name().toLowerCase(Locale.ROOT);
        this.locale = Locale.forLanguageTag(code);
    }

    /** Languages whose message bundles are complete (MessageBundlesTest); the switch offers these. */
    public static final List<Language> OFFERED = List.of(EN, ES, PT, FR);

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return OFFERED.stream()
                .filter(l -> l.code().equals(locale.getLanguage()))
                .findFirst()
                .orElse(EN);
    }
}
