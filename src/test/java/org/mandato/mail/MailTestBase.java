package org.mandato.mail;

import org.junit.jupiter.api.BeforeEach;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with mail on, sending to {@link MailServer}, on an H2 database of its own
 * with the demo pack, and a {@link MovableClock}. No thread sends and no timer runs: tests call
 * {@link #sendQueued()} and the jobs' {@code runOnce} methods, so nothing depends on timing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-mail;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "mandato.mail.sender-thread=false",
        "mandato.public-url=https://mandato.example.org",
        "mandato.mail.from=Mandato <mandato@mandato.example.org>"
})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import({TestUsers.class, MailTestBase.Clocks.class})
public abstract class MailTestBase {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MovableClock clock;
    @Autowired
    OutboxSender sender;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MailServer.use(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @BeforeEach
    void emptyOutboxAndMailbox() {
        jdbc.sql("delete from mail_outbox").update();
        MailServer.clear();
        clock.set(java.time.Instant.now());
    }

    /** Sends what the outbox holds that is due, as the sender's thread would; returns how many were sent. */
    protected int sendQueued() {
        return sender.runOnce();
    }
}
