package io.remo.events.control;

import io.remo.platform.api.ProblemException;
import io.remo.project.control.ProjectService;
import io.remo.project.control.ProjectTokens;
import io.remo.project.entity.Project;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stream tickets: what a browser's EventSource, which cannot send headers, presents instead of the project token. A
 * ticket is random, short-lived and single-use, and only its hash is stored (in the database, so any node of a
 * cluster can redeem a ticket another node issued). A leaked ticket is worth one stream for a minute at most, where a
 * leaked token would be worth the project.
 */
@Stateless
public class StreamTickets {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectService projects;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "remo.events.ticket-ttl")
    Duration ttl;

    /** A new ticket for the bearer of the project's token; expired tickets of every project are pruned on the way. */
    public StreamTicket issue(UUID projectId, String token) {
        projects.open(projectId, token);
        Instant now = clock.instant();
        em.createNativeQuery("delete from stream_tickets where expires_at <= ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        String ticket = ProjectTokens.newToken();
        Instant expiresAt = now.plus(ttl);
        em.createNativeQuery("insert into stream_tickets (ticket_hash, project_id, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, ProjectTokens.hash(ticket))
                .setParameter(2, projectId)
                .setParameter(3, Timestamp.from(expiresAt))
                .executeUpdate();
        return new StreamTicket(ticket, expiresAt);
    }

    /**
     * The project the ticket opens; a valid ticket is used up by this first redemption (of concurrent ones, exactly
     * one wins). An unknown, used or expired ticket, or one of another project, is the same 404 as a wrong token.
     */
    public Project redeem(UUID projectId, String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw ProblemException.notFound();
        }
        List<?> valid = em.createNativeQuery("delete from stream_tickets where ticket_hash = ?1 and project_id = ?2 "
                        + "returning expires_at > ?3")
                .setParameter(1, ProjectTokens.hash(ticket))
                .setParameter(2, projectId)
                .setParameter(3, Timestamp.from(clock.instant()))
                .getResultList();
        Project project = em.find(Project.class, projectId);
        if (valid.isEmpty() || !Boolean.TRUE.equals(valid.get(0)) || project == null) {
            throw ProblemException.notFound();
        }
        return project;
    }
}
