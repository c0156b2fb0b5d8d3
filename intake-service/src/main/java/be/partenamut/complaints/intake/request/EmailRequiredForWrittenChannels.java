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
 * A submission from the web form or by email names the address the answer goes to; the other
 * channels may have none (the member then gets letters). Reported on the {@code email} field.
 */
@Documented
@Constraint(validatedBy = EmailRequiredForWrittenChannels.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailRequiredForWrittenChannels {

    String message() default "is required for the WEB_FORM and EMAIL channels";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailRequiredForWrittenChannels, ComplaintSubmission> {

        @Override
        public boolean isValid(ComplaintSubmission submission, ConstraintValidatorContext context) {
            if (submission == null || submission.email() != null
                    || !ComplaintSubmission.requiresEmail(submission.channel())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("email")
                    .addConstraintViolation();
            return false;
        }
    }
}
