package be.partenamut.complaints.support.security;

/**
 * Who does what. An administrator may do everything the others may.
 * <ul>
 *   <li>{@link #AGENT}: staff of a department (first line): answers and closes complaints in its queue</li>
 *   <li>{@link #OFFICER}: staff of the complaints service: escalations, instruction, answers, recommendations</li>
 *   <li>{@link #ANALYST}: reads the improvement figures</li>
 *   <li>{@link #ADMIN}: everything, plus administration</li>
 * </ul>
 */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String OFFICER = "OFFICER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
