package org.mandato.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every template needs about the request it renders: the reader's language, the message
 * bundle in that language, dates and numbers formatted for it, and the links of the language switch.
 */
public final class Site {

    private final Language language;
    private final MessageSource messages;
    private final String pathAndQuery;
    private final Viewer viewer;
    private final CsrfToken csrf;

    public Site(Language language, MessageSource messages, String pathAndQuery, Viewer viewer, CsrfToken csrf) {
        this.language = language;
        this.messages = messages;
        this.pathAndQuery = pathAndQuery;
        this.viewer = viewer;
        this.csrf = csrf;
    }

    /** The signed-in person, or null for an anonymous visitor. */
    public Viewer viewer() {
        return viewer;
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean secretariat() {
        return viewer != null && viewer.isSecretariat();
    }

    /** The name of the hidden field every form posts its CSRF token in. */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The path of the page being shown, for forms that post back to it. */
    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    public String lang() {
        return language.code();
    }

    public Locale locale() {
        return language.locale();
    }

    /** The message {@code key} in the reader's language; a missing key fails loudly in tests. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String number(long value) {
        return numbers().integer(value);
    }

    /** A decimal as stored (an indicator's value, say), with the reader's separators; "" for none. */
    public String number(BigDecimal value) {
        return numbers().decimal(value);
    }

    public DisplayNumbers numbers() {
        return DisplayNumbers.of(language);
    }

    public String text(LocalizedText text) {
        return text.text(lang());
    }

    public LocalizedText.Shown shown(LocalizedText text) {
        return text.in(lang());
    }

    /** "(original in English)" for a text shown in a language other than the reader's. */
    public String originalNote(LocalizedText.Shown shown) {
        String languageName = Language.fromCode(shown.lang())
                .map(l -> t("language.name." + l.code()))
                .orElse(shown.lang());
        return t("content.originalIn", languageName);
    }

    public List<LanguageLink> languages() {
        return Language.OFFERED.stream()
                .map(l -> new LanguageLink(l.code(), l.nativeName(), hrefIn(l), l == language))
                .toList();
    }

    /** This page's URL with the language set to {@code target}. */
    public String hrefIn(Language target) {
        return UriComponentsBuilder.fromUriString(pathAndQuery)
                .replaceQueryParam("lang", target.code())
                .build()
                .toUriString();
    }

    public record LanguageLink(String code, String name, String href, boolean current) {}
}
