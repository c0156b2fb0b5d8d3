package be.partenamut.complaints.office.pages.complaint.web;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.office.casework.StaffAction;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.UUID;
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
    /** As the date field sends it ({@code yyyy-MM-dd}); read with {@link #expectedDay()}. */
    private String expectedDate;
    /** As the radio buttons send it; read with {@link #declineReasonChosen()}. */
    private String declineReason;

    /** The reasons an officer may decline a registered complaint for, in the order the form offers them. */
    static final java.util.List<DeclineReason> DECLINE_REASONS =
            java.util.List.of(DeclineReason.NOT_ABOUT_OUR_SERVICES, DeclineReason.MEDICAL_ADVISOR);

    public String getExpectedDate() {
        return expectedDate;
    }

    public void setExpectedDate(String expectedDate) {
        this.expectedDate = expectedDate;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    /** The new expected date; null when absent or not a date. */
    LocalDate expectedDay() {
        if (expectedDate == null || expectedDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expectedDate.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The reason chosen, when it is one an officer may decline for; null otherwise. */
    DeclineReason declineReasonChosen() {
        return DECLINE_REASONS.stream().filter(reason -> reason.name().equals(declineReason)).findFirst().orElse(null);
    }


    private UUID inputRequest;
    private UUID recommendation;
    private LocalDate implementedOn;
    private String motivatingReferences;
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

    /** The request for input a department's reply answers. */
    public UUID getInputRequest() {
        return inputRequest;
    }

    public void setInputRequest(UUID inputRequest) {
        this.inputRequest = inputRequest;
    }

    /** The recommendation a follow-up step is about (a hidden field of its form). */
    public UUID getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(UUID recommendation) {
        this.recommendation = recommendation;
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public void setImplementedOn(LocalDate implementedOn) {
        this.implementedOn = implementedOn;
    }

    /** The references of the other complaints that motivated a recommendation, separated by commas or spaces. */
    public String getMotivatingReferences() {
        return motivatingReferences;
    }

    public void setMotivatingReferences(String motivatingReferences) {
        this.motivatingReferences = motivatingReferences;
    }

    /** The motivating references, one per entry. */
    List<String> motivatingReferenceList() {
        if (motivatingReferences == null || motivatingReferences.isBlank()) {
            return List.of();
        }
        return Arrays.stream(motivatingReferences.strip().split("[,;\\s]+")).filter(r -> !r.isBlank()).toList();
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

    /**
     * What is wrong with the form for {@code action}, per field ({@code text}, {@code outcome}, {@code department},
     * {@code expectedDate}, {@code declineReason}, {@code inputRequest}).
     */
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
            case RECORD_INTERIM_MESSAGE -> {
                // Whether the day is a working day after today is the complaint's rule: the page asks it (see
                // ComplaintPageController), the complaint applies it.
                if (expectedDay() == null) {
                    problems.put("expectedDate", "complaint.validation.expected-date");
                }
                requiredText(problems, SHORT_TEXT);
            }
            case DECLINE -> {
                if (declineReasonChosen() == null) {
                    problems.put("declineReason", "complaint.validation.decline-reason");
                }
                requiredText(problems, SHORT_TEXT);
            }
            case REQUEST_INPUT -> {
                department(problems);
                requiredText(problems, SHORT_TEXT);
            }
            case GIVE_INPUT -> {
                if (inputRequest == null) {
                    problems.put("inputRequest", "complaint.validation.input-request");
                }
                requiredText(problems, LONG_TEXT);
            }
            case ACCEPT_RECOMMENDATION -> recommendation(problems);
            case REJECT_RECOMMENDATION -> {
                recommendation(problems);
                requiredText(problems, SHORT_TEXT);
            }
            case RECORD_RECOMMENDATION_IMPLEMENTATION -> {
                recommendation(problems);
                if (implementedOn == null) {
                    problems.put("implementedOn", "complaint.validation.required");
                }
            }
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

    private void recommendation(Map<String, String> problems) {
        if (recommendation == null) {
            problems.put("recommendation", "complaint.validation.required");
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
