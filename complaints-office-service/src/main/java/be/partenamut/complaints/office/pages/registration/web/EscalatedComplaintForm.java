package be.partenamut.complaints.office.pages.registration.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an officer typed to register a complaint with its escalation at once. {@link #problems} says, per field,
 * what is wrong as a message key ({@code complaint.validation.*}), for the form to show in the staff's language.
 */
public class EscalatedComplaintForm {

    static final int LONG_TEXT = 10_000;
    static final int SHORT_TEXT = 2_000;
    private static final Pattern MEMBER_NUMBER = Pattern.compile("\\d{9,13}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String memberNumber;
    private String firstName;
    private String lastName;
    private String email;
    private Language language;
    private Channel channel;
    private String category;
    private String subject;
    private String description;
    private String reason;
    private String receivedOn;
    private String contactOn;
    private OralFirstLineContact.Place contactPlace;

    public String getMemberNumber() { return memberNumber; }
    public void setMemberNumber(String memberNumber) { this.memberNumber = memberNumber; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getContactOn() { return contactOn; }
    public void setContactOn(String contactOn) { this.contactOn = contactOn; }
    public OralFirstLineContact.Place getContactPlace() { return contactPlace; }
    public void setContactPlace(OralFirstLineContact.Place contactPlace) { this.contactPlace = contactPlace; }

    /** A text field, trimmed; null when blank. */
    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A date field (ISO, as a date input posts it); null when blank or not a date. */
    static LocalDate date(String text) {
        if (trimmed(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    String categoryCode() {
        return category == null ? null : category.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong, per field. The oral contact must be given, and cannot follow the request's receipt nor come
     * from the future ({@code today}); the date of receipt itself is checked where the complaint is registered.
     */
    Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        String number = trimmed(memberNumber);
        if (number == null) {
            problems.put("memberNumber", "complaint.validation.required");
        } else if (!MEMBER_NUMBER.matcher(number).matches()) {
            problems.put("memberNumber", "registration.validation.member-number");
        }
        required(problems, "firstName", firstName, 100);
        required(problems, "lastName", lastName, 100);
        if (trimmed(email) != null && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            problems.put("email", "registration.validation.email");
        }
        if (language == null) {
            problems.put("language", "complaint.validation.required");
        }
        if (channel == null) {
            problems.put("channel", "complaint.validation.required");
        }
        String code = categoryCode();
        if (code == null || code.isEmpty()) {
            problems.put("category", "complaint.validation.required");
        } else if (!CODE.matcher(code).matches()) {
            problems.put("category", "registration.validation.category");
        }
        required(problems, "subject", subject, 200);
        required(problems, "description", description, LONG_TEXT);
        required(problems, "reason", reason, SHORT_TEXT);
        if (trimmed(receivedOn) != null && date(receivedOn) == null) {
            problems.put("receivedOn", "complaint.validation.date");
        }
        LocalDate contact = date(contactOn);
        LocalDate received = date(receivedOn) == null ? today : date(receivedOn);
        if (trimmed(contactOn) == null) {
            problems.put("contactOn", "complaint.validation.required");
        } else if (contact == null) {
            problems.put("contactOn", "complaint.validation.date");
        } else if (contact.isAfter(received)) {
            problems.put("contactOn", "registration.validation.contact-after-request");
        }
        if (contactPlace == null) {
            problems.put("contactPlace", "complaint.validation.required");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String text, int max) {
        if (trimmed(text) == null) {
            problems.put(field, "complaint.validation.required");
        } else if (text.length() > max) {
            problems.put(field, "complaint.validation.too-long");
        }
    }
}
