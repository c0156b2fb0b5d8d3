package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.SmtpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every mail the local SMTP server receives ends up in the mail directory exactly once. */
class MailArchiveIT {

    private static final String MARK = "X-Archive-Check";
    private static final int SENDERS = 4;
    private static final int MAILS_PER_SENDER = 75;
    private static final int MAILBOXES = 120;

    @TempDir
    Path directory;

    @Test
    void keepsEachMailOnceWhenSeveralSendersMailManyMailboxesAtOnce() throws Exception {
        MailArchive archive = MailArchive.in(directory);
        List<List<String>> sentBySender;
        Map<String, Set<String>> sentTo = new HashMap<>();
        try (SmtpServer smtp = SmtpServer.start(0, archive::save)) {
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            try {
                List<Future<List<Sent>>> batches = new ArrayList<>();
                for (int sender = 0; sender < SENDERS; sender++) {
                    int first = sender * MAILS_PER_SENDER;
                    batches.add(senders.submit(() -> sendBatch(smtp.port(), first, MAILS_PER_SENDER)));
                }
                sentBySender = new ArrayList<>();
                for (Future<List<Sent>> batch : batches) {
                    List<Sent> sent = batch.get(3, TimeUnit.MINUTES);
                    sentBySender.add(sent.stream().map(Sent::mark).toList());
                    sent.forEach(mail -> mail.recipients().forEach(
                            to -> sentTo.computeIfAbsent(to, any -> new HashSet<>()).add(mail.mark())));
                }
            } finally {
                senders.shutdownNow();
            }
            int sentCount = SENDERS * MAILS_PER_SENDER;
            await().atMost(Duration.ofMinutes(2)).until(() -> archived().size() >= sentCount);

            // The server still files each mail for each of its recipients, as the services' tests read them.
            sentTo.forEach((recipient, marks) -> assertThat(smtp.messagesTo(recipient))
                    .as(recipient).map(MailArchiveIT::markOf).containsOnlyElementsOf(marks).containsAll(marks));
        }
        // Writes out anything still queued, so a late duplicate could not hide from the count below.
        archive.close();

        List<Path> files = archived();
        List<String> marksInFiles = files.stream().map(MailArchiveIT::markOf).toList();
        List<String> allSent = sentBySender.stream().flatMap(List::stream).toList();
        assertThat(files).hasSize(allSent.size());
        assertThat(marksInFiles).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(allSent);
        // Each sender waited for each mail to be accepted before the next: its mails sort in that order.
        for (List<String> sent : sentBySender) {
            assertThat(marksInFiles.stream().filter(sent::contains).toList()).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void numbersNewMailsAfterTheOnesAlreadyKeptAndNeverOverwritesThem() throws Exception {
        Path earlier = directory.resolve("mail-00000041-20260101-090000.eml");
        Files.writeString(earlier, "a mail kept before the restart");
        MailArchive archive = MailArchive.in(directory);
        try (SmtpServer smtp = SmtpServer.start(0, archive::save)) {
            sendBatch(smtp.port(), 0, 3);
            await().atMost(Duration.ofMinutes(1)).until(() -> archived().size() >= 4);
        }
        archive.close();

        assertThat(Files.readString(earlier)).isEqualTo("a mail kept before the restart");
        assertThat(archived()).map(file -> file.getFileName().toString().substring(0, 13))
                .containsExactly("mail-00000041", "mail-00000042", "mail-00000043", "mail-00000044");
    }

    private record Sent(String mark, List<String> recipients) {
    }

    /**
     * Sends {@code count} mails over one connection, one after the other; every seventh names three
     * recipients (one SMTP transaction, so one mail), the others one. Recipients are spread over
     * {@link #MAILBOXES} mailboxes.
     */
    private static List<Sent> sendBatch(int port, int first, int count) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(properties);
        List<Sent> sent = new ArrayList<>();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int n = first; n < first + count; n++) {
                List<String> recipients = n % 7 == 0
                        ? List.of(mailbox(n), mailbox(n + 40), mailbox(n + 80))
                        : List.of(mailbox(n));
                String mark = UUID.randomUUID().toString();
                MimeMessage message = new MimeMessage(session);
                message.setFrom("noreply@complaints.example.be");
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipients.get(0)));
                for (String copy : recipients.subList(1, recipients.size())) {
                    message.addRecipient(Message.RecipientType.CC, new InternetAddress(copy));
                }
                message.setSubject("Your complaint " + n);
                message.setText("We received your complaint " + n + ".");
                message.setHeader(MARK, mark);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
                sent.add(new Sent(mark, recipients));
            }
        }
        return sent;
    }

    private static String mailbox(int n) {
        return "member-" + (n % MAILBOXES) + "@example.be";
    }

    /** The archived mails, in the order their names sort. */
    private List<Path> archived() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static String markOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return markOf(new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("unreadable archived mail " + file, e);
        }
    }

    private static String markOf(MimeMessage message) {
        try {
            String[] mark = message.getHeader(MARK);
            return mark == null ? "(no mark)" : mark[0];
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
