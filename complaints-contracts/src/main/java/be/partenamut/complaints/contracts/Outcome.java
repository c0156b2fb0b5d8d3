package be.partenamut.complaints.contracts;

/** The complaints service's finding at the end of its analysis. */
public enum Outcome {
    FOUNDED,
    PARTLY_FOUNDED,
    UNFOUNDED
}
