package be.partenamut.complaints.faults;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.localstack.PlatformStack;
import be.partenamut.complaints.localstack.infra.TopicClient;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * What the run left behind, read from the outside: the services' databases, the topics, the SMTP
 * server's mailboxes. Nothing here asks a service what it thinks it did.
 */
final class Tally {

    private final PlatformStack stack;

    Tally(PlatformStack stack) {
        this.stack = stack;
    }

    /** The counts of a run whose load accepted {@code accepted}. */
    Counts count(SubmissionLoad load) {
        List<Accepted> accepted = load.accepted();
        Set<UUID> acceptedIds = accepted.stream().map(Accepted::complaintId).collect(Collectors.toSet());

        Map<UUID, Integer> inOffice = perComplaint("office",
                "select aggregate_identifier, count(*) from domain_event_entry"
                        + " where payload_type like '%ComplaintReceivedEvent' group by aggregate_identifier");
        Map<UUID, Integer> firstRoutings = perComplaint("routing",
                "select complaint_id, count(*) from routing_decision group by complaint_id");

        List<TopicClient.Record> events = new TopicClient(stack.kafka().bootstrapServers()).readToEnd(Topics.EVENTS);
        Map<String, Long> eventIds = events.stream().collect(Collectors.groupingBy(
                record -> String.valueOf(record.headers().get(HeaderNames.MESSAGE_ID)), Collectors.counting()));
        Set<String> routedOnTopic = events.stream()
                .filter(record -> "ComplaintRouted".equals(record.headers().get(HeaderNames.MESSAGE_TYPE)))
                .map(TopicClient.Record::key).collect(Collectors.toSet());

        List<MimeMessage> mails = stack.smtp().receivedMessages();
        Map<String, Long> mailsBySubjectAndRecipients = mails.stream()
                .collect(Collectors.groupingBy(Tally::recipientsAndSubject, Collectors.counting()));
        Map<String, Long> acknowledgementsByRecipient = mails.stream()
                .filter(FaultCampaign::isAcknowledgement)
                .collect(Collectors.groupingBy(Tally::recipients, Collectors.counting()));

        int acknowledged = (int) accepted.stream()
                .filter(complaint -> acknowledgementsByRecipient.getOrDefault(complaint.email(), 0L) >= 1).count();
        int departments = (int) acceptedIds.stream()
                .filter(id -> firstRoutings.containsKey(id) && routedOnTopic.contains(id.toString())).count();
        long figuresTotal = figuresTotal();

        return new Counts(
                load.answers202(),
                accepted.size(),
                (int) acceptedIds.stream().filter(inOffice::containsKey).count(),
                (int) inOffice.keySet().stream().filter(id -> !acceptedIds.contains(id)).count(),
                departments,
                acknowledged,
                duplicates(mailsBySubjectAndRecipients),
                duplicates(eventIds),
                (int) inOffice.values().stream().filter(count -> count > 1).count()
                        + (int) firstRoutings.values().stream().filter(count -> count > 1).count()
                        + (int) Math.max(0, figuresTotal - inOffice.size()),
                deadLetters(),
                load.refusals().size(),
                load.abandoned(),
                load.unanswered(),
                load.answersByStatus());
    }

    /** The figures' total of complaints, as the analytics service's database holds it. */
    private long figuresTotal() {
        return perComplaint("analytics", "select complaint_id, 1 from complaint_figure where status is not null")
                .size();
    }

    /** Copies beyond the first, over every key seen more than once. */
    private static int duplicates(Map<String, Long> occurrences) {
        return (int) occurrences.values().stream().mapToLong(count -> Math.max(0, count - 1)).sum();
    }

    private Map<UUID, Integer> perComplaint(String database, String query) {
        Map<UUID, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                stack.postgres().user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(UUID.fromString(rows.getString(1)), rows.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count in " + database + ": " + query, e);
        }
    }

    /** The messages on every dead-letter topic, by topic; the topics nobody dead-lettered to are absent. */
    private Map<String, Long> deadLetters() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(name -> name.endsWith(Topics.deadLetter(""))).collect(Collectors.toSet());
            TopicClient client = new TopicClient(stack.kafka().bootstrapServers());
            Map<String, Long> counts = new TreeMap<>();
            for (String topic : topics) {
                counts.put(topic, (long) client.readToEnd(topic).size());
            }
            return counts;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not list the topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String recipientsAndSubject(MimeMessage mail) {
        try {
            return recipients(mail) + " | " + mail.getSubject();
        } catch (MessagingException e) {
            return recipients(mail) + " | (unreadable subject)";
        }
    }

    private static String recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null ? "" : Arrays.stream(all).map(Tally::bare).sorted().collect(Collectors.joining(","));
        } catch (MessagingException e) {
            return "(unreadable recipients)";
        }
    }

    private static String bare(Address address) {
        return address instanceof jakarta.mail.internet.InternetAddress internet
                ? internet.getAddress().toLowerCase(java.util.Locale.ROOT) : address.toString();
    }

    /**
     * @param answers202               every 202, repeated answers to a complaint posted again included
     * @param accepted                 distinct complaints answered 202
     * @param inOffice                 of those, how many the office holds
     * @param inOfficeNotAccepted      complaints the office holds that nobody was answered 202 for
     * @param departmentsAssigned      accepted complaints routing assigned a department, published on the events topic
     * @param acknowledged             accepted complaints whose member received the acknowledgement
     * @param duplicateMails           the same mail (recipients and subject) received more than once
     * @param duplicateEventIds        the same message id more than once on complaints.events.v1
     * @param projectionsCountingTwice a complaint received twice by the office, first-routed twice, or counted
     *                                 more than once by the figures
     * @param deadLetters              messages on each dead-letter topic
     */
    record Counts(long answers202, int accepted, int inOffice, int inOfficeNotAccepted, int departmentsAssigned,
                  int acknowledged, int duplicateMails, int duplicateEventIds, int projectionsCountingTwice,
                  Map<String, Long> deadLetters, int refused, int abandoned, long unansweredAttempts,
                  Map<Integer, Long> answersByStatus) {

        long deadLetterTotal() {
            return deadLetters.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
