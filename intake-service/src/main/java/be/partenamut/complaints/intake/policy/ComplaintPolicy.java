package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.intake.member.Member;
import be.partenamut.complaints.intake.member.MemberRegistry;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The insurer's complaint policy at the door, in this order:
 * <ol>
 *   <li>a complaint about a Médecin-Conseil goes, in writing, to the national union's complaints service;</li>
 *   <li>a complaint not about the insurer's products or services is not handled;</li>
 *   <li>a member number, when given, the registry does not know is refused with a clear message;</li>
 *   <li>a member's complaint without names and without any way to reach the member (no email, no
 *       postal address in the registry) is anonymous, and not handled;</li>
 *   <li>without a member number, the person (a prospect, an heir, someone acting for a member) is not
 *       anonymous when they give both names and a way to reach them: the email address, the only
 *       contact a submission carries besides the registry's postal address. Otherwise the complaint is
 *       anonymous, and not handled.</li>
 * </ol>
 * Where to go is said before who is asking: the way to MLOZ helps whoever asks. Only anonymous and
 * out-of-scope complaints are refused, as the policy says: being a member is not a condition.
 */
@Component
public class ComplaintPolicy {

    /** The category members choose for a hospital, a pharmacy, a doctor's own practice... */
    public static final String OTHER_ORGANISATION = "OTHER_ORGANISATION";
    /** The category members choose for a complaint about a Médecin-Conseil. */
    public static final String MEDICAL_ADVISOR = "MEDICAL_ADVISOR";

    private final MemberRegistry members;

    public ComplaintPolicy(MemberRegistry members) {
        this.members = members;
    }

    /**
     * @return the member, known to the registry; empty for a person who gave no member number
     * @throws PolicyRefusedException when the policy does not take the submission
     */
    public Optional<Member> check(ComplaintSubmission submission) {
        if (MEDICAL_ADVISOR.equals(submission.category())) {
            throw new PolicyRefusedException(Refusal.MEDICAL_ADVISOR, submission.language());
        }
        if (OTHER_ORGANISATION.equals(submission.category())) {
            throw new PolicyRefusedException(Refusal.NOT_ABOUT_OUR_SERVICES, submission.language());
        }
        if (submission.memberNumber() == null) {
            if (!submission.hasNames() || submission.email() == null) {
                throw new PolicyRefusedException(Refusal.ANONYMOUS, submission.language());
            }
            return Optional.empty();
        }
        Member member = members.find(submission.memberNumber())
                .orElseThrow(() -> new PolicyRefusedException(Refusal.UNKNOWN_MEMBER, submission.language()));
        boolean reachable = submission.email() != null || member.hasPostalAddress();
        if (!submission.hasNames() && !reachable) {
            throw new PolicyRefusedException(Refusal.ANONYMOUS, submission.language());
        }
        return Optional.of(member);
    }
}
