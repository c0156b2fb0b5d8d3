package be.partenamut.complaints.office.benchmark;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts many complaints in the office quickly and as they would be: each member's data sealed under keys of the
 * key vault (a member has one or more complaints), the events the aggregate would have stored (received,
 * acknowledged, routed; then for some a warning, a breach, an answer, an escalation, a closure), appended to the
 * event store by Axon in batches (its serializer, its global index), so every read model builds from them as
 * from commands. Which complaint gets which fate, channel, category, department and dates is drawn at random in
 * proportions of a working office.
 */
final class ComplaintLoad {

    private static final String AGGREGATE_TYPE = "Complaint";
    private static final int BATCH = 250;
    private static final List<String> DEPARTMENTS = List.of("HEALTHCARE_REIMBURSEMENTS", "INCAPACITY_DISABILITY",
            "MEMBERSHIP_CONTRIBUTIONS", "COMPLEMENTARY_INSURANCE", "HOSPITALISATION_INSURANCE", "HOME_CARE", "AGENCIES",
            "SERVICE_CENTER", "THIRD_PARTY_PAYMENT");
    private static final List<String> CATEGORIES = List.of("REIMBURSEMENT", "AFFILIATION", "CONTRIBUTION",
            "HOSPITALISATION", "INCAPACITY", "HOME_CARE", "THIRD_PARTY_PAYMENT", "SERVICE_QUALITY");
    private static final List<String> FIRST_NAMES = List.of("Sophie", "Lucas", "Emma", "Louis", "Olivia", "Arthur",
            "Louise", "Noah", "Camille", "Jules", "Hélène", "Marc", "Nathalie", "Pieter", "An", "Jan", "Els", "Koen",
            "Fatima", "Mohamed", "Sarah", "Thomas", "Julie", "Kevin");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon",
            "Laurent", "Leclercq", "Van den Bossche", "El Amrani", "Vermeulen", "Hermans", "Declercq", "Lemaire",
            "D'Hondt", "Van Damme", "Desmet", "Michel", "Lefèvre", "Renard", "Dumont", "Pauwels", "Segers",
            "Aerts", "Smets", "De Backer", "Bogaert", "Stevens", "Verstraete", "Mathieu", "Charlier");

    private final EventStore eventStore;
    private final PersonalData personalData;
    private final ServiceLevels serviceLevels;
    private final Instant now;

    ComplaintLoad(EventStore eventStore, PersonalData personalData, ServiceLevels serviceLevels, Instant now) {
        this.eventStore = eventStore;
        this.personalData = personalData;
        this.serviceLevels = serviceLevels;
        this.now = now;
    }

    /** Loads {@code complaints} complaints with {@code threads} threads; returns once every event is stored. */
    Loaded load(int complaints, int threads) throws Exception {
        AtomicLong events = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int members = Math.max(1, complaints * 2 / 3);
        for (int start = 0; start < complaints; start += BATCH) {
            int from = start;
            int to = Math.min(complaints, start + BATCH);
            done.add(workers.submit(() -> {
                List<EventMessage<?>> batch = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    batch.addAll(complaint(i, ThreadLocalRandom.current().nextInt(members)));
                }
                // One writer at a time: concurrent appends leave holes in the global index, and a hole under events
                // stamped long ago (these are) is one a tracking processor may give up waiting for.
                synchronized (eventStore) {
                    eventStore.publish(batch);
                }
                events.addAndGet(batch.size());
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        workers.shutdown();
        return new Loaded(events.get(), LAST_NAMES.get(0), reference(0));
    }

    private List<EventMessage<?>> complaint(int number, int member) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID id = UUID.randomUUID();
        ComplaintId complaintId = ComplaintId.of(id);
        String memberNumber = String.valueOf(300_000_000L + member);
        PersonalData.Sealer sealer = personalData.newComplaint(id, memberNumber);
        String firstName = FIRST_NAMES.get(member % FIRST_NAMES.size());
        String lastName = LAST_NAMES.get(member / FIRST_NAMES.size() % LAST_NAMES.size());
        Instant receivedAt = now.minus(Duration.ofSeconds(random.nextLong(120L * 24 * 3600)));
        LocalDate firstLineDue = serviceLevels.firstLineDueDate(receivedAt).dueDate();
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        ComplaintFile file = new ComplaintFile(reference(number), channel,
                new MemberContact(sealer.subjectId(), sealer.seal(PersonalFields.MEMBER_NUMBER, memberNumber),
                        sealer.seal(PersonalFields.FIRST_NAME, firstName), sealer.seal(PersonalFields.LAST_NAME, lastName),
                        sealer.seal(PersonalFields.EMAIL, firstName.toLowerCase() + "." + member + "@example.be"),
                        random.nextBoolean() ? Language.FR : Language.NL),
                CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                sealer.seal(PersonalFields.SUBJECT, "Remboursement de soins " + number),
                sealer.seal(PersonalFields.DESCRIPTION, "Ma demande de remboursement n'est toujours pas traitée, "
                        + "malgré plusieurs rappels. Pouvez-vous vérifier mon dossier ? (" + number + ")"),
                null, null, receivedAt, firstLineDue, null);
        Stream stream = new Stream(complaintId, receivedAt);
        stream.add(new ComplaintReceivedEvent(complaintId, file), Duration.ZERO);
        stream.add(new ComplaintAcknowledgedEvent(complaintId, file.reference()), Duration.ofSeconds(1));
        stream.add(new ComplaintRoutedEvent(complaintId, DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())),
                "category", null), Duration.ofSeconds(5));
        int fate = random.nextInt(100);
        if (fate >= 50 && fate < 58) {
            stream.add(new SlaWarnedEvent(complaintId, AnsweringLine.FIRST_LINE, firstLineDue), Duration.ofDays(8));
        } else if (fate >= 58 && fate < 63) {
            stream.add(new SlaWarnedEvent(complaintId, AnsweringLine.FIRST_LINE, firstLineDue), Duration.ofDays(8));
            stream.add(new SlaBreachedEvent(complaintId, AnsweringLine.FIRST_LINE, firstLineDue), Duration.ofDays(16));
        } else if (fate >= 63) {
            stream.add(new ComplaintAnsweredEvent(complaintId, AnsweringLine.FIRST_LINE, null,
                    sealer.seal(PersonalFields.ANSWER, "Votre remboursement a été effectué.")), Duration.ofDays(4));
            if (fate >= 73 && fate < 80) {
                Instant escalatedAt = receivedAt.plus(Duration.ofDays(6));
                stream.add(new ComplaintEscalatedEvent(complaintId, sealer.seal(PersonalFields.ESCALATION_REASON,
                                "Je ne suis pas d'accord avec la réponse."), escalatedAt,
                        serviceLevels.complaintsServiceDueDate(escalatedAt).dueDate(), UUID.randomUUID()),
                        Duration.ofDays(6));
            } else if (fate >= 80) {
                stream.add(new ComplaintClosedEvent(complaintId, null), Duration.ofDays(10));
            }
        }
        return stream.messages;
    }

    private static String reference(int number) {
        return String.format("PB-2026-%06d", number);
    }

    /** One complaint's events in order, as the aggregate would have stored them. */
    private static final class Stream {
        private final ComplaintId complaintId;
        private final Instant start;
        private final List<EventMessage<?>> messages = new ArrayList<>();

        Stream(ComplaintId complaintId, Instant start) {
            this.complaintId = complaintId;
            this.start = start;
        }

        void add(ComplaintLifecycleEvent event, Duration after) {
            messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, complaintId.toString(), messages.size(), event,
                    Map.of(Commands.ACTOR, "benchmark", Commands.CORRELATION_ID, "bench-" + complaintId),
                    UUID.randomUUID().toString(), start.plus(after)));
        }
    }

    /**
     * @param events        how many events were stored
     * @param someLastName  a last name many members have
     * @param someReference the reference of one loaded complaint
     */
    record Loaded(long events, String someLastName, String someReference) {
    }
}
