package io.remo.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Responses to POSTs made with an Idempotency-Key. A key is claimed before the request runs (so a concurrent
 * duplicate waits for the first instead of running twice) and completed with the response, which a retry gets back.
 * Each call commits on its own, independent of the request's work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A claim that is this old belongs to a request that died; a retry may take it over. */
    @Inject
    @ConfigProperty(name = "remo.idempotency.claim-timeout")
    Duration claimTimeout;

    public sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    /** The request may run; {@code recordId} is completed with its response. */
    public record Claimed(long recordId) implements Claim {
    }

    public record Replay(int status, String contentType, String location, byte[] body) implements Claim {
    }

    public record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    public Claim claim(String scope, String key, String requestHash) {
        Timestamp now = Timestamp.from(clock.instant());
        List<?> inserted = em.createNativeQuery("insert into idempotency_records (scope, idem_key, request_hash, state, created_at) "
                        + "values (?1, ?2, ?3, 'in_progress', ?4) on conflict (scope, idem_key) do nothing returning id")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .getResultList();
        if (!inserted.isEmpty()) {
            return new Claimed(((Number) inserted.get(0)).longValue());
        }
        Object[] existing = (Object[]) em.createNativeQuery("select id, request_hash, state, status_code, content_type, "
                        + "location, body, created_at from idempotency_records where scope = ?1 and idem_key = ?2 for update")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!requestHash.equals(existing[1])) {
            return new Mismatch();
        }
        if ("completed".equals(existing[2])) {
            return new Replay(((Number) existing[3]).intValue(), (String) existing[4], (String) existing[5], (byte[]) existing[6]);
        }
        Timestamp claimedAt = (Timestamp) existing[7];
        if (claimedAt.toInstant().plus(claimTimeout).isBefore(clock.instant())) {
            em.createNativeQuery("update idempotency_records set created_at = ?1 where id = ?2")
                    .setParameter(1, now).setParameter(2, existing[0]).executeUpdate();
            return new Claimed(((Number) existing[0]).longValue());
        }
        return new InProgress();
    }

    /** The response to replay; {@code projectId} ties the record to a project so its purge removes it. */
    public void complete(long recordId, int status, String contentType, String location, byte[] body, UUID projectId) {
        em.createNativeQuery("update idempotency_records set state = 'completed', status_code = ?1, content_type = ?2, "
                        + "location = ?3, body = ?4, project_id = (select id from projects where id = ?5) where id = ?6")
                .setParameter(1, status).setParameter(2, contentType).setParameter(3, location)
                .setParameter(4, body == null ? new byte[0] : body).setParameter(5, projectId)
                .setParameter(6, recordId).executeUpdate();
    }

    /** The request failed on our side: a retry with the same key runs it again. */
    public void release(long recordId) {
        em.createNativeQuery("delete from idempotency_records where id = ?1").setParameter(1, recordId).executeUpdate();
    }
}
