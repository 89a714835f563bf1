package io.remo.ratelimit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies none = new TrustedProxies(List.of());
    private final TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", " 10.0.0.0/8 ", "2001:db8:1::/48", ""));

    @Test
    void withoutTrustedProxiesTheSocketIsTheClient() {
        assertThat(none.clientOf("192.0.2.10", List.of("198.51.100.1"))).isEqualTo("192.0.2.10");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(proxies.clientOf("192.0.2.10", List.of("198.51.100.1, 10.0.0.1"))).isEqualTo("192.0.2.10");
    }

    @Test
    void theNearestAddressNoTrustedProxyWroteIsTheClient() {
        assertThat(proxies.clientOf("127.0.0.1", List.of("6.6.6.6, 198.51.100.1, 10.1.2.3"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientOf("10.9.9.9", List.of("6.6.6.6", "198.51.100.1", "10.1.2.3"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientOf("127.0.0.1", List.of("2001:db8:2::5, 2001:db8:1::7"))).isEqualTo("2001:db8:2:0:0:0:0:5");
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtItsFarthestHop() {
        assertThat(proxies.clientOf("127.0.0.1", List.of("10.0.0.5, 10.0.0.6"))).isEqualTo("10.0.0.5");
        assertThat(proxies.clientOf("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(proxies.clientOf("127.0.0.1", List.of(" , "))).isEqualTo("127.0.0.1");
    }

    @Test
    void portsAndSpellingsOfOneAddressAreOneClient() {
        assertThat(proxies.clientOf("127.0.0.1", List.of("198.51.100.1:4711"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientOf("127.0.0.1", List.of("[2001:DB8::1]:443"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(none.clientOf("0:0:0:0:0:0:0:1", List.of())).isEqualTo(none.clientOf("::1", List.of()));
    }

    @Test
    void whatIsNotAnAddressIsKeptAsItIsAndNeverLookedUp() {
        assertThat(proxies.clientOf("127.0.0.1", List.of("unknown"))).isEqualTo("unknown");
        assertThat(proxies.clientOf("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("999.1.1.1");
        assertThat(TrustedProxies.literal("localhost")).isEmpty();
        assertThat(TrustedProxies.literal("example.com")).isEmpty();
    }

    @Test
    void prefixesMatchBitByBit() {
        TrustedProxies twelveBitPrefix = new TrustedProxies(List.of("172.16.0.0/12"));
        assertThat(twelveBitPrefix.clientOf("172.31.255.255", List.of("192.0.2.1"))).isEqualTo("192.0.2.1");
        assertThat(twelveBitPrefix.clientOf("172.32.0.1", List.of("192.0.2.1"))).isEqualTo("172.32.0.1");
    }

    @Test
    void aMistakeInTheListIsRefusedAtOnce() {
        for (String entry : new String[] {"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "::1/129"}) {
            assertThatThrownBy(() -> new TrustedProxies(List.of(entry))).as(entry).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
