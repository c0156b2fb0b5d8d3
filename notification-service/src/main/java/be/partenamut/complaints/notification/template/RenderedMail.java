package be.partenamut.complaints.notification.template;

/** A message ready to send: a one-line subject and the same text as plain text and as HTML. */
public record RenderedMail(String subject, String text, String html) {
}
