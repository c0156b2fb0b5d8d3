package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes every mail the local SMTP server receives to {@code .local-data/mail/} as an .eml file,
 * so that whoever tries the stack can open exactly what a member would have received.
 */
final class MailArchive implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SmtpServer smtp;
    private final Path directory;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-archive");
        thread.setDaemon(true);
        return thread;
    });
    private int archived;

    MailArchive(SmtpServer smtp, Path directory) {
        this.smtp = smtp;
        this.directory = directory;
    }

    void start(Duration every) {
        poller.scheduleWithFixedDelay(this::archiveNew, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void archiveNew() {
        List<MimeMessage> received = smtp.receivedMessages();
        for (; archived < received.size(); archived++) {
            MimeMessage message = received.get(archived);
            try {
                Files.createDirectories(directory);
                Path file = directory.resolve(FILE_TIME.format(LocalDateTime.now()) + "-" + (archived + 1) + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                System.out.println("Mail received, saved as " + file);
            } catch (IOException | MessagingException e) {
                System.err.println("Could not archive a received mail: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
