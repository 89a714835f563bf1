package io.remo.ratelimit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void parsesCapacityAndIsoPeriod() {
        assertThat(Rate.parse("5/PT24H")).isEqualTo(new Rate(5, Duration.ofHours(24)));
        assertThat(Rate.parse(" 100 / PT1M ")).isEqualTo(new Rate(100, Duration.ofMinutes(1)));
    }

    @Test
    void printsTheCanonicalFormThatBucketKeysCarry() {
        assertThat(Rate.parse("20/PT60M")).hasToString("20/PT1H");
    }

    @Test
    void refusesWhatIsNotARate() {
        for (String text : new String[] {"5", "five/PT1H", "5/1h", "0/PT1H", "-1/PT1H", "5/PT0S", "5/-PT1H", ""}) {
            assertThatThrownBy(() -> Rate.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Rate.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyLimitReadsItsOwnProperty() {
        assertThat(RateLimit.CREATE_PROJECT.property()).isEqualTo("remo.rate.create-project");
        assertThat(RateLimit.CLIENT_IP.property()).isEqualTo("remo.rate.client-ip");
    }

    @Test
    void aBucketKeyNamesLimitAndRateButOnlyAHashOfTheSubject() {
        String key = RateLimiter.key(RateLimit.CLIENT_IP, Rate.parse("100/PT1M"), "203.0.113.7");
        assertThat(key).startsWith("client-ip|100/PT1M|").doesNotContain("203.0.113.7").hasSize(19 + 64);
        assertThat(RateLimiter.key(RateLimit.CLIENT_IP, Rate.parse("100/PT1M"), "203.0.113.8")).isNotEqualTo(key);
    }
}
