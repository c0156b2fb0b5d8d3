package be.partenamut.complaints.contracts;

/** Any message of the published language: it always carries its metadata. */
public interface ContractMessage {

    MessageMetadata metadata();
}
