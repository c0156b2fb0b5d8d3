package be.partenamut.complaints.notification.delivery;

/** The kinds of message the service sends, each with its template. */
public enum NotificationType {

    /** The receipt of a complaint, with its reference. */
    ACKNOWLEDGEMENT("acknowledgement");

    private final String template;

    NotificationType(String template) {
        this.template = template;
    }

    /** The template's name, without language: one delivery per event, recipient and template, whatever the language. */
    public String template() {
        return template;
    }
}
