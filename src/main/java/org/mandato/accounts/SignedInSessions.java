package org.mandato.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of signed-in people. When an account's rights change, its other sessions end, so
 * that each of them is signed out at its next request instead of acting with the rights it had.
 * Each sign-in is also recorded (by a hash of its session id, in {@code signed_in_session}), so that
 * a form posted after that session ended can be told from a stranger's post.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc, Clock clock,
                     @Value("${mandato.kept-forms.window:P7D}") Duration window) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /** Ends every session of the account: after a role change, disabling, or a new one-time password. */
    void endAllOf(String username) {
        endAllOf(username, null);
    }

    /** Ends every session of the account but {@code keep} (the one that changed its own password). */
    void endAllOf(String username, String keep) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
    }

    /** Records the session a person has just signed in to; records older than the window are dropped. */
    @Transactional
    void signedIn(String sessionId, String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from signed_in_session where signed_in_at < :oldest").param("oldest", now.minus(window)).update();
        jdbc.sql("delete from signed_in_session where session_hash = :hash").param("hash", ApiTokens.hash(sessionId)).update();
        jdbc.sql("insert into signed_in_session (session_hash, username, signed_in_at) values (:hash, :username, :now)")
                .param("hash", ApiTokens.hash(sessionId)).param("username", username).param("now", now)
                .update();
    }

    /** Forgets a session at sign-out: a form posted with its cookie afterwards is not kept. */
    @Transactional
    void signedOut(String sessionId) {
        jdbc.sql("delete from signed_in_session where session_hash = :hash").param("hash", ApiTokens.hash(sessionId)).update();
    }

    /**
     * Whether the session named by a request's cookie is one somebody signed in to within the window;
     * true once only, since the record is taken, so each ended session keeps one form at most.
     */
    @Transactional
    boolean takeEnded(String sessionId) {
        Objects.requireNonNull(sessionId);
        return jdbc.sql("delete from signed_in_session where session_hash = :hash and signed_in_at >= :oldest")
                .param("hash", ApiTokens.hash(sessionId)).param("oldest", OffsetDateTime.now(clock).minus(window))
                .update() == 1;
    }
}
