package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import java.time.LocalDate;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The events of one complaint's life, as the complaints office publishes them, each with a new message id. */
final class ComplaintEvents {

    private final UUID complaintId = UUID.randomUUID();

    UUID complaintId() {
        return complaintId;
    }

    ComplaintReceived received(Channel channel, String category, Instant receivedAt) {
        return new ComplaintReceived(metadata(), ComplaintFileBuilder.sample().channel(channel).category(category)
                .product(null).agency(null).receivedAt(receivedAt).firstLineDueDate(null).possibleDuplicateOf(null)
                .build());
    }

    /** A suggestion rather than a complaint: no first-line due date. */
    ComplaintReceived suggestionReceived(Channel channel, String category, Instant receivedAt) {
        return new ComplaintReceived(metadata(), ComplaintFileBuilder.from(received(channel, category, receivedAt).file())
                .suggestion().build());
    }

    ComplaintAcknowledged acknowledged() {
        return new ComplaintAcknowledged(metadata(), ContractSamples.REFERENCE);
    }

    ComplaintRouted routed(String department, String previousDepartment) {
        return new ComplaintRouted(metadata(), department, "test-rule", previousDepartment);
    }

    ComplaintAnswered answeredByFirstLine() {
        return new ComplaintAnswered(metadata(), AnsweringLine.FIRST_LINE, null, ContractSamples.sealed("Votre remboursement est en cours."));
    }

    ComplaintEscalated escalated() {
        return new ComplaintEscalated(metadata(), ContractSamples.sealed("Toujours pas remboursé."), Instant.now());
    }

    ComplaintInstructed instructed() {
        return new ComplaintInstructed(metadata(), ContractSamples.sealed("Attestation encodée en retard."));
    }

    ComplaintAnswered answeredByComplaintsService(Outcome outcome) {
        return new ComplaintAnswered(metadata(), AnsweringLine.COMPLAINTS_SERVICE, outcome,
                ContractSamples.sealed("Le remboursement a été effectué."));
    }

    RecommendationIssued recommendation(String department) {
        return new RecommendationIssued(metadata(), UUID.randomUUID(), department,
                ContractSamples.sealed("Encoder les attestations dans les cinq jours ouvrables."));
    }

    RecommendationAccepted accepted(RecommendationIssued issued) {
        return new RecommendationAccepted(metadata(), issued.recommendationId(), issued.department());
    }

    RecommendationRejected rejected(RecommendationIssued issued) {
        return new RecommendationRejected(metadata(), issued.recommendationId(), issued.department(),
                ContractSamples.sealed("Déjà fait autrement."));
    }

    RecommendationImplemented implemented(RecommendationIssued issued, LocalDate on) {
        return new RecommendationImplemented(metadata(), issued.recommendationId(), issued.department(), on);
    }

    ComplaintClosed closed() {
        return new ComplaintClosed(metadata(), ContractSamples.sealed("Résultat communiqué au membre."));
    }

    SlaBreached breached(AnsweringLine line) {
        return new SlaBreached(metadata(), line, java.time.LocalDate.now().minusDays(1));
    }

    SlaWarned warned(AnsweringLine line) {
        return new SlaWarned(metadata(), line, java.time.LocalDate.now().plusDays(3));
    }

    PersonalDataErased erased() {
        return new PersonalDataErased(metadata(), ContractSamples.DATA_SUBJECT_ID, ErasureCause.ERASURE_REQUEST);
    }

    InterimMessageRecorded interimMessage() {
        return new InterimMessageRecorded(metadata(), SealedText.of("pd1.sealed-reason"), LocalDate.now().plusDays(20),
                "officer");
    }

    ComplaintDeclined declined(DeclineReason reason) {
        return new ComplaintDeclined(metadata(), reason, SealedText.of("pd1.sealed-explanation"), "officer");
    }

    private MessageMetadata metadata() {
        return MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null);
    }
}
