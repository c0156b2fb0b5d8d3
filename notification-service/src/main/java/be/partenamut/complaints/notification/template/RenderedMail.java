package be.partenamut.complaints.notification.template;

/**
 * A message ready to send: a one-line subject and the same text as plain text and as HTML. The text
 * may greet the member by name: it lives in memory only, and is never logged.
 */
public record RenderedMail(String subject, String text, String html) {

    /** Only the subject (the complaint's reference): the text may name the member. */
    @Override
    public String toString() {
        return "RenderedMail[" + subject + "]";
    }
}
