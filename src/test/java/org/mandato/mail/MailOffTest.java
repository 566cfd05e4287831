package org.mandato.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without spring.mail.host mail is off: nothing is queued, and every page that would send says so
 * (following by mail, forgot password, the Secretariat's new user, the account page).
 */
@MandatoWriteTest
class MailOffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void nothingIsQueued() {
        assertThat(outbox.isOn()).isFalse();
        Boolean queued = transactions.execute(status -> outbox.enqueue(
                Letter.to("someone@example.org", Language.EN, "test").subject("Never").build()));
        assertThat(queued).isFalse();
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
    }

    @Test
    void thePagesThatWouldSendSaySo() throws Exception {
        assertThat(page("/themes/migration").select("#follow-mail-off").text()).contains("sends no mail");
        assertThat(page("/themes/migration").select("section.follow form")).isEmpty();
        assertThat(page("/password/forgot").select("#mail-off").text()).contains("Ask the Summits Secretariat");
        assertThat(page("/subscriptions/erase").select("main").text()).contains("sends no mail");
        Document newUser = Jsoup.parse(mvc.perform(get("/secretariat/users/new").with(user(TestUsers.secretariat())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(newUser.select("#mail-off").text()).contains("one-time password");

        String answer = Jsoup.parse(mvc.perform(post("/subscriptions").param("email", "reader@example.org").param("kind", "theme")
                .param("key", "migration").param("frequency", "daily")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("main").text();
        assertThat(answer).contains("no address is kept");
        assertThat(mvc.perform(post("/password/forgot").with(csrf()).param("email", "someone@example.org")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("sends no mail");
        assertThat(jdbc.sql("select count(*) from subscriber").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
