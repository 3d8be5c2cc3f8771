package cn.shanghai.achievements.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindIngress = ClientAddress.of(true, List.of("10.0.0.0/8", "192.0.2.1"));

    @Test
    void withoutForwardingThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddress direct = ClientAddress.of(false, List.of("10.0.0.0/8"));
        assertEquals("10.1.2.3", direct.resolve("10.1.2.3", "203.0.113.9"));
    }

    @Test
    void anUntrustedPeerCannotSpeakForSomeoneElse() {
        assertEquals("198.51.100.4", behindIngress.resolve("198.51.100.4", "203.0.113.9"));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        // the client wrote "1.2.3.4, 5.6.7.8"; the ingress appended the address it saw
        assertEquals("203.0.113.9", behindIngress.resolve("10.0.0.5", "1.2.3.4, 5.6.7.8, 203.0.113.9"));
        // a chain of trusted proxies is skipped
        assertEquals("203.0.113.9", behindIngress.resolve("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.3.3, 192.0.2.1"));
    }

    @Test
    void aHopThatIsNotAnAddressStopsTheWalk() {
        assertEquals("10.0.0.5", behindIngress.resolve("10.0.0.5", "1.2.3.4, not-an-ip"));
        assertEquals("203.0.113.9", behindIngress.resolve("10.0.0.5", "[2001:db8::1]:443, 203.0.113.9:5555"));
    }

    @Test
    void ipv6AndIpv4MappedAddressesAreCanonical() {
        ClientAddress v6 = ClientAddress.of(true, List.of("::1"));
        assertEquals("2001:db8:0:0:0:0:0:1", v6.resolve("0:0:0:0:0:0:0:1", "2001:db8::1"));
    }

    @Test
    void hostNamesAreNotTrustedProxies() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.of(true, List.of("ingress.example")));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.of(true, List.of("10.0.0.0/33")));
    }
}
