package be.partenamut.complaints.intake.member;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A Belgian national register number: 11 digits, the last two a mod-97 check of the first nine
 * (for a birth from 2000 on, of the first nine preceded by a 2). Null is valid: the number is optional.
 */
@Documented
@Constraint(validatedBy = NationalRegisterNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NationalRegisterNumber {

    String message() default "is not a valid national register number (11 digits with their mod-97 check)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The checks themselves, usable without a validator. */
    final class Check {

        private static final Pattern SEPARATED = Pattern.compile("[0-9][0-9 .\\-]*[0-9]");
        private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
        private static final long BORN_FROM_2000 = 2_000_000_000L;

        private Check() {
        }

        /**
         * The number as 11 digits when written with the usual separators ({@code 85.07.30-033.28},
         * spaces); anything else unchanged, so that validation names what was sent.
         */
        public static String normalise(String number) {
            if (number == null || number.isBlank()) {
                return null;
            }
            String stripped = number.strip();
            return SEPARATED.matcher(stripped).matches() ? stripped.replaceAll("[ .\\-]", "") : stripped;
        }

        public static boolean isValid(String number) {
            if (number == null || !ELEVEN_DIGITS.matcher(number).matches()) {
                return false;
            }
            long base = Long.parseLong(number.substring(0, 9));
            int check = Integer.parseInt(number.substring(9));
            return check == 97 - base % 97 || check == 97 - (BORN_FROM_2000 + base) % 97;
        }
    }

    class Validator implements ConstraintValidator<NationalRegisterNumber, String> {

        @Override
        public boolean isValid(String number, ConstraintValidatorContext context) {
            return number == null || Check.isValid(number);
        }
    }
}
