package be.partenamut.complaints.contracts;

/**
 * Who complains and how to reach them.
 *
 * @param email may be null: a member who wrote a letter or called may have given no address,
 *              and then gets letters instead of emails
 */
public record MemberContact(
        String memberNumber,
        String firstName,
        String lastName,
        String email,
        Language language) {
}
