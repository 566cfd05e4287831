package org.mandato.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mandato.glossary.GlossaryConcept;

/** The demo pack's glossary read straight from its file, for tests and benchmarks that build an index without the application. */
final class GlossaryCsv {

    private GlossaryCsv() {
    }

    static List<GlossaryConcept> demoPack() {
        List<GlossaryConcept> concepts = new ArrayList<>();
        try (Reader reader = new InputStreamReader(GlossaryCsv.class.getResourceAsStream("/packs/summits-of-the-americas/glossary.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, List<String>> terms = new LinkedHashMap<>();
                for (String lang : Analyzers.LANGUAGES) {
                    List<String> inLanguage = Arrays.stream(record.get("terms_" + lang).split(";")).map(String::strip)
                            .filter(t -> !t.isEmpty()).toList();
                    if (!inLanguage.isEmpty()) {
                        terms.put(lang, inLanguage);
                    }
                }
                concepts.add(new GlossaryConcept(record.get("concept"), record.get("kind"), terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concepts;
    }
}
