package be.partenamut.complaints.faults;

import be.partenamut.complaints.localstack.PlatformStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Whether the platform has finished with everything the load gave it, so that counting now cannot
 * miss work still under way nor a late repeat: every accepted complaint acknowledged, nothing left in
 * intake's outbox, nothing stored by the office and not yet on Kafka, no mail still pending or to be
 * tried again (a mail left PENDING by a crash is tried again after a grace period: a repeat would
 * show only then).
 */
final class Settled {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformStack stack;

    Settled(PlatformStack stack) {
        this.stack = stack;
    }

    /** What is still under way, or an empty list once everything is done. */
    List<String> stillUnderWay(List<Accepted> accepted) {
        long unacknowledged = accepted.stream().filter(complaint -> stack.smtp().messagesTo(complaint.email())
                .stream().noneMatch(FaultCampaign::isAcknowledgement)).count();
        long outbox = count("intake", "select count(*) from outbox_message where published_at is null");
        long mails = count("notification", "select count(*) from delivery where status in ('PENDING', 'FAILED')");
        long relayLag = relayLag();
        return java.util.stream.Stream.of(
                        unacknowledged > 0 ? unacknowledged + " complaints not acknowledged" : null,
                        outbox > 0 ? outbox + " messages in intake's outbox" : null,
                        mails > 0 ? mails + " mails pending or to be tried again" : null,
                        relayLag != 0 ? "office relay lag " + relayLag : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    private long count(String database, String query) {
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count in " + database, e);
        }
    }

    /** The office's {@code complaints.relay.lag} gauge (events stored, not yet on Kafka); -1 while unreadable. */
    private long relayLag() {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(
                                    stack.service("complaints-office-service").baseUrl() + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines()
                    .filter(line -> line.startsWith("complaints_relay_lag"))
                    .mapToLong(line -> Math.round(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))))
                    .findFirst().orElse(-1);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
