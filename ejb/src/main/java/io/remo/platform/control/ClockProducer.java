package io.remo.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * All time is read through this clock, so time-dependent code can be driven by a different one. It ticks in
 * milliseconds: PostgreSQL keeps microseconds, and a time must read the same in a response and in the row.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
