package be.partenamut.complaints.contracts.deliveries;

/** Who a message is for: the member, or staff (a department, the complaints service). */
public enum RecipientKind {
    MEMBER,
    STAFF
}
