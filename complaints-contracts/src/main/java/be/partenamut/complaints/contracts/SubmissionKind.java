package be.partenamut.complaints.contracts;

/**
 * What a member brought: a complaint (the member disagrees and expects an answer within the policy's
 * periods) or a suggestion (an idea for improvement: acknowledged, passed to the department concerned,
 * counted in the improvement figures, with no answer deadline and no escalation to the complaints
 * service). The policy speaks of both ("vos suggestions et vos réclamations").
 */
public enum SubmissionKind {
    COMPLAINT,
    SUGGESTION;

    /** Messages and stored events written before suggestions existed carry no kind: they are complaints. */
    public static SubmissionKind orDefault(SubmissionKind kind) {
        return kind == null ? COMPLAINT : kind;
    }
}
