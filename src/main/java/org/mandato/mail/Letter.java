package org.mandato.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mandato.web.Language;

/**
 * One message to one person, in their language: a subject, paragraphs, a main link to the page
 * concerned, lists of items (a digest's reports), and notes on why it was sent and how to stop it.
 * The outbox writes it as plain text and HTML ({@code mail/letter.jte}, {@code mail/letterText.jte});
 * every link is absolute. {@code unsubscribe}, when set, becomes the List-Unsubscribe header (RFC 8058).
 */
public record Letter(String kind, String to, Language language, String subject, List<String> paragraphs, Link action,
                     List<Section> sections, List<String> notes, List<Link> noteLinks, String unsubscribe) {

    public Letter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(to);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        noteLinks = List.copyOf(noteLinks);
    }

    /** A labelled absolute link. */
    public record Link(String label, String url) {}

    /** A heading over a list of items; {@code more} (may be null) says what the list leaves out. */
    public record Section(String heading, List<Item> items, String more) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One line of a section: a text, an absolute link (may be null) and a note (may be null). */
    public record Item(String text, String url, String note) {}

    public static Builder to(String address, Language language, String kind) {
        return new Builder(address, language, kind);
    }

    public static final class Builder {
        private final String to;
        private final Language language;
        private final String kind;
        private String subject;
        private final List<String> paragraphs = new ArrayList<>();
        private Link action;
        private final List<Section> sections = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<Link> noteLinks = new ArrayList<>();
        private String unsubscribe;

        private Builder(String to, Language language, String kind) {
            this.to = to;
            this.language = language;
            this.kind = kind;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder paragraph(String paragraph) {
            paragraphs.add(paragraph);
            return this;
        }

        public Builder action(String label, String url) {
            this.action = new Link(label, url);
            return this;
        }

        public Builder section(String heading, List<Item> items, String more) {
            sections.add(new Section(heading, items, more));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Builder noteLink(String label, String url) {
            noteLinks.add(new Link(label, url));
            return this;
        }

        /** The one-click unsubscribe address of a list message (RFC 8058). */
        public Builder unsubscribe(String url) {
            this.unsubscribe = url;
            return this;
        }

        public Letter build() {
            return new Letter(kind, to, language, subject, paragraphs, action, sections, notes, noteLinks, unsubscribe);
        }
    }
}
