package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.Departments;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where staff messages go: each department's mailbox ({@code complaints.notification.departments.<CODE>.email},
 * the codes routing assigns) and the complaints service's. Checked at start-up, so a typo stops the
 * service instead of every mail to that department.
 */
@ConfigurationProperties("complaints.notification")
public record StaffMailboxes(
        @DefaultValue Mailbox complaintsService,
        Map<String, Mailbox> departments) {

    /** How the complaints service is named among the departments, e.g. in a recipient id. */
    public static final String COMPLAINTS_SERVICE = "COMPLAINTS_SERVICE";

    public StaffMailboxes {
        departments = departments == null ? Map.of() : Map.copyOf(departments);
        check("complaints.notification.complaints-service.email", complaintsService.email());
        departments.forEach((code, mailbox) -> check("complaints.notification.departments." + code + ".email",
                mailbox.email()));
        requireEveryRecommendableDepartment(departments);
    }

    /**
     * A recommendation is mailed to the department it is addressed to: one without a mailbox would be a
     * recommendation nobody receives. So every department the complaints service may recommend to
     * ({@link Departments#RECOMMENDABLE}, the list the office checks recommendations against) must have one, or
     * the service does not start, naming the departments to configure.
     */
    private static void requireEveryRecommendableDepartment(Map<String, Mailbox> departments) {
        Set<String> configured = departments.keySet().stream().map(StaffMailboxes::normalized)
                .collect(Collectors.toSet());
        List<String> missing = Departments.RECOMMENDABLE.stream()
                .filter(code -> !configured.contains(normalized(code)))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No staff mailbox for the department(s) " + String.join(", ", missing)
                    + ", to which the complaints service may address recommendations: set "
                    + missing.stream().map(code -> "complaints.notification.departments.[" + code + "].email")
                    .collect(Collectors.joining(", "))
                    + ". Without it their recommendations would reach nobody.");
        }
    }

    /** The mailbox of the department (or of the complaints service), if one is configured. */
    public Optional<String> of(String department) {
        if (department == null) {
            return Optional.empty();
        }
        if (COMPLAINTS_SERVICE.equalsIgnoreCase(department)) {
            return Optional.of(complaintsService.email());
        }
        String wanted = normalized(department);
        return departments.entrySet().stream()
                .filter(entry -> normalized(entry.getKey()).equals(wanted))
                .map(entry -> entry.getValue().email())
                .findFirst();
    }

    /**
     * Spring drops the underscores of a map key that is not written in brackets ({@code HOME_CARE} binds
     * as {@code HOMECARE}); department codes are compared without them, whatever the case.
     */
    private static String normalized(String code) {
        return code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    /** @param email a department's shared mailbox, e.g. {@code remboursements@partenamut.be} */
    public record Mailbox(@DefaultValue("plaintes@partenamut.be") String email) {
    }

    private static void check(String property, String email) {
        try {
            new InternetAddress(email, true).validate();
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException(property + " is not a mail address: " + email, e);
        }
    }
}
