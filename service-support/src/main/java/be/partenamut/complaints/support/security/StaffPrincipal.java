package be.partenamut.complaints.support.security;

/**
 * A signed-in principal that already knows which {@link StaffMember} it stands for: a browser session signed in
 * through the identity provider, whose roles and department were read from its access token at sign-in by the
 * same rules as a bearer token's ({@link StaffTokenConverter}). {@link StaffMember#from} takes it as it is, so
 * pages and API share one notion of the caller and one authorization rule.
 */
public interface StaffPrincipal {

    StaffMember staffMember();
}
