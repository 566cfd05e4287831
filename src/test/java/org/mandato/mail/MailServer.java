package org.mandato.mail;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for the tests (GreenMail), started once per test JVM on a free port and shared
 * by the test classes that send mail ({@link MailTestBase}). It can be stopped and started again on
 * the same port, as a relay that goes down for a while.
 */
public final class MailServer {

    private static GreenMail server;
    private static int port;

    private MailServer() {
    }

    public static synchronized void use(DynamicPropertyRegistry registry) {
        server();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> String.valueOf(port));
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return server;
    }

    public static int port() {
        server();
        return port;
    }

    /** Forgets every message received so far. */
    public static synchronized void clear() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("cannot empty GreenMail's mailboxes", e);
        }
    }

    /** The messages received so far, oldest first. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server().getReceivedMessages());
    }

    /** The relay goes away: connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        server().stop();
    }

    /** The relay comes back on the same port. */
    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Waits for {@code count} messages in all, for a test whose messages a real thread sends. */
    public static boolean awaitReceived(int count, long seconds) {
        return server().waitForIncomingEmail(TimeUnit.SECONDS.toMillis(seconds), count);
    }
}
