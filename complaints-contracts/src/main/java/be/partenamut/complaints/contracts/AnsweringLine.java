package be.partenamut.complaints.contracts;

/** Who answered: the service in charge of the member's file, or the complaints service after an escalation. */
public enum AnsweringLine {
    FIRST_LINE,
    COMPLAINTS_SERVICE
}
