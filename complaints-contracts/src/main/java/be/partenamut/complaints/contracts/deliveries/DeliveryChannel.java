package be.partenamut.complaints.contracts.deliveries;

/** How a message reaches its recipient. */
public enum DeliveryChannel {
    EMAIL,
    /** A PDF letter queued for printing and posting, for members without an email address. */
    LETTER
}
