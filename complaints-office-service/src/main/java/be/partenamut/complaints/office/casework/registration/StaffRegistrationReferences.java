package be.partenamut.complaints.office.casework.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reference a member quotes for a complaint an officer registered with its escalation at once:
 * {@code PL-<year>-9<8 digits>}. Intake gives every other complaint its reference, counted per year from 000001;
 * the office's are drawn from a range of their own (nine digits, starting with 9) that intake's count never reaches,
 * so one reference names one complaint whoever gave it.
 */
@Repository
public class StaffRegistrationReferences {

    private final JdbcClient jdbc;

    public StaffRegistrationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(int year) {
        long number = jdbc.sql("select nextval('staff_registration_reference_seq')").query(Long.class).single();
        return String.format("PL-%04d-9%08d", year, number);
    }
}
