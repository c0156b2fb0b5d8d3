package be.partenamut.complaints.support.security;

/**
 * Who does what, as the identity provider's tokens name it (claim {@code roles}). An administrator may do
 * everything staff may.
 * <ul>
 *   <li>{@link #AGENT}: staff of a department (first line): answers and closes complaints in its queue</li>
 *   <li>{@link #OFFICER}: staff of the complaints service: escalations, instruction, answers, recommendations</li>
 *   <li>{@link #ANALYST}: reads the improvement figures</li>
 *   <li>{@link #ADMIN}: everything staff may, plus administration</li>
 *   <li>{@link #CHANNEL_SYSTEM}: a channel system (client credentials), posting complaints for its channels</li>
 * </ul>
 */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String OFFICER = "OFFICER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String CHANNEL_SYSTEM = "CHANNEL_SYSTEM";

    private Roles() {
    }
}
