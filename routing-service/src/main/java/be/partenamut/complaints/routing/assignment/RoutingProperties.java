package be.partenamut.complaints.routing.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The routing table: which department is in charge of a complaint, by its category.
 *
 * @param defaultDepartment the queue for complaints no rule matches, so none is left unassigned
 * @param rules             tried in order; the first whose category matches decides
 */
@Validated
@ConfigurationProperties("complaints.routing")
public record RoutingProperties(@NotBlank String defaultDepartment, @Valid @NotEmpty List<Rule> rules) {

    /** @param id named in every decision it makes, so a decision can be explained */
    public record Rule(@NotBlank String id, @NotBlank String category, @NotBlank String department) {
    }
}
