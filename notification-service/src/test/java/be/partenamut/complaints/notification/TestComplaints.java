package be.partenamut.complaints.notification;

import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh events for each test: new complaint id, message ids, reference and address every time. */
public final class TestComplaints {

    private TestComplaints() {
    }

    public static String newAddress() {
        return "member-" + UUID.randomUUID() + "@example.be";
    }

    public static ComplaintReceived received(Language language, String email) {
        ComplaintReceived sample = ContractSamples.complaintReceived();
        UUID complaintId = UUID.randomUUID();
        String reference = "PL-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        MemberContact member = new MemberContact("100000001", firstName(language), lastName(language), email, language);
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null),
                reference, sample.channel(), member, sample.category(), sample.subject(), sample.description(),
                sample.receivedAt());
    }

    public static ComplaintAcknowledged acknowledged(ComplaintReceived received) {
        return new ComplaintAcknowledged(
                MessageMetadata.of(UUID.randomUUID(), received.complaintId(), Instant.now(),
                        received.metadata().correlationId(), received.metadata().messageId().toString()),
                received.reference());
    }

    public static String firstName(Language language) {
        switch (language) {
            case FR:
                return "Hélène";
            case DE:
                return "Jürgen";
            default:
                return "Sophie";
        }
    }

    public static String lastName(Language language) {
        switch (language) {
            case FR:
                return "Dubois";
            case DE:
                return "Schmitz";
            default:
                return "Peeters";
        }
    }
}
