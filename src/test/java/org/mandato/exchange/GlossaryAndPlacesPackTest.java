package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Summit;
import org.mandato.glossary.Glossary;
import org.mandato.glossary.GlossaryConcept;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18's pack data: the glossary is a pack file like the others (loaded in the pack's
 * transaction, errors naming file, line and column, exported back) and summits.csv gives a place in
 * each language, while a pack written before those columns still loads.
 */
@MandatoWriteTest
class GlossaryAndPlacesPackTest {

    @Autowired
    PackImporter importer;
    @Autowired
    PackExporter exporter;
    @Autowired
    Glossary glossary;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPackLoadsItsGlossaryInTheFourLanguages() {
        assertThat(count("select count(*) from glossary_concept where kind = 'term'")).isGreaterThanOrEqualTo(600);
        assertThat(count("select count(*) from glossary_concept where kind = 'acronym'")).isGreaterThanOrEqualTo(50);
        assertThat(jdbc.sql("select distinct lang from glossary_term order by lang").query(String.class).list())
                .containsExactly("en", "es", "fr", "pt");
        GlossaryConcept iom = glossary.concepts().stream().filter(c -> c.slug().equals("iom")).findFirst().orElseThrow();
        assertThat(iom.isAcronym()).isTrue();
        assertThat(iom.terms("es")).containsExactly("OIM", "Organización Internacional para las Migraciones");
        assertThat(iom.preferred("en")).isEqualTo("IOM");
    }

    @Test
    void aGlossaryLoadsFromAPackOfItsOwnAndLoadingItAgainChangesNothing() {
        String file = "concept,kind,terms_en,terms_fr\n"
                + "probe-remittance-costs,term,remittance costs; cost of remittances,coût des envois de fonds\n"
                + "probe-body,acronym,PRB; Probe Body,OSP; Organisme sonde\n";
        importer.load(pack(Map.of("glossary.csv", file)).toUri().toString());
        List<Map<String, Object>> once = jdbc.sql("select * from glossary_term order by 1, 2, 3").query().listOfRows();
        importer.load(pack(Map.of("glossary.csv", file)).toUri().toString());

        assertThat(jdbc.sql("select * from glossary_term order by 1, 2, 3").query().listOfRows()).isEqualTo(once);
        GlossaryConcept probe = glossary.concepts().stream().filter(c -> c.slug().equals("probe-remittance-costs")).findFirst().orElseThrow();
        assertThat(probe.terms()).isEqualTo(Map.of("en", List.of("remittance costs", "cost of remittances"), "fr", List.of("coût des envois de fonds")));
        assertThat(exporter.files("x", false).get("glossary.csv"))
                .startsWith("concept,kind,terms_en,terms_es,terms_pt,terms_fr\r\n")
                .contains("\nprobe-remittance-costs,term,remittance costs; cost of remittances,,,coût des envois de fonds\r\n")
                .contains("\niom,acronym,IOM; International Organization for Migration,OIM; Organización Internacional para las Migraciones,");
    }

    @Test
    void aBadGlossaryRowNamesItsLineAndColumnAndWritesNothing() {
        int before = count("select count(*) from glossary_concept");
        assertThatThrownBy(() -> importer.load(pack(Map.of("glossary.csv", "concept,kind,terms_en\n"
                + "probe-fine,term,fine\nprobe-odd,word,odd one\n")).toUri().toString()))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("glossary.csv line 3: column 'kind': 'word' is not one of term, acronym");
        assertThatThrownBy(() -> importer.load(pack(Map.of("glossary.csv", "concept,kind,terms_en,terms_es\nprobe-empty,term, ; ,\n"))
                .toUri().toString()))
                .hasMessage("glossary.csv line 2: columns 'terms_<language>': a concept needs a term in at least one language");
        assertThatThrownBy(() -> importer.load(pack(Map.of("glossary.csv", "concept,kind,terms_en\nMigrant Workers,term,migrant workers\n"))
                .toUri().toString()))
                .hasMessageStartingWith("glossary.csv line 2: column 'concept': 'Migrant Workers' is not a slug");
        assertThatThrownBy(() -> importer.load(pack(Map.of("glossary.csv", "concept,terms_en\nprobe,probe\n")).toUri().toString()))
                .hasMessage("glossary.csv line 1: missing column 'kind'");
        assertThat(count("select count(*) from glossary_concept")).isEqualTo(before);
        assertThat(count("select count(*) from glossary_concept where slug = 'probe-fine'")).isZero();
    }

    @Test
    void summitsGiveAPlaceInEachLanguageAndOlderPacksWithOnePlaceStillLoad() {
        Summit portOfSpain = catalog.summit("v").orElseThrow();
        assertThat(portOfSpain.place()).isEqualTo("Port of Spain");
        assertThat(portOfSpain.places().byLanguage()).containsEntry("es", "Puerto España").containsEntry("fr", "Port-d'Espagne");
        assertThat(portOfSpain.place("pt")).isEqualTo("Porto de Espanha");
        assertThat(exporter.files("x", false).get("summits.csv"))
                .contains(",place_en,place_es,place_pt,place_fr\r\n").contains(",Port of Spain,Puerto España,Porto de Espanha,Port-d'Espagne\r\n");

        importer.load(pack(Map.of("summits.csv", "slug,ordinal,place,country,name_en\nprobe-old,,Old Town,,Old summit\n")).toUri().toString());
        Summit old = catalog.summit("probe-old").orElseThrow();
        assertThat(old.place()).isEqualTo("Old Town");
        assertThat(old.place("fr")).as("no French name: the place it is known by").isEqualTo("Old Town");

        importer.load(pack(Map.of("summits.csv", "slug,name_en,place_es,place_en\nprobe-new,New summit,Ciudad Nueva,New City\n")).toUri().toString());
        Summit fresh = catalog.summit("probe-new").orElseThrow();
        assertThat(fresh.place()).as("the English place stands for it").isEqualTo("New City");
        assertThat(fresh.place("es")).isEqualTo("Ciudad Nueva");

        assertThatThrownBy(() -> importer.load(pack(Map.of("summits.csv", "slug,name_en\nprobe-nowhere,Nowhere\n")).toUri().toString()))
                .hasMessage("summits.csv line 2: column 'place': a value is required (in 'place' or in a 'place_<language>' column)");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static Path pack(Map<String, String> files) {
        try {
            Path folder = Files.createTempDirectory("mandato-pack-");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("pack.properties", "name=probe\nfiles=" + String.join(",", files.keySet()) + "\n");
            all.putAll(files);
            for (var file : all.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
