package org.mandato.exchange;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the packs named in {@code mandato.packs.load-on-start} when the application starts. */
@Component
class PackLoader implements ApplicationRunner {

    private final PackImporter importer;
    private final List<String> packs;

    PackLoader(PackImporter importer, @Value("${mandato.packs.load-on-start:}") List<String> packs) {
        this.importer = importer;
        this.packs = packs;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String pack : packs) {
            if (!pack.isBlank()) {
                importer.load("classpath:packs/" + pack.strip() + "/");
            }
        }
    }
}
