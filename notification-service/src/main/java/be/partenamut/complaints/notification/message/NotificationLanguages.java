package be.partenamut.complaints.notification.message;

/** How a message's language is named in metrics and logs. */
public final class NotificationLanguages {

    /** Staff messages are written in French and Dutch at once. */
    public static final String STAFF = "fr-nl";

    private NotificationLanguages() {
    }
}
