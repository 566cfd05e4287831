package org.mandato.mail;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading received messages in tests: recipient, subject, headers, and the plain-text and HTML parts. */
public final class Mails {

    private Mails() {
    }

    public static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's value, or null when the message has none. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first absolute link in the plain text that starts with {@code prefix}. */
    public static String link(MimeMessage message, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\S*").matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("no link starting with " + prefix + " in:\n" + text(message));
        }
        return matcher.group();
    }

    /** The messages sent to {@code address}. */
    public static List<MimeMessage> to(String address) {
        return MailServer.received().stream().filter(m -> to(m).equals(address)).toList();
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent()).replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
