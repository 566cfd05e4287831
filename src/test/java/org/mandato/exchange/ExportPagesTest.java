package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Downloads of listings and packs, and the upload of a pack, through the real endpoints. */
@MandatoTest
class ExportPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aListingDownloadsExactlyWhatThePageShows() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/themes/migration?institution=iom")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String csvLink = page.select(".downloads a").first().attr("href");

        String csv = mvc.perform(get(csvLink)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();

        assertThat(csvLink).isEqualTo("/export/reports.csv?theme=migration&institution=iom");
        assertThat(rows).extracting(r -> r.get("date")).containsExactly("2018-03-16", "2016-06-08", "2011-06-21");
        assertThat(rows.get(2).get("citations")).isEqualTo("Port of Spain 2009 ¶17");
        assertThat(rows.get(1).get("body_en")).contains("\n\nThe International Organization for Migration (IOM) is the principal");
        assertThat(mvc.perform(get("/export/reports.json?paragraph=v/port-of-spain-declaration/17")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"key\":\"iom-migration-2011-06-21\"").doesNotContain("2016-06-08");
    }

    @Test
    void thePublicPackHoldsTheCatalogueAndPublishedReportsAndImportsBack() throws Exception {
        byte[] zip = mvc.perform(get("/export/pack.zip")).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKeys("pack.properties", "themes.csv", "paragraphs/v-port-of-spain-declaration.csv", "reports.csv");
        assertThat(files.get("reports.csv").lines().count()).isGreaterThan(3);

        var upload = new MockMultipartFile("file", "pack.zip", "application/zip", zip);
        String answer = mvc.perform(multipart("/secretariat/import/pack").file(upload).with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).startsWith("Loaded 'Mandato public data': ");
    }

    @Test
    void aBrokenPackIsRefusedWithTheReasonAndTheFullExportIsTheSecretariatsOnly() throws Exception {
        var notZip = new MockMultipartFile("file", "pack.zip", "application/zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        var response = mvc.perform(multipart("/secretariat/import/pack").file(notZip).with(user(TestUsers.secretariat())).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("archive: the uploaded file is not a zip archive, or holds no file\n");
        assertThat(mvc.perform(get("/secretariat/export/pack.zip")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/secretariat/export/pack.zip").with(user(TestUsers.secretariat()))).andReturn().getResponse()
                .getContentType()).isEqualTo("application/zip");
    }

    @Test
    void everyCatalogueListingDownloadsAsItsPackFile() throws Exception {
        var themes = Jsoup.parse(mvc.perform(get("/themes")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String link = themes.select(".downloads a").first().attr("href");
        String csv = mvc.perform(get(link)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(link).isEqualTo("/export/themes.csv");
        assertThat(csv).startsWith("slug,parent,legacy_id,name_en,name_es,name_pt,name_fr\r\nmigration,,15,Migration,");
        for (String url : new String[] {"/export/institutions.csv", "/export/countries.csv", "/export/summits.csv",
                "/export/documents.csv", "/export/paragraphs/v/port-of-spain-declaration.csv"}) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(200);
        }
        String paragraphs = mvc.perform(get("/export/paragraphs/v/port-of-spain-declaration.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(paragraphs.lines().count()).isEqualTo(98);
        assertThat(mvc.perform(get("/export/paragraphs/v/nothing.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
