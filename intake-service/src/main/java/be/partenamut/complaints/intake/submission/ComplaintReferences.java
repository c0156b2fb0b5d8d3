package be.partenamut.complaints.intake.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hands out reference numbers from a per-year counter in the database. */
@Repository
public class ComplaintReferences {

    private final JdbcClient jdbc;

    public ComplaintReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next reference of {@code year}. Atomic: concurrent callers wait on the counter's row, so
     * no number is given twice. Call it in the transaction that stores the submission, so a
     * submission that is not stored gives its number back.
     */
    public String next(int year) {
        long number = jdbc.sql("""
                        insert into reference_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = reference_counter.last_number + 1
                        returning last_number""")
                .param("year", year)
                .query(Long.class)
                .single();
        return ComplaintReference.format(year, number);
    }
}
