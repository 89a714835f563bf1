package io.remo.ratelimit.control;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The rate limits, as token buckets in PostgreSQL (Bucket4j, {@code SELECT ... FOR UPDATE} per bucket): every node of
 * a cluster counts against the same rows, and a restart or redeploy forgets nothing.
 * <p>
 * A bucket holds {@code capacity} tokens and is refilled to capacity once per period ({@code 5/PT24H}: five requests,
 * then none until 24 hours after the bucket was first used). Its key is the limit, the rate and a SHA-256 of the
 * subject: no device id, token or IP address is stored, and a changed rate starts fresh buckets rather than keeping
 * those made under the old one. Rows are deleted once their bucket would be full again.
 * <p>
 * Runs outside any JTA transaction: Bucket4j commits its own short transaction on a pooled connection.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimiter {

    static final String TABLE = "rate_limit_buckets";
    private static final int EXPIRED_BATCH = 1000;
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

    /** The request is over the limit: nothing may happen, and the client may retry after {@code retryAfterSeconds}. */
    public record Refusal(RateLimit limit, Rate rate, long retryAfterSeconds) {
    }

    @Resource(lookup = "java:jboss/datasources/RemoDS")
    DataSource dataSource;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private final Map<RateLimit, Rate> rates = new EnumMap<>(RateLimit.class);
    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    /** Reads every limit at deployment, so a malformed rate fails the deployment rather than a request. */
    @PostConstruct
    void configure() {
        for (RateLimit limit : RateLimit.values()) {
            Rate rate = Rate.parse(config.getValue(limit.property(), String.class));
            rates.put(limit, rate);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(rate.capacity()).refillIntervally(rate.capacity(), rate.period()))
                    .build());
        }
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(new ClockTimeMeter(clock))
                .requestTimeout(STATEMENT_TIMEOUT)
                .build();
    }

    /** Takes one request of {@code subject} from the limit's bucket; a refusal when the bucket is empty. */
    public Optional<Refusal> consume(RateLimit limit, String subject) {
        Rate rate = rates.get(limit);
        ConsumptionProbe probe = buckets.builder()
                .build(key(limit, rate, subject), () -> configurations.get(limit))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return Optional.of(new Refusal(limit, rate, seconds));
    }

    /** Buckets that are full again carry no information: their rows go, a batch at a time, on every node. */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void removeExpired() {
        int removed;
        do {
            removed = buckets.removeExpired(EXPIRED_BATCH);
        } while (removed == EXPIRED_BATCH);
    }

    /** The bucket's row id: limit, rate, and a hash of the subject (never the subject itself). */
    static String key(RateLimit limit, Rate rate, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return limit.wireName() + "|" + rate + "|" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Bucket4j on the application's clock: wall-clock time, the same on every node. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
