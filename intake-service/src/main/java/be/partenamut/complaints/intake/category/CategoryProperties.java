package be.partenamut.complaints.intake.category;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The catalogue of complaint categories a channel may choose from. The codes travel in every
 * {@code ComplaintSubmitted} and the routing service maps them to departments: rename one only
 * together with the routing table.
 *
 * @param categories in the order channels should show them
 */
@Validated
@ConfigurationProperties("complaints.intake")
public record CategoryProperties(@Valid @NotEmpty List<Category> categories) {

    /** A category and what members read for it in each language. */
    public record Category(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code, @Valid @NotNull Labels labels) {
    }

    public record Labels(@NotBlank String fr, @NotBlank String nl, @NotBlank String de) {
    }
}
