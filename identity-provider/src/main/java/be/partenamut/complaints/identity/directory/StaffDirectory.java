package be.partenamut.complaints.identity.directory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may sign in, and what their tokens say about them. Empty outside the demo profile: then every sign-in
 * is refused (never a generated password).
 */
public class StaffDirectory implements UserDetailsService {

    private final Map<String, StaffMember> members = new LinkedHashMap<>();

    public StaffDirectory(Collection<StaffMember> members) {
        members.forEach(member -> this.members.put(member.username(), member));
    }

    public Optional<StaffMember> find(String username) {
        return Optional.ofNullable(members.get(username));
    }

    public int size() {
        return members.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = find(username).orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
        return User.withUsername(member.username())
                .password(member.passwordHash())
                .roles(member.roles().toArray(String[]::new))
                .build();
    }
}
