package be.partenamut.complaints.intake.request;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields that go together. A new complaint has a category and a subject; an escalation
 * (a {@code reference}) is addressed to the complaints service and has neither, since the complaint
 * keeps its own. A suggestion goes to the first line and escalates nothing. A first name goes with a last name. Each fault is reported on its field.
 */
@Documented
@Constraint(validatedBy = ConsistentSubmission.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSubmission {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The message of a field required in this shape, the same as {@code @NotBlank}'s. */
    String REQUIRED = "must not be blank";

    class Validator implements ConstraintValidator<ConsistentSubmission, ComplaintSubmission> {

        @Override
        public boolean isValid(ComplaintSubmission submission, ConstraintValidatorContext context) {
            if (submission == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (submission.escalates()) {
                if (!submission.addressedToComplaintsService()) {
                    valid = fault(context, "reference",
                            "is only given with addressee COMPLAINTS_SERVICE, to escalate that complaint");
                }
                if (submission.category() != null) {
                    valid = fault(context, "category", "is not given for an escalation: the complaint keeps its own");
                }
                if (submission.subject() != null) {
                    valid = fault(context, "subject", "is not given for an escalation: say why in the description");
                }
            } else {
                if (submission.receivedAt() != null) {
                    valid = fault(context, "receivedAt",
                            "is only given for an escalation keyed in later: a new complaint is received now");
                }
                if (submission.category() == null || submission.category().isBlank()) {
                    valid = fault(context, "category", REQUIRED);
                }
                if (submission.subject() == null || submission.subject().isBlank()) {
                    valid = fault(context, "subject", REQUIRED);
                }
            }
            if (submission.suggests() && submission.addressedToComplaintsService()) {
                valid = fault(context, "kind",
                        "SUGGESTION goes to the department concerned: it has no addressee COMPLAINTS_SERVICE and escalates nothing");
            }
            if (submission.firstName() != null && submission.lastName() == null) {
                valid = fault(context, "lastName", "is required with a first name");
            }
            if (submission.lastName() != null && submission.firstName() == null) {
                valid = fault(context, "firstName", "is required with a last name");
            }
            return valid;
        }

        private static boolean fault(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
