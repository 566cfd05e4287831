package org.mandato.subscriptions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mandato.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the subscription tables. */
@Repository
class SubscriptionRepository {

    record Subscriber(long id, String email, Language language) {}

    record Subscription(long id, long subscriberId, String email, Language language, Topic topic, String frequency, String status,
                        String unsubscribeToken, OffsetDateTime confirmedAt) {}

    record Published(String kind, long itemId) {}

    private static final String SELECT = """
            select s.id, s.subscriber_id, r.email, r.lang, s.topic_kind, s.topic_key, s.frequency, s.status, s.unsubscribe_token,
                   s.confirmed_at
            from subscription s join subscriber r on r.id = s.subscriber_id
            """;

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> subscriber(String email) {
        return jdbc.sql("select id, email, lang from subscriber where email = :email").param("email", email)
                .query((rs, n) -> new Subscriber(rs.getLong("id"), rs.getString("email"),
                        Language.fromCode(rs.getString("lang")).orElse(Language.EN)))
                .optional();
    }

    /** The subscriber of this address, created when new; two requests at once create one. */
    Subscriber subscriberFor(String email, Language language, OffsetDateTime now) {
        jdbc.sql("insert into subscriber (email, lang, created_at) values (:email, :lang, :now) on conflict do nothing")
                .param("email", email).param("lang", language.code()).param("now", now).update();
        jdbc.sql("update subscriber set lang = :lang where email = :email").param("lang", language.code()).param("email", email).update();
        return subscriber(email).orElseThrow();
    }

    Optional<Subscription> subscription(long subscriberId, Topic topic) {
        return jdbc.sql(SELECT + " where s.subscriber_id = :subscriber and s.topic_kind = :kind and s.topic_key = :key")
                .param("subscriber", subscriberId).param("kind", topic.kind()).param("key", topic.id())
                .query(this::subscription).optional();
    }

    /** Confirmation messages sent to the subscriber since {@code since}. */
    int confirmationsSince(long subscriberId, OffsetDateTime since) {
        return jdbc.sql("select count(*) from subscription where subscriber_id = :subscriber and confirm_sent_at > :since")
                .param("subscriber", subscriberId).param("since", since).query(Integer.class).single();
    }

    void insertPending(long subscriberId, Topic topic, String frequency, String confirmHash, String unsubscribeToken, OffsetDateTime now) {
        jdbc.sql("""
                        insert into subscription (subscriber_id, topic_kind, topic_key, frequency, status, confirm_hash, confirm_sent_at,
                                                  unsubscribe_token, created_at)
                        values (:subscriber, :kind, :key, :frequency, 'pending', :hash, :now, :unsubscribe, :now)
                        """)
                .param("subscriber", subscriberId).param("kind", topic.kind()).param("key", topic.id()).param("frequency", frequency)
                .param("hash", confirmHash).param("unsubscribe", unsubscribeToken).param("now", now).update();
    }

    void renewPending(long id, String frequency, String confirmHash, OffsetDateTime now) {
        jdbc.sql("update subscription set frequency = :frequency, confirm_hash = :hash, confirm_sent_at = :now where id = :id")
                .param("frequency", frequency).param("hash", confirmHash).param("now", now).param("id", id).update();
    }

    /** Activates the pending subscription whose confirmation link this is, if sent after {@code sentAfter}. */
    Optional<Subscription> confirm(String confirmHash, OffsetDateTime sentAfter, OffsetDateTime now) {
        Optional<Subscription> pending = jdbc.sql(SELECT + " where s.confirm_hash = :hash and s.status = 'pending' and s.confirm_sent_at > :after")
                .param("hash", confirmHash).param("after", sentAfter).query(this::subscription).optional();
        pending.ifPresent(s -> jdbc.sql("""
                        update subscription set status = 'active', confirm_hash = null, confirmed_at = :now where id = :id and status = 'pending'
                        """).param("now", now).param("id", s.id()).update());
        return pending;
    }

    Optional<Subscription> byUnsubscribeToken(String token) {
        return jdbc.sql(SELECT + " where s.unsubscribe_token = :token").param("token", token).query(this::subscription).optional();
    }

    Optional<Subscription> byConfirmHash(String hash, OffsetDateTime sentAfter) {
        return jdbc.sql(SELECT + " where s.confirm_hash = :hash and s.status = 'pending' and s.confirm_sent_at > :after")
                .param("hash", hash).param("after", sentAfter).query(this::subscription).optional();
    }

    void delete(long subscriptionId) {
        jdbc.sql("delete from subscription where id = :id").param("id", subscriptionId).update();
    }

    /** Deletes the subscriber when it has no subscription left; true when it did. */
    boolean deleteIfUnused(long subscriberId) {
        return jdbc.sql("delete from subscriber where id = :id and not exists (select 1 from subscription where subscriber_id = :id)")
                .param("id", subscriberId).update() == 1;
    }

    void deleteSubscriber(long subscriberId) {
        jdbc.sql("delete from subscriber where id = :id").param("id", subscriberId).update();
    }

    int erasureLinksSince(long subscriberId, OffsetDateTime since) {
        return jdbc.sql("select count(*) from subscriber_erasure where subscriber_id = :subscriber and created_at > :since")
                .param("subscriber", subscriberId).param("since", since).query(Integer.class).single();
    }

    void insertErasure(long subscriberId, String hash, OffsetDateTime now, OffsetDateTime expires) {
        jdbc.sql("""
                        insert into subscriber_erasure (token_hash, subscriber_id, created_at, expires_at)
                        values (:hash, :subscriber, :now, :expires)
                        """)
                .param("hash", hash).param("subscriber", subscriberId).param("now", now).param("expires", expires).update();
    }

    Optional<Subscriber> erasable(String hash, OffsetDateTime now) {
        return jdbc.sql("""
                        select r.id, r.email, r.lang from subscriber_erasure e join subscriber r on r.id = e.subscriber_id
                        where e.token_hash = :hash and e.expires_at > :now
                        """)
                .param("hash", hash).param("now", now)
                .query((rs, n) -> new Subscriber(rs.getLong("id"), rs.getString("email"),
                        Language.fromCode(rs.getString("lang")).orElse(Language.EN)))
                .optional();
    }

    /** Pending subscriptions never confirmed, and subscribers left with none, are forgotten. */
    void forgetUnconfirmed(OffsetDateTime sentBefore) {
        jdbc.sql("delete from subscription where status = 'pending' and confirm_sent_at < :before").param("before", sentBefore).update();
        jdbc.sql("""
                        delete from subscriber where created_at < :before
                          and not exists (select 1 from subscription s where s.subscriber_id = subscriber.id)
                        """).param("before", sentBefore).update();
        jdbc.sql("delete from subscriber_erasure where expires_at < :before").param("before", sentBefore).update();
    }

    void recordPublished(String kind, long itemId, OffsetDateTime at) {
        jdbc.sql("insert into published_item (kind, item_id, published_at) values (:kind, :item, :at)")
                .param("kind", kind).param("item", itemId).param("at", at).update();
    }

    List<Published> published(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        select distinct kind, item_id from published_item where published_at >= :from and published_at < :to
                        order by kind, item_id
                        """)
                .param("from", from).param("to", to)
                .query((rs, n) -> new Published(rs.getString("kind"), rs.getLong("item_id"))).list();
    }

    void deletePublishedBefore(OffsetDateTime before) {
        jdbc.sql("delete from published_item where published_at < :before").param("before", before).update();
    }

    List<Subscription> active(String frequency) {
        return jdbc.sql(SELECT + " where s.status = 'active' and s.frequency = :frequency order by s.id")
                .param("frequency", frequency).query(this::subscription).list();
    }

    /** Records the digest of a period for a subscription: true when none was recorded before. */
    boolean markDigest(long subscriptionId, String period, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into subscription_digest (subscription_id, period, sent_at) values (:id, :period, :now)
                        on conflict do nothing
                        """)
                .param("id", subscriptionId).param("period", period).param("now", now).update() == 1;
    }

    private Subscription subscription(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Subscription(rs.getLong("id"), rs.getLong("subscriber_id"), rs.getString("email"),
                Language.fromCode(rs.getString("lang")).orElse(Language.EN),
                new Topic(rs.getString("topic_kind"), rs.getString("topic_key")), rs.getString("frequency"), rs.getString("status"),
                rs.getString("unsubscribe_token"), rs.getObject("confirmed_at", OffsetDateTime.class));
    }
}
