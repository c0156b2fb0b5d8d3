package be.partenamut.complaints.intake.member;

import java.util.Optional;

/**
 * The insurer's members. Intake asks it whether a member number exists before it accepts a
 * complaint: an unknown number is told so, never silently accepted.
 */
public interface MemberRegistry {

    /** The member with this number, if there is one. */
    Optional<Member> find(String memberNumber);
}
