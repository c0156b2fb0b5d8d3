package be.partenamut.complaints.misshapen.messaging;

/** A messaging package at the service's root, belonging to no feature. */
public class EverythingConsumer {
}
