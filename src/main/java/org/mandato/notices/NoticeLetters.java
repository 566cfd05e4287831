package org.mandato.notices;

import org.mandato.accounts.NoticeKind;
import org.mandato.accounts.NoticeRecipients.Recipient;
import org.mandato.catalog.Catalog;
import org.mandato.mail.Letter;
import org.mandato.mail.Outbox;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Reports;
import org.mandato.web.Site;
import org.springframework.stereotype.Component;

/** What every notice shares: who it goes to, the names it mentions in the reader's language, and its footer. */
@Component
class NoticeLetters {

    private final Outbox outbox;
    private final Catalog catalog;
    private final Reports reports;
    private final ReportingCycles cycles;

    NoticeLetters(Outbox outbox, Catalog catalog, Reports reports, ReportingCycles cycles) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.reports = reports;
        this.cycles = cycles;
    }

    boolean mailOn() {
        return outbox.isOn();
    }

    Site texts(Recipient recipient) {
        return outbox.textsIn(recipient.language());
    }

    String link(String path) {
        return outbox.link(path);
    }

    /** A letter to the recipient, of this kind, with the footer that says why it came and where to turn it off. */
    Letter.Builder to(Recipient recipient, NoticeKind kind, Site texts) {
        return Letter.to(recipient.email(), recipient.language(), "notice-" + kind.code())
                .note(texts.t("notice.footer"))
                .noteLink(texts.t("notice.footer.link"), outbox.link("/account"));
    }

    void enqueue(Letter letter) {
        outbox.enqueue(letter);
    }

    /** The actor's name in the reader's language; its code when the catalogue no longer has it. */
    String actorName(String code, Site texts) {
        return catalog.actor(code).map(a -> texts.text(a.name())).filter(n -> !n.isBlank()).orElse(code);
    }

    String actorName(long id, Site texts) {
        return catalog.actor(id).map(a -> texts.text(a.name())).orElse(String.valueOf(id));
    }

    /** A report's title in the reader's language (or its original); "report no. N" when it has none. */
    String reportTitle(long id, Site texts) {
        return reports.titleOfAnyStatus(id).map(texts::text).filter(t -> !t.isBlank())
                .orElse(texts.t("notice.untitled", String.valueOf(id)));
    }

    String cycleName(String slug, Site texts) {
        return cycles.cycle(slug).map(c -> texts.text(c.name())).filter(n -> !n.isBlank()).orElse(slug);
    }
}
