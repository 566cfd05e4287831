package org.mandato.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The read API and the feeds, on the demo pack. */
@MandatoTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void catalogueEndpointsAnswerJson() throws Exception {
        assertThat(body("/api/v1/summits")).startsWith("[{\"slug\":\"i\",\"ordinal\":1,").contains("\"slug\":\"x\"");
        assertThat(body("/api/v1/summits/v")).contains("\"place\":\"Port of Spain\"", "\"url\":\"/summits/v\"");
        assertThat(body("/api/v1/documents?summit=vii")).contains("\"citationLabel\":\"VII Summit\"").doesNotContain("Port of Spain 2009");
        assertThat(body("/api/v1/institutions")).contains("\"code\":\"iom\"", "\"jswgFrom\":2010");
        assertThat(body("/api/v1/themes")).contains("{\"slug\":\"migrant-human-rights\",\"parent\":\"migration\"");
        MockHttpServletResponse paragraphs = get("/api/v1/paragraphs?document=v/port-of-spain-declaration&per_page=100");
        assertThat(paragraphs.getHeader("X-Total-Count")).isEqualTo("97");
        assertThat(paragraphs.getContentAsString(StandardCharsets.UTF_8))
                .contains("{\"id\":", "\"citation\":\"Port of Spain 2009 ¶17\"", "\"themes\":[\"migration\",\"labor\",\"human-rights\"]");
    }

    @Test
    void cyclesAndPublishedNationalReportsAnswerJsonWithEveryValue() throws Exception {
        assertThat(body("/api/v1/cycles")).contains("\"slug\":\"demo-2025\"", "\"dueDate\":\"2026-04-30\"",
                "\"summits\":[\"v\",\"vii\",\"viii\"]");
        assertThat(total("/api/v1/national-reports")).as("published ones only: Chile and Jamaica").isEqualTo(2);
        assertThat(total("/api/v1/national-reports?country=CL&cycle=demo-2025")).isEqualTo(1);
        assertThat(total("/api/v1/national-reports?country=co")).as("Colombia's report is only submitted").isZero();
        String chile = body("/api/v1/national-reports?country=cl");
        assertThat(chile).contains("\"citation\":\"Lima 2018 ¶7\"", "\"status\":\"in_progress\"",
                "{\"date\":\"2025-12-31\",\"sex\":\"total\",\"group\":\"indigenous-peoples\",\"value\":22.5,");
        assertProblem("/api/v1/national-reports?cycle=nope", 400, "cycle");
        assertProblem("/api/v1/national-reports?country=zz", 400, "country");
        assertThat(get("/api/v1/national-reports/999999").getStatus()).isEqualTo(404);
    }

    @Test
    void reportsAreFilteredPaginatedAndLinked() throws Exception {
        MockHttpServletResponse first = get("/api/v1/reports?institution=iom&per_page=2");

        assertThat(first.getHeader("X-Total-Count")).isEqualTo("3");
        assertThat(first.getHeader("Link")).contains("page=2&per_page=2>; rel=\"next\"", "rel=\"last\"", "rel=\"first\"");
        assertThat(first.getContentAsString()).containsSubsequence("\"date\":\"2018-03-16\"", "\"date\":\"2016-06-08\"");
        assertThat(get("/api/v1/reports?institution=iom&per_page=2&page=2").getContentAsString())
                .contains("\"date\":\"2011-06-21\"", "\"citations\":[\"Port of Spain 2009 ¶17\"]");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();

        assertThat(total("/api/v1/reports?paragraph=v/port-of-spain-declaration/17")).isEqualTo(1);
        assertThat(total("/api/v1/reports?summit=v")).isEqualTo(1);
        assertThat(total("/api/v1/reports?document=v/port-of-spain-declaration")).isEqualTo(1);
        assertThat(total("/api/v1/reports?theme=migration")).isEqualTo(3);
        assertThat(total("/api/v1/reports?from=2016-01-01&to=2017-12-31")).isEqualTo(1);
        assertThat(total("/api/v1/reports?language=es")).isZero();
        assertThat(total("/api/v1/reports?country=PE")).isZero();
        assertThat(total("/api/v1/reports?updated_since=2000-01-01")).isEqualTo(3);
    }

    @Test
    void answersCarryAnEtagThatSavesTheSecondTransfer() throws Exception {
        MockHttpServletResponse first = get("/api/v1/reports");
        String etag = first.getHeader("ETag");

        MockHttpServletResponse again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/reports")
                .header("If-None-Match", etag)).andReturn().getResponse();

        assertThat(etag).isNotBlank();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() throws Exception {
        assertProblem("/api/v1/reports?colour=red", 400, "colour");
        assertProblem("/api/v1/reports?page=0", 400, "page");
        assertProblem("/api/v1/reports?per_page=1000", 400, "per_page");
        assertProblem("/api/v1/reports?from=2016-13-01", 400, "from");
        assertProblem("/api/v1/reports?institution=nobody", 400, "institution");
        assertProblem("/api/v1/reports?paragraph=v/port-of-spain-declaration/999", 400, "paragraph");
        assertProblem("/api/v1/reports?language=de", 400, "language");
        assertProblem("/api/v1/reports/abc", 400, "id");
        MockHttpServletResponse missing = get("/api/v1/reports/999999");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void datesOutsideTheCalendarAreProblemsNamingTheParameter() throws Exception {
        assertProblem("/api/v1/reports?updated_since=%2B99999-01-01", 400, "updated_since");
        assertProblem("/api/v1/reports?updated_since=%2B99999-01-01T00:00:00Z", 400, "updated_since");
        assertProblem("/api/v1/reports?updated_since=-5000-01-01", 400, "updated_since");
        assertProblem("/api/v1/reports?updated_since=99999-01-01", 400, "updated_since");
        assertProblem("/api/v1/reports?from=%2B99999-01-01", 400, "from");
        assertProblem("/api/v1/reports?to=-5000-12-31", 400, "to");
        assertThat(get("/api/v1/reports?updated_since=1900-01-01").getStatus()).isEqualTo(200);
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndAPageNumberIsBounded() throws Exception {
        assertThat(body("/api/v1/reports?page=1000000&per_page=100")).isEqualTo("[]");
        assertThat(body("/api/v1/paragraphs?page=1000000&per_page=100")).isEqualTo("[]");
        assertThat(body("/api/v1/national-reports?page=1000000&per_page=100")).isEqualTo("[]");
        assertProblem("/api/v1/reports?page=1000001", 400, "page");
        assertProblem("/api/v1/reports?page=-1", 400, "page");
        assertProblem("/api/v1/reports?page=99999999999999999999", 400, "page");
        assertProblem("/api/v1/national-reports?per_page=0", 400, "per_page");
    }

    @Test
    void feedsListTheLatestPublishedReports() throws Exception {
        var all = Jsoup.parse(body("/feeds/reports.atom"), "", Parser.xmlParser());
        assertThat(all.select("feed > entry")).hasSize(3);
        assertThat(all.select("feed > entry > title").first().text()).isEqualTo("Report of IOM, 2018-03-16");
        assertThat(all.select("feed > entry > category").attr("term")).isEqualTo("migration");
        assertThat(Jsoup.parse(body("/feeds/themes/migration.atom"), "", Parser.xmlParser()).select("entry")).hasSize(3);
        assertThat(Jsoup.parse(body("/feeds/institutions/iom.atom"), "", Parser.xmlParser()).select("entry")).hasSize(3);
        assertThat(Jsoup.parse(body("/feeds/institutions/idb.atom"), "", Parser.xmlParser()).select("entry")).isEmpty();
        assertThat(Jsoup.parse(body("/feeds/countries/pe.atom"), "", Parser.xmlParser()).select("feed > title").text())
                .isEqualTo("Mandato: Reports of Peru");
        assertThat(get("/feeds/themes/nothing.atom").getStatus()).isEqualTo(404);
        assertThat(get("/feeds/reports.atom").getContentType()).startsWith("application/atom+xml");
    }

    @Test
    void feedsListThePublishedNationalReportsAndNothingElse() throws Exception {
        var all = Jsoup.parse(body("/feeds/national-reports.atom"), "", Parser.xmlParser());
        assertThat(all.select("feed > title").text()).isEqualTo("Mandato: All published national reports");
        assertThat(all.select("feed > entry > title").eachText()).as("Chile and Jamaica; Colombia's is only submitted")
                .containsExactlyInAnyOrder("National report of Chile, Demonstration cycle 2025 (fictitious data)",
                        "National report of Jamaica, Demonstration cycle 2025 (fictitious data)");
        var chile = all.select("feed > entry:has(title:contains(Chile))").first();
        assertThat(chile.select("link[rel=alternate]").attr("href")).matches("http://localhost/national-reports/\\d+");
        assertThat(chile.select("author > uri").text()).isEqualTo("http://localhost/countries/cl");
        assertThat(chile.select("content").text()).contains("VII Summit Education ¶2 (in progress): ");
        assertThat(all.select("feed > updated").text()).isEqualTo(all.select("feed > entry > updated").eachText().stream()
                .max(String::compareTo).orElseThrow());

        var jamaica = Jsoup.parse(body("/feeds/countries/JM/national-reports.atom"), "", Parser.xmlParser());
        assertThat(jamaica.select("feed > title").text()).isEqualTo("Mandato: National reports of Jamaica");
        assertThat(jamaica.select("entry")).hasSize(1);
        assertThat(Jsoup.parse(body("/feeds/countries/co/national-reports.atom"), "", Parser.xmlParser()).select("entry")).isEmpty();
        assertThat(get("/feeds/countries/zz/national-reports.atom").getStatus()).isEqualTo(404);
        assertThat(get("/feeds/national-reports.atom").getContentType()).startsWith("application/atom+xml");
    }

    @Test
    void everyApiEndpointIsDescribedInOpenApiAndOnTheApiPage() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/")).forEach(mapped::add));
        String openApi = body("/v3/api-docs");
        String page = body("/api");

        assertThat(mapped).hasSizeGreaterThanOrEqualTo(10);
        for (String path : mapped) {
            assertThat(openApi).as("OpenAPI describes " + path).contains("\"" + path + "\"");
            assertThat(page).as("the API page lists " + path).contains(path);
        }
    }

    private void assertProblem(String url, int status, String parameter) throws Exception {
        MockHttpServletResponse response = get(url);
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        assertThat(response.getContentType()).as(url).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).as(url).contains("\"parameter\":\"" + parameter + "\"");
    }

    private long total(String url) throws Exception {
        return Long.parseLong(get(url).getHeader("X-Total-Count"));
    }

    private String body(String url) throws Exception {
        MockHttpServletResponse response = get(url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse get(String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)).andReturn().getResponse();
    }
}
