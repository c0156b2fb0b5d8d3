package be.partenamut.complaints.office.pages.signin;

import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.support.security.StaffPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.Collection;

/**
 * A member of staff signed in to the pages: the ID token names the person, the access token (read at sign-in by
 * {@link StaffOidcUserService}) says what they may do. Controllers see the same {@link StaffMember} as the API's.
 */
public final class StaffOidcUser extends DefaultOidcUser implements StaffPrincipal {

    private final StaffMember staffMember;

    StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, StaffMember staffMember) {
        super(authorities, idToken);
        this.staffMember = staffMember;
    }

    @Override
    public StaffMember staffMember() {
        return staffMember;
    }

    /** The username of the access token, as the API names the caller (also the key of the user's preferences). */
    @Override
    public String getName() {
        return staffMember.username();
    }

    /** The person's name as the provider gives it ({@code name}), else their username. */
    public String displayName() {
        String name = getIdToken().getClaimAsString(StandardClaimNames.NAME);
        return name != null && !name.isBlank() ? name : staffMember.username();
    }
}
