package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The compilation form sent empty says what it lacks; the first visit shows the form alone. */
@MandatoTest
class CompilationFormTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anEmptyFormNamesTheMissingDatesAndAFirstVisitShowsTheFormAlone() throws Exception {
        MockHttpServletResponse empty = mvc.perform(get("/compilation?from=&to=&language=en&institution=&theme=")
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(empty.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#from", "#to");
        assertThat(page.select(".error-summary li")).hasSize(2).allMatch(item -> !item.text().isBlank());

        MockHttpServletResponse first = mvc.perform(get("/compilation").header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(first.getContentAsString(StandardCharsets.UTF_8)).select(".error-summary")).isEmpty();
    }
}
