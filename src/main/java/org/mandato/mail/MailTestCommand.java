package org.mandato.mail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mandato.jar mail-test ADDRESS}: sends one message straight to the relay (not
 * through the outbox) and prints how far it got, with the SMTP dialogue: connected, authenticated,
 * accepted or refused, and why. Exits 0 when the relay accepted the message, 1 otherwise.
 */
@Component
@Order(-5)
class MailTestCommand implements ApplicationRunner {

    static final String NAME = "mail-test";
    private static final Pattern DIALOGUE = Pattern.compile(
            "^(\\d{3}[ -].*|(EHLO|HELO|STARTTLS|AUTH|MAIL FROM|RCPT TO|DATA|QUIT|RSET)\\b.*)$");

    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final ApplicationContext context;

    MailTestCommand(ObjectProvider<JavaMailSender> smtp, MailSettings settings, ApplicationContext context) {
        this.smtp = smtp.getIfAvailable();
        this.settings = settings;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals(NAME)) {
            return;
        }
        int code = execute(words, System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the command; 0 when the relay accepted the test message. */
    int execute(List<String> words, PrintStream out, PrintStream err) {
        if (words.size() != 2) {
            err.println("usage: java -jar mandato.jar mail-test ADDRESS");
            return 1;
        }
        if (!(smtp instanceof JavaMailSenderImpl relay)) {
            err.println(NAME + ": mail is off: set spring.mail.host (and port, user name, password) to the relay to use");
            return 1;
        }
        var address = EmailAddress.normalized(words.get(1));
        if (address.isEmpty()) {
            err.println(NAME + ": '" + words.get(1) + "' is not a mail address");
            return 1;
        }
        Properties properties = new Properties();
        properties.putAll(relay.getJavaMailProperties());
        Session session = Session.getInstance(properties);
        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        session.setDebugOut(new PrintStream(debug, true, StandardCharsets.UTF_8));
        session.setDebug(true);
        String protocol = relay.getProtocol() == null ? "smtp" : relay.getProtocol();
        String where = relay.getHost() + (relay.getPort() > 0 ? ":" + relay.getPort() : "");
        out.println("Relay: " + protocol + "://" + where + ", sender " + settings.from());
        boolean connected = false;
        Transport transport = null;
        try {
            transport = session.getTransport(protocol);
            transport.connect(relay.getHost(), relay.getPort(), relay.getUsername(), relay.getPassword());
            connected = true;
            out.println("Connected to " + where + ".");
            out.println(relay.getUsername() == null || relay.getUsername().isEmpty()
                    ? "No user name set: not authenticated (the relay must accept this host as it is)."
                    : "Authenticated as " + relay.getUsername() + ".");
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address.get()));
            message.setSubject("Mandato: mail test", "UTF-8");
            message.setText("This message was sent by `java -jar mandato.jar mail-test` to check the mail settings.", "UTF-8");
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            printDialogue(debug, out);
            out.println("Accepted: the relay took the message for " + address.get() + ".");
            return 0;
        } catch (AuthenticationFailedException e) {
            printDialogue(debug, out);
            out.println("Connected to " + where + ", but authentication as " + relay.getUsername() + " was refused: "
                    + OutboxSender.describe(e));
            return 1;
        } catch (MessagingException e) {
            printDialogue(debug, out);
            out.println(connected ? "Refused: the relay did not take the message: " + OutboxSender.describe(e)
                    : "Not connected: " + where + " could not be reached: " + OutboxSender.describe(e));
            return 1;
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The outcome is printed already; a failing QUIT changes nothing.
                }
            }
        }
    }

    /** The SMTP commands and replies of the debug output; credentials never appear there (mail.debug.auth is off). */
    private static void printDialogue(ByteArrayOutputStream debug, PrintStream out) {
        out.println("SMTP dialogue:");
        debug.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> DIALOGUE.matcher(line).matches())
                .forEach(line -> out.println("  " + line));
    }
}
