package be.partenamut.complaints.office.pages.figures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Optional;

/**
 * Reads the improvement figures from analytics-service's API as the signed-in member of staff: with their own
 * access token (the session's authorized client), so analytics applies its own rule on who may read them.
 */
@Component
public class AnalyticsClient {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsClient.class);

    private final RestClient http;

    public AnalyticsClient(AnalyticsProperties properties, RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.analyticsTimeout());
        requests.setReadTimeout(properties.analyticsTimeout());
        this.http = builder.baseUrl(properties.analyticsUrl()).requestFactory(requests).build();
    }

    /** The figures, or empty when analytics-service cannot be reached or refuses (the page says so). */
    public Optional<ImprovementFigures> figures(OAuth2AuthorizedClient caller) {
        try {
            return Optional.ofNullable(http.get().uri("/api/v1/statistics")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.getAccessToken().getTokenValue())
                    .retrieve()
                    .body(ImprovementFigures.class));
        } catch (RestClientException unavailable) {
            log.warn("Improvement figures unavailable from analytics-service: {}", unavailable.getMessage());
            return Optional.empty();
        }
    }
}
