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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Looks for given texts, in plaintext, where personal data must only ever be sealed: every column of
 * every row of a database, every byte of every file under a directory (PostgreSQL's data files and
 * write-ahead log, Kafka's log segments, the services' logs).
 */
public final class PlaintextScan {

    private PlaintextScan() {
    }

    /**
     * Where each text was found, ignoring case, in any column of any row of any table of the database
     * (every schema but PostgreSQL's own), as {@code schema.table.column}. Binary columns are read as
     * UTF-8, so a {@code bytea} column holding plaintext is caught too.
     */
    public static List<String> database(String jdbcUrl, String user, List<String> texts) {
        List<String> found = new ArrayList<>();
        forEachColumnValue(jdbcUrl, user, (column, value) -> {
            String lower = value.toLowerCase(Locale.ROOT);
            for (String text : texts) {
                if (lower.contains(text.toLowerCase(Locale.ROOT))) {
                    found.add(column + " holds '" + text + "'");
                }
            }
        });
        return found;
    }

    /** Every row of every table, each as the text of its columns: to check a scan had something to look at. */
    public static Map<String, List<String>> rows(String jdbcUrl, String user) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        forEachRow(jdbcUrl, user, (table, values) -> rows.computeIfAbsent(table, t -> new ArrayList<>())
                .add(String.join(" | ", values)));
        return rows;
    }

    private static void forEachColumnValue(String jdbcUrl, String user, BiConsumer<String, String> visitor) {
        forEachRow(jdbcUrl, user, (table, values) -> values.forEach(value -> visitor.accept(table, value)));
    }

    private static void forEachRow(String jdbcUrl, String user, BiConsumer<String, List<String>> visitor) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                    order by 1""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<String> values = new ArrayList<>();
                        for (int column = 1; column <= columns; column++) {
                            byte[] bytes = rows.getBytes(column);
                            if (bytes != null) {
                                values.add(new String(bytes, StandardCharsets.UTF_8));
                            }
                        }
                        visitor.accept(table, values);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not scan " + jdbcUrl, e);
        }
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
