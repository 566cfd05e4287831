package org.mandato.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every language the interface offers has every message, and no empty one. */
class MessageBundlesTest {

    /** The bundles named by spring.messages.basename in application.properties. */
    static final String[] BUNDLES = {"messages", "catalog-admin-messages", "search-messages", "exchange-messages", "api-messages", "followup-messages", "national-messages", "compilation-messages", "compliance-messages", "listing-messages", "ops-messages", "mail-messages"};

    @Test
    void offeredLanguagesHaveEveryKey() throws IOException {
        for (String bundleName : BUNDLES) {
            Set<String> english = keys(load(bundleName + ".properties"));
            for (Language language : Language.OFFERED) {
                if (language == Language.EN) {
                    continue;
                }
                Properties bundle = load(bundleName + "_" + language.code() + ".properties");
                assertThat(keys(bundle)).as("keys of " + bundleName + " in " + language).isEqualTo(english);
                assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                        assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank());
            }
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties application = load("application.properties");
        assertThat(application.getProperty("spring.messages.basename").split(",")).containsExactly(BUNDLES);
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
