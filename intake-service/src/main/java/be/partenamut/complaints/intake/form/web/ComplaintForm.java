package be.partenamut.complaints.intake.form.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.intake.request.Addressee;
import be.partenamut.complaints.intake.request.ComplaintSubmission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The web form as the browser posts it. Every value is text, shown back as text when the form comes
 * back with errors.
 *
 * @param kind          {@code COMPLAINT} (the default), {@code SUGGESTION}, or {@code ESCALATION}: the member
 *                      still disagrees after the first line's answer (or its silence past its target date) and
 *                      asks the complaints service, quoting {@code reference}
 * @param reference     the reference of the complaint escalated (only read for an escalation)
 * @param submissionKey a key the form page was given, sent as the submission's idempotency key, so that
 *                      a form posted twice (a double click, a reload) registers one complaint
 */
public record ComplaintForm(String memberNumber, String firstName, String lastName, String email,
                            String nationalRegisterNumber, String category, String subject, String description,
                            String submissionKey, String kind, String reference) {

    /** The form's choice of a request to the complaints service about a complaint it names. */
    static final String ESCALATION = "ESCALATION";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** An empty form, with a new submission key. */
    public static ComplaintForm empty() {
        return new ComplaintForm(null, null, null, null, null, null, null, null, UUID.randomUUID().toString(), null, null);
    }

    /**
     * The submission the member made: an escalation is addressed to the complaints service with the complaint's
     * reference, like a channel system's, so intake's rules decide it the same way (the first line answered, or
     * its target date has passed; never a suggestion). Its category and subject are the complaint's own, known by
     * its reference: what the form holds in them is not sent again; the description is why the member disagrees.
     */
    public ComplaintSubmission toSubmission(Language language) {
        boolean escalation = escalates();
        return new ComplaintSubmission(Channel.WEB_FORM, memberNumber == null ? null : memberNumber.strip(), firstName,
                lastName, email, nationalRegisterNumber, language, escalation ? Addressee.COMPLAINTS_SERVICE : null,
                escalation ? reference : null, escalation ? null : category, escalation ? null : subject, description,
                null, null, submissionKind());
    }

    /** Whether the member asks the complaints service about a complaint they name by its reference. */
    public boolean escalates() {
        return ESCALATION.equals(kind);
    }

    /**
     * What the member chose: a suggestion only when the form said so; a missing or unknown value is a
     * complaint, the form's default, so that a member is never left without the periods of a complaint.
     */
    public SubmissionKind submissionKind() {
        return SubmissionKind.SUGGESTION.name().equals(kind) ? SubmissionKind.SUGGESTION : SubmissionKind.COMPLAINT;
    }

    /** The submission key when it is one this form handed out (a UUID), otherwise a new one. */
    public String validKey() {
        return submissionKey != null && KEY.matcher(submissionKey).matches() ? submissionKey : UUID.randomUUID().toString();
    }

    /** The same answers with another submission key: for a form that must be sent as a new one. */
    public ComplaintForm withKey(String key) {
        return new ComplaintForm(memberNumber, firstName, lastName, email, nationalRegisterNumber, category, subject,
                description, key, kind, reference);
    }

    /** The values by field name, for the page. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("memberNumber", memberNumber);
        values.put("firstName", firstName);
        values.put("lastName", lastName);
        values.put("email", email);
        values.put("nationalRegisterNumber", nationalRegisterNumber);
        values.put("category", category);
        values.put("subject", subject);
        values.put("description", description);
        values.put("kind", escalates() ? ESCALATION : submissionKind().name());
        values.put("reference", reference);
        return values;
    }
}
