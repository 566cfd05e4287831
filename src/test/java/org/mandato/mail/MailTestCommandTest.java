package org.mandato.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code mail-test ADDRESS} sends one message straight to the relay and prints how far it got. */
class MailTestCommandTest extends MailTestBase {

    @Autowired
    MailTestCommand command;

    @Test
    void aMessageTheRelayAcceptsIsReportedWithTheDialogue() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.execute(List.of("mail-test", "operator@example.org"), print(out), print(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Connected to 127.0.0.1:" + MailServer.port())
                .contains("No user name set")
                .contains("SMTP dialogue:").contains("  MAIL FROM:<mandato@mandato.example.org>").contains("  RCPT TO:<operator@example.org>")
                .containsPattern("\\n  250 ")
                .contains("Accepted: the relay took the message for operator@example.org.");
        assertThat(MailServer.received()).singleElement().satisfies(m -> assertThat(Mails.subject(m)).isEqualTo("Mandato: mail test"));
    }

    @Test
    void aRelayThatCannotBeReachedIsSaidSoAndTheCommandFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MailServer.stop();
        int code;
        try {
            code = command.execute(List.of("mail-test", "operator@example.org"), print(out), print(new ByteArrayOutputStream()));
        } finally {
            MailServer.start();
        }
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Not connected: 127.0.0.1:" + MailServer.port() + " could not be reached")
                .contains("ConnectException");
    }

    @Test
    void aWrongCommandLineIsRefusedNamingWhatIsWrong() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.execute(List.of("mail-test"), print(new ByteArrayOutputStream()), print(err))).isEqualTo(1);
        assertThat(command.execute(List.of("mail-test", "not-an-address"), print(new ByteArrayOutputStream()), print(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar mandato.jar mail-test ADDRESS")
                .contains("'not-an-address' is not a mail address");
        assertThat(MailServer.received()).isEmpty();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
