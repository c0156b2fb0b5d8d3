package be.partenamut.complaints.routing.assignment;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The departments complaints are assigned to, as configured in {@code complaints.routing.departments}. */
@Component
public class DepartmentCatalogue {

    /** Where every escalated complaint goes; the catalogue must hold it. */
    public static final String COMPLAINTS_SERVICE = "COMPLAINTS_SERVICE";

    private final Map<String, RoutingProperties.Department> byCode = new LinkedHashMap<>();

    public DepartmentCatalogue(RoutingProperties properties) {
        for (RoutingProperties.Department department : properties.departments()) {
            if (byCode.put(department.code(), department) != null) {
                throw new IllegalStateException("complaints.routing.departments: department "
                        + department.code() + " is listed twice");
            }
        }
        if (!byCode.containsKey(COMPLAINTS_SERVICE)) {
            throw new IllegalStateException("complaints.routing.departments must list " + COMPLAINTS_SERVICE
                    + ": escalated complaints go there");
        }
    }

    public List<RoutingProperties.Department> all() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<RoutingProperties.Department> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
