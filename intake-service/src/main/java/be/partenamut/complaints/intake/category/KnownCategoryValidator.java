package be.partenamut.complaints.intake.category;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a code against the catalogue; Spring's validator factory injects the catalogue. */
public class KnownCategoryValidator implements ConstraintValidator<KnownCategory, String> {

    private final CategoryCatalogue catalogue;

    public KnownCategoryValidator(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || code.isBlank() || catalogue.contains(code);
    }
}
