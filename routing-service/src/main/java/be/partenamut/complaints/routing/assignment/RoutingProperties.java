package be.partenamut.complaints.routing.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * {@code complaints.routing.*}: the departments a complaint can be assigned to, and the rules that choose one.
 *
 * @param defaultDepartment the queue for complaints no rule matches, so none is left unassigned
 * @param departments       the catalogue; every rule names one of these
 * @param rules             tried in order; the first whose every condition matches decides
 */
@Validated
@ConfigurationProperties("complaints.routing")
public record RoutingProperties(@NotBlank String defaultDepartment,
                                @Valid @NotEmpty List<Department> departments,
                                @Valid @NotEmpty List<Rule> rules) {

    /** A department, with its name in the three national languages. */
    public record Department(@NotBlank String code, @NotBlank String nameFr, @NotBlank String nameNl,
                             @NotBlank String nameDe) {
    }

    /**
     * A routing rule. Each condition left out matches anything; a condition that is set matches only a
     * complaint that carries that value (case-insensitively). {@code product} and {@code agency} are not
     * in the published events yet: a rule using them matches only once the events provide them.
     *
     * @param id       named in every decision it makes, so a decision can be explained
     * @param category a category code of intake's catalogue, e.g. {@code REIMBURSEMENT}
     * @param product  a product code, e.g. a complementary insurance
     * @param channel  a {@link be.partenamut.complaints.contracts.Channel} name, e.g. {@code AGENCY}
     * @param language {@code fr}, {@code nl} or {@code de}
     * @param agency   the code of the agency in charge of the member
     */
    public record Rule(@NotBlank String id, String category, String product, String channel, String language,
                       String agency, @NotBlank String department) {

        /** A rule on the category alone, the most common kind. */
        public static Rule byCategory(String id, String category, String department) {
            return new Rule(id, category, null, null, null, null, department);
        }
    }
}
