package be.partenamut.complaints.contracts;

import java.util.List;
import java.util.Set;

/**
 * The departments a complaint may concern, by the codes every service speaks of them with (routing assigns them,
 * the office shows their queues, notification mails their mailboxes). The ones the complaints service may
 * recommend a change to are part of the published language, so the office (which refuses a recommendation to a
 * department nobody knows) and the notification service (which refuses to start without a mailbox for each) read
 * one list and cannot drift apart.
 */
public final class Departments {

    /** The complaints service itself: it issues recommendations, it does not receive them. */
    public static final String COMPLAINTS_SERVICE = "COMPLAINTS_SERVICE";

    /** The departments a recommendation may be addressed to, in the order the office lists them. */
    public static final List<String> RECOMMENDABLE = List.of(
            "HEALTHCARE_REIMBURSEMENTS", "INCAPACITY_DISABILITY", "MEMBERSHIP_CONTRIBUTIONS",
            "COMPLEMENTARY_INSURANCE", "HOSPITALISATION_INSURANCE", "HOME_CARE", "AGENCIES", "SERVICE_CENTER",
            "THIRD_PARTY_PAYMENT");

    private static final Set<String> RECOMMENDABLE_SET = Set.copyOf(RECOMMENDABLE);

    private Departments() {
    }

    /** Whether a recommendation may be addressed to {@code code}. */
    public static boolean isRecommendable(String code) {
        return code != null && RECOMMENDABLE_SET.contains(code);
    }
}
