package be.partenamut.complaints.intake.category;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A category code of the configured catalogue. Null is valid: combine with {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = KnownCategoryValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCategory {

    String message() default "is not a category of the catalogue (see GET /api/v1/categories)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
