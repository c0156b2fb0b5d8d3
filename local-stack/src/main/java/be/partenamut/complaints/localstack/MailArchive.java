package be.partenamut.complaints.localstack;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every mail the local SMTP server receives to a directory as one .eml file, so that whoever
 * tries the stack can open exactly what a member would have received.
 *
 * <p>Each message is handed over once, when the server receives it ({@link #save}); files are named
 * {@code mail-<sequence>-<time>.eml}, the sequence counting on from the highest one already in the
 * directory, so names sort by arrival and a restart never overwrites an earlier mail.
 */
final class MailArchive implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern ARCHIVED = Pattern.compile("mail-(\\d{1,18})-.*\\.eml");

    private final Path directory;
    /**
     * One writer, in arrival order, behind an unbounded queue: the SMTP connection only copies the
     * message into memory and moves on, so a burst of mail waits for the disk here instead of
     * slowing or failing the senders, and nothing is dropped.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-archive");
        thread.setDaemon(true);
        return thread;
    });
    /** Only the writer thread reads and moves it. */
    private long lastSequence;

    private MailArchive(Path directory, long lastSequence) {
        this.directory = directory;
        this.lastSequence = lastSequence;
    }

    /** An archive in {@code directory}, created if missing, continuing after the mails already in it. */
    static MailArchive in(Path directory) {
        try {
            Files.createDirectories(directory);
            return new MailArchive(directory, highestSequence(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep mails in " + directory, e);
        }
    }

    /** Keeps {@code message}; called once for each message the SMTP server receives. */
    void save(MimeMessage message) {
        LocalDateTime received = LocalDateTime.now();
        byte[] content;
        try {
            // Copied now, in the receiving thread: the message object belongs to the server.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            content = bytes.toByteArray();
        } catch (IOException | MessagingException e) {
            System.err.println("Could not read a received mail to archive it: " + e.getMessage());
            return;
        }
        writer.execute(() -> write(content, received));
    }

    private void write(byte[] content, LocalDateTime received) {
        while (true) {
            Path file = directory.resolve("mail-%08d-%s.eml".formatted(++lastSequence, FILE_TIME.format(received)));
            try {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                System.out.println("Mail received, saved as " + file);
                return;
            } catch (FileAlreadyExistsException taken) {
                // Someone else wrote there since we looked: take the next number, never overwrite.
            } catch (IOException e) {
                System.err.println("Could not archive a received mail as " + file + ": " + e.getMessage());
                return;
            }
        }
    }

    private static long highestSequence(Path directory) throws IOException {
        long highest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "mail-*.eml")) {
            for (Path file : files) {
                Matcher name = ARCHIVED.matcher(file.getFileName().toString());
                if (name.matches()) {
                    highest = Math.max(highest, Long.parseLong(name.group(1)));
                }
            }
        }
        return highest;
    }

    /** Writes what is still queued, then stops; call it once the SMTP server no longer receives. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(60, TimeUnit.SECONDS)) {
                System.err.println("Some received mails were not archived before stopping.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
