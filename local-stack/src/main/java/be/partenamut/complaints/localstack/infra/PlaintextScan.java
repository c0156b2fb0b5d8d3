package be.partenamut.complaints.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for given texts, in plaintext, where personal data must only ever be sealed: every column of
 * every row of a database, every byte of every file under a directory (PostgreSQL's data files and
 * write-ahead log, Kafka's log segments, the services' logs).
 */
public final class PlaintextScan {

    private PlaintextScan() {
    }

    /** Where each text was found in the database's tables, as {@code table.column}. */
    public static List<String> database(String jdbcUrl, String user, List<String> texts) {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            byte[] bytes = rows.getBytes(column);
                            String value = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                            for (String text : texts) {
                                if (value != null && value.contains(text)) {
                                    found.add(table + "." + rows.getMetaData().getColumnName(column) + " holds '" + text + "'");
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not scan " + jdbcUrl, e);
        }
        return found;
    }

    /** The files under {@code root} that contain any of the texts, with the text found. */
    public static List<String> files(Path root, List<String> texts) {
        List<byte[]> needles = texts.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException unreadable) {
                    continue; // a file removed or locked while walking: nothing to read
                }
                for (int i = 0; i < needles.size(); i++) {
                    if (indexOf(content, needles.get(i)) >= 0) {
                        found.add(root.relativize(file) + " holds '" + texts.get(i) + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
