package io.remo.admin.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an operator may see of the running service: counts, never a project. There is deliberately no way to list
 * projects, not even here: a project is opened by its token alone.
 */
@Stateless
public class OperationsSummary {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param liveProjects       projects not yet purged
     * @param projectsByStep     the same, by workflow step
     * @param overduePurges      projects past their purge time, waiting for their timer or the sweep
     * @param runningJobs        pipeline runs starting or running, by job
     * @param purgedLastDay      projects purged in the last 24 hours
     * @param catalogProducts    products in the catalogue
     * @param rateLimitBuckets   buckets the rate limits currently hold (subjects seen recently)
     */
    public record Summary(Instant at, long liveProjects, Map<String, Long> projectsByStep, long overduePurges,
                          Map<String, Long> runningJobs, long purgedLastDay, long catalogProducts,
                          long rateLimitBuckets) {
    }

    public Summary read() {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Map<String, Long> byStep = grouped("select step, count(*) from projects group by step");
        return new Summary(now,
                byStep.values().stream().mapToLong(Long::longValue).sum(),
                byStep,
                count("select count(*) from projects where purge_at <= ?1", at),
                grouped("select job_name, count(*) from pipeline_runs where status in ('starting', 'running') group by job_name"),
                count("select count(*) from purge_log where purged_at > ?1", at.minusHours(24)),
                count("select count(*) from catalog_products"),
                count("select count(*) from rate_limit_buckets"));
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private Map<String, Long> grouped(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
