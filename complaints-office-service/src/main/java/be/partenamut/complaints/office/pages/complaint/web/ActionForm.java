package be.partenamut.complaints.office.pages.complaint.web;

import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.office.casework.StaffAction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a member of staff typed in one of the complaint page's forms, with the version of the complaint the form
 * was shown with (a hidden field). Each action reads the fields it needs; {@link #problems} says, per field, what
 * is wrong as a message key ({@code complaint.validation.*}), for the form to show in the staff's language.
 */
public class ActionForm {

    static final int LONG_TEXT = 10_000;
    static final int SHORT_TEXT = 2_000;
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private Long version;
    private String text;
    private Outcome outcome;
    private String department;
    private String receivedOn;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    /** The date of receipt of an escalation (a letter keyed in days later); null when not given or not a date. */
    LocalDate receivedOnDate() {
        if (receivedOn == null || receivedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(receivedOn.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The text, trimmed; null when blank. */
    String trimmedText() {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The department code as typed, trimmed and upper-cased. */
    String departmentCode() {
        return department == null ? null : department.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** What is wrong with the form for {@code action}, per field ({@code text}, {@code outcome}, {@code department}). */
    Map<String, String> problems(StaffAction action) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (action) {
            case ANSWER_FIRST_LINE, INSTRUCT -> requiredText(problems, LONG_TEXT);
            case ESCALATE -> {
                requiredText(problems, SHORT_TEXT);
                if (receivedOn != null && !receivedOn.isBlank() && receivedOnDate() == null) {
                    problems.put("receivedOn", "complaint.validation.date");
                }
            }
            case ANSWER_AS_COMPLAINTS_SERVICE -> {
                if (outcome == null) {
                    problems.put("outcome", "complaint.validation.outcome");
                }
                requiredText(problems, LONG_TEXT);
            }
            case ISSUE_RECOMMENDATION -> {
                department(problems);
                requiredText(problems, SHORT_TEXT);
            }
            case REROUTE -> department(problems);
            case CLOSE -> {
                if (text != null && text.length() > SHORT_TEXT) {
                    problems.put("text", "complaint.validation.too-long");
                }
            }
        }
        return problems;
    }

    private void requiredText(Map<String, String> problems, int max) {
        if (trimmedText() == null) {
            problems.put("text", "complaint.validation.required");
        } else if (text.length() > max) {
            problems.put("text", "complaint.validation.too-long");
        }
    }

    private void department(Map<String, String> problems) {
        String code = departmentCode();
        if (code == null || code.isEmpty()) {
            problems.put("department", "complaint.validation.required");
        } else if (!DEPARTMENT.matcher(code).matches()) {
            problems.put("department", "complaint.validation.department");
        }
    }
}
