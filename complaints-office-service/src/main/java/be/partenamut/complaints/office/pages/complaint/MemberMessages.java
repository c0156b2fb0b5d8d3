package be.partenamut.complaints.office.pages.complaint;

import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages sent to the member about a complaint, with their content as the member read it, for the complaint's
 * page. The content lives in the notification service's archive (the office keeps only what became of each
 * message): it is fetched from its staff API, server-side, with the signed-in member of staff's own access token,
 * so the notification service applies its own need-to-know. When it cannot be reached, the page still lists
 * the messages the office knows of, saying their content is not available now.
 */
@Component
public class MemberMessages {

    private static final Logger log = LoggerFactory.getLogger(MemberMessages.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final RestClient notifications;

    public MemberMessages(@Value("${complaints.office.notification-url:http://localhost:8083}") String notificationUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(TIMEOUT);
        requests.setReadTimeout(TIMEOUT);
        this.notifications = RestClient.builder().baseUrl(notificationUrl).requestFactory(requests).build();
    }

    /**
     * One message to the member.
     *
     * @param type    the message's type (acknowledgement, first-line-answer...)
     * @param channel EMAIL or LETTER
     * @param status  what became of it
     * @param at      when it was sent (or last heard of)
     * @param subject its subject; null when unknown
     * @param content its text as the member read it; null when it cannot be read (see {@code available})
     */
    public record MemberMessage(String type, String channel, String status, Instant at, String subject,
                                String content) {
    }

    /**
     * @param messages  the member's messages, oldest first
     * @param available whether the notification service answered (else only what the office knows is listed)
     */
    public record Messages(List<MemberMessage> messages, boolean available) {
    }

    public Messages of(ComplaintDetails complaint, OAuth2AuthorizedClient client) {
        try {
            String token = client.getAccessToken().getTokenValue();
            JsonNode list = notifications.get().uri("/api/v1/notifications?complaintId={id}", complaint.complaintId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().body(JsonNode.class);
            List<MemberMessage> messages = new ArrayList<>();
            if (list != null) {
                for (JsonNode message : list) {
                    if (!RecipientKind.MEMBER.name().equals(message.path("recipientKind").asText())) {
                        continue;
                    }
                    JsonNode content = notifications.get().uri(message.path("contentUrl").asText())
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().body(JsonNode.class);
                    messages.add(new MemberMessage(message.path("type").asText(), message.path("channel").asText(),
                            message.path("status").asText(), instant(message.path("sentAt").isNull()
                            ? message.path("createdAt") : message.path("sentAt")),
                            text(message.path("subject")), content == null ? null : text(content.path("text"))));
                }
            }
            return new Messages(messages, true);
        } catch (RestClientException | IllegalArgumentException unavailable) {
            log.debug("Member messages of {} not fetched: {}", complaint.complaintId(), unavailable.getMessage());
            return new Messages(complaint.messages().stream()
                    .filter(message -> message.recipient() == RecipientKind.MEMBER)
                    .map(message -> new MemberMessage(message.messageType(), String.valueOf(message.channel()),
                            String.valueOf(message.status()), message.at(), null, null))
                    .toList(), false);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Instant instant(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : Instant.parse(node.asText());
    }
}
