package be.partenamut.complaints.office.pages.language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** What each member of staff chose in the pages (table {@code staff_preference}), by their token's username. */
@Repository
public class StaffPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    public StaffPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OfficeLanguage> language(String username) {
        return jdbc.sql("select language from staff_preference where username = :username")
                .param("username", username)
                .query(String.class).optional()
                .flatMap(OfficeLanguage::ofCode);
    }

    public void rememberLanguage(String username, OfficeLanguage language) {
        jdbc.sql("""
                        insert into staff_preference (username, language, updated_at) values (:username, :language, :at)
                        on conflict (username) do update set language = excluded.language, updated_at = excluded.updated_at""")
                .param("username", username)
                .param("language", language.code())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
