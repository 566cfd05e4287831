package org.mandato.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mandato.catalog.Catalog;
import org.mandato.mail.EmailAddress;
import org.mandato.mail.Letter;
import org.mandato.mail.LinkTokens;
import org.mandato.mail.Outbox;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing (double opt-in), confirming, unsubscribing and erasing an address. What the pages
 * answer never tells whether an address is subscribed to anything: a request for a subscription
 * that exists already, or for the erasure of an address nobody subscribed, answers like any other.
 * An address receives at most {@value #CONFIRMATIONS_PER_DAY} confirmation requests and
 * {@value #ERASURE_LINKS_PER_DAY} erasure links a day, however often it is typed in.
 */
@Service
@Transactional
class Subscriptions {

    static final List<String> FREQUENCIES = List.of("daily", "weekly");
    /** The kinds of message sent to subscribers; forgotten with the address. */
    static final List<String> MAIL_KINDS = List.of("subscription-confirm", "subscription-digest", "subscription-erase");
    static final int CONFIRMATIONS_PER_DAY = 5;
    static final int ERASURE_LINKS_PER_DAY = 3;
    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    static final Duration ERASE_WITHIN = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final SubscriptionRepository repository;
    private final Catalog catalog;
    private final Outbox outbox;
    private final Clock clock;

    Subscriptions(SubscriptionRepository repository, Catalog catalog, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    boolean mailOn() {
        return outbox.isOn();
    }

    /** A subscription request as the form sends it; every value as typed. */
    record Request(String email, String kind, String key, String frequency) {}

    /** The request once checked: the address (lower case), the topic and the frequency. */
    record Checked(String email, Topic topic, String frequency) {}

    @Transactional(readOnly = true)
    Optional<Topic> topic(String kind, String key) {
        return Topic.find(catalog, kind, key);
    }

    String label(Topic topic, Site texts) {
        return topic.label(catalog, texts);
    }

    String path(Topic topic) {
        return topic.path(catalog);
    }

    /** Checks the request; {@link FormErrors.Invalid} names each wrong field. */
    @Transactional(readOnly = true)
    Checked check(Request request) {
        FormErrors errors = new FormErrors();
        Optional<String> email = EmailAddress.normalized(request.email());
        if (email.isEmpty()) {
            errors.add("follow-email", "account.error.email");
        }
        Optional<Topic> topic = Topic.find(catalog, request.kind(), request.key());
        if (topic.isEmpty()) {
            errors.add("follow-topic", "subscription.error.topic");
        }
        if (!FREQUENCIES.contains(request.frequency())) {
            errors.add("follow-frequency", "subscription.error.frequency");
        }
        errors.throwIfAny();
        return new Checked(email.get(), topic.get(), request.frequency());
    }

    /**
     * Asks the address to confirm the subscription (a pending one gets a fresh link and the frequency
     * asked for now); an active subscription to the topic is left as it is and nothing is sent.
     */
    void subscribe(Checked request, Language language) {
        if (!outbox.isOn()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var subscriber = repository.subscriberFor(request.email(), language, now);
        var existing = repository.subscription(subscriber.id(), request.topic());
        if (existing.isPresent() && existing.get().status().equals("active")) {
            return;
        }
        if (repository.confirmationsSince(subscriber.id(), now.minusDays(1)) >= CONFIRMATIONS_PER_DAY) {
            log.info("Subscription confirmation to {} not sent: {} were sent within a day", request.email(), CONFIRMATIONS_PER_DAY);
            return;
        }
        String token = LinkTokens.random();
        if (existing.isPresent()) {
            repository.renewPending(existing.get().id(), request.frequency(), LinkTokens.hash(token), now);
        } else {
            repository.insertPending(subscriber.id(), request.topic(), request.frequency(), LinkTokens.hash(token), LinkTokens.random(), now);
        }
        Site texts = outbox.textsIn(language);
        String topic = label(request.topic(), texts);
        outbox.enqueue(Letter.to(request.email(), language, "subscription-confirm")
                .subject(texts.t("subscription.confirm.subject", topic))
                .paragraph(texts.t("subscription.confirm.body", topic, texts.t("subscription.frequency." + request.frequency())))
                .paragraph(texts.t("subscription.confirm.validFor", CONFIRM_WITHIN.toDays()))
                .action(texts.t("subscription.confirm.action"), outbox.link("/subscriptions/confirm?token=" + token))
                .note(texts.t("subscription.confirm.ignore"))
                .build());
    }

    /** The pending subscription a confirmation link is for, if it still works. */
    @Transactional(readOnly = true)
    Optional<SubscriptionRepository.Subscription> pending(String token) {
        return token == null || token.isEmpty() ? Optional.empty()
                : repository.byConfirmHash(LinkTokens.hash(token), OffsetDateTime.now(clock).minus(CONFIRM_WITHIN));
    }

    Optional<SubscriptionRepository.Subscription> confirm(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.confirm(LinkTokens.hash(token), now.minus(CONFIRM_WITHIN), now);
    }

    @Transactional(readOnly = true)
    Optional<SubscriptionRepository.Subscription> byUnsubscribeToken(String token) {
        return token == null || token.isEmpty() ? Optional.empty() : repository.byUnsubscribeToken(token);
    }

    /**
     * Ends the subscription the token belongs to; its address is forgotten with its last
     * subscription. Empty when the token is unknown (or was used already).
     */
    Optional<SubscriptionRepository.Subscription> unsubscribe(String token) {
        Optional<SubscriptionRepository.Subscription> subscription = byUnsubscribeToken(token);
        subscription.ifPresent(s -> {
            repository.delete(s.id());
            if (repository.deleteIfUnused(s.subscriberId())) {
                outbox.forget(s.email(), MAIL_KINDS);
            }
        });
        return subscription;
    }

    /** Sends the address a link that erases it and all its subscriptions, if it has any; answers nothing either way. */
    void requestErasure(String email) {
        if (!outbox.isOn()) {
            return;
        }
        var subscriber = repository.subscriber(email);
        if (subscriber.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (repository.erasureLinksSince(subscriber.get().id(), now.minusDays(1)) >= ERASURE_LINKS_PER_DAY) {
            log.info("Erasure link to {} not sent: {} were sent within a day", email, ERASURE_LINKS_PER_DAY);
            return;
        }
        String token = LinkTokens.random();
        repository.insertErasure(subscriber.get().id(), LinkTokens.hash(token), now, now.plus(ERASE_WITHIN));
        Language language = subscriber.get().language();
        Site texts = outbox.textsIn(language);
        outbox.enqueue(Letter.to(email, language, "subscription-erase")
                .subject(texts.t("subscription.erase.subject"))
                .paragraph(texts.t("subscription.erase.body", email))
                .paragraph(texts.t("subscription.erase.validFor", ERASE_WITHIN.toHours()))
                .action(texts.t("subscription.erase.action"), outbox.link("/subscriptions/erase/confirm?token=" + token))
                .note(texts.t("subscription.erase.ignore"))
                .build());
    }

    @Transactional(readOnly = true)
    Optional<String> erasable(String token) {
        return token == null || token.isEmpty() ? Optional.empty()
                : repository.erasable(LinkTokens.hash(token), OffsetDateTime.now(clock)).map(SubscriptionRepository.Subscriber::email);
    }

    /** Erases the address the link was sent to: its subscriptions, their digests, and every message to it. */
    Optional<String> erase(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        var subscriber = repository.erasable(LinkTokens.hash(token), OffsetDateTime.now(clock));
        subscriber.ifPresent(s -> {
            repository.deleteSubscriber(s.id());
            outbox.forget(s.email(), MAIL_KINDS);
        });
        return subscriber.map(SubscriptionRepository.Subscriber::email);
    }
}
