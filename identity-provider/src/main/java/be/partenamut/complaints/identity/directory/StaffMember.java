package be.partenamut.complaints.identity.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff who signs in. The roles are the services' role names (ADMIN, OFFICER, AGENT, ANALYST);
 * a department agent also belongs to one department, the queue whose complaints they handle.
 *
 * @param username        what they sign in with, the tokens' {@code sub} and {@code preferred_username}
 * @param name            their full name, the ID token's {@code name}
 * @param passwordHash    the encoded password (never the password itself)
 * @param roles           the tokens' {@code roles}
 * @param department      a department code such as HEALTHCARE_REIMBURSEMENTS, or {@code null}
 */
public record StaffMember(String username, String name, String passwordHash, List<String> roles, String department) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = List.copyOf(roles);
    }

    public Optional<String> departmentCode() {
        return Optional.ofNullable(department);
    }
}
