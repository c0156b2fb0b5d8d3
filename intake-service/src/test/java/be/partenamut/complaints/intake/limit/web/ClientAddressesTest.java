package be.partenamut.complaints.intake.limit.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void believesNoForwardedForHeaderByDefault() {
        MockHttpServletRequest request = request("203.0.113.7", "198.51.100.1");

        assertThat(new ClientAddresses(List.of()).of(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void takesTheLastAddressBeforeTheTrustedProxies() {
        MockHttpServletRequest request = request("10.0.0.2", "198.51.100.99, 198.51.100.1, 10.0.0.3");

        assertThat(new ClientAddresses(List.of("10.0.0.2", "10.0.0.3")).of(request)).isEqualTo("198.51.100.1");
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }
}
