package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the department in charge of a complaint from the configured rules: the first rule whose
 * every condition matches wins, otherwise the default queue. The rules are checked when the service
 * starts, so a typo in a department or a channel stops the start instead of misrouting complaints.
 */
@Component
public class RoutingTable {

    /** Named in decisions that no rule made. */
    public static final String DEFAULT_RULE = "default";

    private final RoutingProperties properties;

    public RoutingTable(RoutingProperties properties, DepartmentCatalogue catalogue) {
        this.properties = properties;
        List<String> problems = problems(properties, catalogue);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("complaints.routing is inconsistent: " + String.join("; ", problems));
        }
    }

    public Assignment assign(RoutingRequest request) {
        return properties.rules().stream()
                .filter(rule -> matches(rule, request))
                .findFirst()
                .map(rule -> new Assignment(rule.department(), rule.id()))
                .orElseGet(() -> new Assignment(properties.defaultDepartment(), DEFAULT_RULE));
    }

    static boolean matches(RoutingProperties.Rule rule, RoutingRequest request) {
        return condition(rule.category(), request.category())
                && condition(rule.product(), request.product())
                && condition(rule.channel(), request.channel())
                && condition(rule.language(), request.language())
                && condition(rule.agency(), request.agency());
    }

    private static boolean condition(String expected, String actual) {
        return isBlank(expected) || (actual != null && expected.trim().equalsIgnoreCase(actual.trim()));
    }

    private static List<String> problems(RoutingProperties properties, DepartmentCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        if (!catalogue.contains(properties.defaultDepartment())) {
            problems.add("the default department " + properties.defaultDepartment() + " is not in the catalogue");
        }
        Set<String> ids = new HashSet<>();
        for (RoutingProperties.Rule rule : properties.rules()) {
            if (!ids.add(rule.id())) {
                problems.add("rule " + rule.id() + " is defined twice");
            }
            if (DEFAULT_RULE.equals(rule.id())) {
                problems.add("rule id '" + DEFAULT_RULE + "' is reserved for the default queue");
            }
            if (!catalogue.contains(rule.department())) {
                problems.add("rule " + rule.id() + " names department " + rule.department()
                        + ", which is not in the catalogue " + catalogue.codes());
            }
            if (isBlank(rule.category()) && isBlank(rule.product()) && isBlank(rule.channel())
                    && isBlank(rule.language()) && isBlank(rule.agency())) {
                problems.add("rule " + rule.id() + " has no condition: it would take every complaint"
                        + " (that is what default-department is for)");
            }
            if (!isBlank(rule.channel()) && Arrays.stream(Channel.values())
                    .noneMatch(channel -> channel.name().equalsIgnoreCase(rule.channel().trim()))) {
                problems.add("rule " + rule.id() + " names channel " + rule.channel() + ", expected one of "
                        + Arrays.toString(Channel.values()));
            }
            if (!isBlank(rule.language()) && Arrays.stream(Language.values())
                    .noneMatch(language -> language.code().equalsIgnoreCase(rule.language().trim()))) {
                problems.add("rule " + rule.id() + " names language " + rule.language() + ", expected fr, nl or de");
            }
        }
        return problems;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A department and the rule that chose it. */
    public record Assignment(String department, String rule) {
    }
}
