package cn.shanghai.achievements.edge;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for rate limiting: the peer's address, unless the peer is a trusted proxy, in which
 * case the right-most address of X-Forwarded-For that is not itself a trusted proxy. A client cannot choose its
 * own key: whatever it writes into X-Forwarded-For sits to the left of what the trusted proxies append.
 */
public final class ClientAddress {

    /** An address or a CIDR block of trusted proxies. */
    record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private final List<Block> trusted;
    private final boolean forwarding;

    private ClientAddress(List<Block> trusted, boolean forwarding) {
        this.trusted = trusted;
        this.forwarding = forwarding;
    }

    /**
     * Trusts X-Forwarded-For only when {@code forwarding} is on, and then only from the given proxies (addresses or
     * CIDR blocks, as {@code quarkus.http.proxy.trusted-proxies} takes them; host names are not resolved).
     */
    public static ClientAddress of(boolean forwarding, List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            Block b = block(entry.trim());
            if (b == null) {
                throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR block (host names are not supported here)");
            }
            blocks.add(b);
        }
        return new ClientAddress(List.copyOf(blocks), forwarding);
    }

    /** The client's address: the peer, or behind trusted proxies the right-most untrusted forwarded address. */
    public String resolve(String peer, String forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (!forwarding || forwardedFor == null || !isTrusted(peer)) {
            return canonical(peer);
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hop(hops[i]);
            if (hop == null) {
                // a hop that is not an address: nothing left of it can be believed
                return canonical(peer);
            }
            if (!isTrusted(hop)) {
                return canonical(hop);
            }
        }
        // every hop is a trusted proxy: the left-most one is the closest thing to a client
        String first = hop(hops[0]);
        return canonical(first == null ? peer : first);
    }

    boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return false;
        }
        for (Block b : trusted) {
            if (b.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** One X-Forwarded-For element as an address (brackets and an IPv4 port removed), or null. */
    static String hop(String raw) {
        String h = raw.trim();
        if (h.startsWith("[") && h.indexOf(']') > 0) {
            h = h.substring(1, h.indexOf(']'));
        } else if (h.indexOf(':') > 0 && h.indexOf(':') == h.lastIndexOf(':')) {
            h = h.substring(0, h.indexOf(':'));
        }
        return parse(h) == null ? null : h;
    }

    private static String canonical(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return address.toLowerCase(Locale.ROOT);
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** The bytes of an IP literal, never a DNS lookup; null when it is not one. */
    static byte[] parse(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches()) {
            return null;
        }
        if (literal.indexOf(':') < 0 && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            // a literal with only digits, dots and colons is parsed, not resolved
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = parse(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            return null;
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = new BigInteger(entry.substring(slash + 1)).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                return null;
            }
        }
        return new Block(network, prefix);
    }
}
