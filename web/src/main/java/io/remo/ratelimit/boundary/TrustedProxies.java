package io.remo.ratelimit.boundary;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is when proxies stand in front: the socket peer, unless it is a trusted proxy; then the nearest
 * address in {@code X-Forwarded-For} (read from the right, the hop closest to this server first) that is not a trusted
 * proxy. Addresses left of it were written by the client itself and prove nothing, so they are never used. With no
 * trusted proxies the header is ignored altogether: a client cannot choose its own bucket.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](:\\d{1,5})?");

    private final List<Network> networks;

    /** @param entries addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}) */
    public TrustedProxies(List<String> entries) {
        List<Network> parsed = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                parsed.add(Network.parse(entry.trim()));
            }
        }
        this.networks = List.copyOf(parsed);
    }

    /**
     * @param peer          the socket's remote address
     * @param forwardedFor  the values of every X-Forwarded-For header, in the order received
     * @return the client's address, normalised (so that {@code ::1} and {@code 0:0:0:0:0:0:0:1} are one client)
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        String client = normalise(peer);
        if (networks.isEmpty() || !trusted(client) || forwardedFor == null) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = normalise(hops.get(i));
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && networks.stream().anyMatch(n -> n.contains(bytes.get()));
    }

    /** The address in its canonical text form; what is not an IP literal is kept as it is (it is only ever hashed). */
    static String normalise(String address) {
        return literal(address).map(TrustedProxies::text).orElse(address);
    }

    /** The bytes of an IP literal, optionally with a port; never a name lookup. */
    static Optional<byte[]> literal(String text) {
        String candidate = text.trim();
        var withPort = IPV4_WITH_PORT.matcher(candidate);
        var bracketed = BRACKETED_IPV6.matcher(candidate);
        if (withPort.matches()) {
            candidate = withPort.group(1);
        } else if (bracketed.matches()) {
            candidate = bracketed.group(1);
        } else if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(candidate).matches() && !octets(candidate)) {
            return Optional.empty();
        }
        try {
            // A literal (checked above) is parsed without any name service lookup.
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Every part at most 255: the JDK would take anything else for a host name and look it up. */
    private static boolean octets(String ipv4) {
        for (String part : ipv4.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + address.length + " bytes", e);
        }
    }

    /** An address range: the first {@code prefixBits} bits of {@code address}. */
    private record Network(byte[] address, int prefixBits) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            byte[] address = literal(host).orElseThrow(() -> new IllegalArgumentException(
                    "trusted proxy '" + entry + "' is not an IP address or CIDR range"));
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("trusted proxy '" + entry + "' has no valid prefix length", e);
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("trusted proxy '" + entry + "' has no valid prefix length");
                }
            }
            return new Network(address, bits);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[full] & mask) == (address[full] & mask);
        }
    }
}
