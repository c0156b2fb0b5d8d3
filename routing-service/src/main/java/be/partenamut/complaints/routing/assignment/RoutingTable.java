package be.partenamut.complaints.routing.assignment;

import org.springframework.stereotype.Component;

/** Decides the department in charge of a complaint from the configured rules. */
@Component
public class RoutingTable {

    /** Named in decisions that no rule made. */
    public static final String DEFAULT_RULE = "default";

    private final RoutingProperties properties;

    public RoutingTable(RoutingProperties properties) {
        this.properties = properties;
    }

    public Assignment assign(String category) {
        return properties.rules().stream()
                .filter(rule -> rule.category().equalsIgnoreCase(category))
                .findFirst()
                .map(rule -> new Assignment(rule.department(), rule.id()))
                .orElseGet(() -> new Assignment(properties.defaultDepartment(), DEFAULT_RULE));
    }

    /** A department and the rule that chose it. */
    public record Assignment(String department, String rule) {
    }
}
