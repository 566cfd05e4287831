package org.mandato.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: {@code ?lang=} on any URL chooses it and a cookie remembers it; without
 * either, the browser's Accept-Language decides, falling back to English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("mandato-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> Language.of(acceptedLocale(request)).locale());
        return resolver;
    }

    private static Locale acceptedLocale(HttpServletRequest request) {
        var offered = Language.OFFERED.stream().map(Language::locale).toList();
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Locale wanted = locales.nextElement();
            for (Locale candidate : offered) {
                if (candidate.getLanguage().equals(wanted.getLanguage())) {
                    return candidate;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Language.fromCode(request.getParameter(LANGUAGE_PARAMETER))
                        .filter(Language.OFFERED::contains)
                        .ifPresent(l -> localeResolver().setLocale(request, response, l.locale()));
                return true;
            }
        });
    }
}
