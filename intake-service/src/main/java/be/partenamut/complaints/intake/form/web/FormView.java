package be.partenamut.complaints.intake.form.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form page shows for each field: the value entered, the message beside it, and how the
 * input points at its hint and message ({@code aria-describedby}).
 */
public class FormView {

    /** The fields in the order of the page, so the error summary follows it. */
    static final List<String> FIELDS = List.of("memberNumber", "firstName", "lastName", "email",
            "nationalRegisterNumber", "category", "subject", "description");
    private static final Set<String> WITH_HINT = Set.of("memberNumber", "email", "nationalRegisterNumber", "description",
            "reference");

    private final Map<String, String> values;
    private final Map<String, String> errors;

    FormView(Map<String, String> values, Map<String, String> errors) {
        this.values = values;
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
        errors.forEach(ordered::putIfAbsent);
        this.errors = ordered;
    }

    public String value(String field) {
        return values.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasHint(String field) {
        return WITH_HINT.contains(field);
    }

    /** The ids of the field's hint and message, or null when it has neither. */
    public String describedBy(String field) {
        String hint = hasHint(field) ? field + "-hint" : null;
        String error = hasError(field) ? field + "-error" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }
}
