package be.partenamut.complaints.contracts;

import be.partenamut.complaints.contracts.channel.ChannelSubmissionOutcome;
import be.partenamut.complaints.contracts.deliveries.DeliveryMessage;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire format cannot drift silently: every record reads and writes exactly its checked-in sample. */
class ContractRoundTripTest {

    private final ObjectMapper mapper = ContractSamples.objectMapper();

    static Stream<Object> samples() {
        return ContractSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void writesExactlyTheCheckedInSample(Object message) throws Exception {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(message));

        assertThat(written).isEqualTo(mapper.readTree(sampleOf(message)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsTheCheckedInSampleThroughItsTopicType(Object message) throws Exception {
        Class<?> topicType = message instanceof ComplaintEvent ? ComplaintEvent.class
                : message instanceof SubmissionMessage ? SubmissionMessage.class
                : message instanceof DeliveryMessage ? DeliveryMessage.class
                : RoutingMessage.class;

        assertThat(mapper.readValue(sampleOf(message), topicType)).isEqualTo(message);
    }

    /** Messages written before the SLA facts took their names (the checked-in samples of that version). */
    static Stream<Arguments> formerNames() {
        return Stream.of(
                Arguments.of("ComplaintSlaWarned", ComplaintEvent.class, "SlaWarned"),
                Arguments.of("ComplaintSlaBreached", ComplaintEvent.class, "SlaBreached"),
                Arguments.of("SlaWarningRaised", RoutingMessage.class, "routing/SlaWarned"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formerNames")
    void readsAFormerNameAsTheRenamedTypeAndWritesOnlyTheNewName(String formerName, Class<?> topicType,
                                                                 String sample) throws Exception {
        Object message = mapper.readValue(ContractSamples.json("former-names/" + formerName), topicType);

        assertThat(mapper.readValue(ContractSamples.json(sample), topicType)).isEqualTo(message);
        assertThat(mapper.readTree(mapper.writerFor(topicType).writeValueAsString(message)).get("type").asText())
                .isEqualTo(message.getClass().getSimpleName())
                .isNotEqualTo(formerName);
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() throws Exception {
        String withExtraField = ContractSamples.json("ComplaintReceived")
                .replaceFirst("\\{", "{\"priority\": \"HIGH\",");

        ComplaintEvent event = mapper.readValue(withExtraField, ComplaintEvent.class);

        assertThat(event).isEqualTo(ContractSamples.complaintReceived());
    }

    @Test
    void readsAFileWrittenBeforeSuggestionsExistedAsAComplaint() throws Exception {
        String withoutKind = ContractSamples.json("ComplaintReceived").replace(",\n    \"kind\": \"COMPLAINT\"", "");

        ComplaintReceived event = (ComplaintReceived) mapper.readValue(withoutKind, ComplaintEvent.class);

        assertThat(withoutKind).doesNotContain("kind");
        assertThat(event.file().kind()).isEqualTo(SubmissionKind.COMPLAINT);
        assertThat(event).isEqualTo(ContractSamples.complaintReceived());
    }

    @Test
    void carriesASuggestionWithoutADueDate() throws Exception {
        ComplaintReceived suggestion = new ComplaintReceived(ContractSamples.complaintReceived().metadata(),
                ComplaintFileBuilder.sample().suggestion().build());

        String json = mapper.writeValueAsString(suggestion);
        ComplaintReceived read = (ComplaintReceived) mapper.readValue(json, ComplaintEvent.class);

        assertThat(mapper.readTree(json).at("/file/kind").asText()).isEqualTo("SUGGESTION");
        assertThat(read).isEqualTo(suggestion);
        assertThat(read.file().suggestion()).isTrue();
        assertThat(read.file().firstLineDueDate()).isNull();
    }

    @Test
    void readsAnEventTypeItDoesNotKnowAsUnknownKeepingItsMetadata() throws Exception {
        String newType = ContractSamples.json("ComplaintClosed").replace("\"ComplaintClosed\"", "\"ComplaintReopened\"");

        ComplaintEvent event = mapper.readValue(newType, ComplaintEvent.class);

        assertThat(event).isInstanceOf(UnknownComplaintEvent.class);
        assertThat(event.complaintId()).isEqualTo(ContractSamples.COMPLAINT_ID);
    }

    @Test
    void readsARetiredEventTypeStillOnTheTopicAsUnknown() throws Exception {
        ComplaintEvent event = mapper.readValue(ContractSamples.json("retired/MessageDeliveryRecorded"),
                ComplaintEvent.class);

        assertThat(event).isInstanceOf(UnknownComplaintEvent.class);
        assertThat(event.complaintId()).isEqualTo(ContractSamples.COMPLAINT_ID);
    }

    @Test
    void readsAndWritesTheChannelSubmissionOutcomeSample() throws Exception {
        ChannelSubmissionOutcome outcome = new ChannelSubmissionOutcome(ChannelSubmissionOutcome.ACCEPTED,
                "agency-desk-4711", "c-2026-11-26-0001", java.time.Instant.parse("2026-11-26T09:15:01Z"), 202,
                new ChannelSubmissionOutcome.Receipt(ContractSamples.COMPLAINT_ID, ContractSamples.REFERENCE,
                        java.time.Instant.parse("2026-11-26T09:15:00Z"), java.time.LocalDate.parse("2026-12-09"),
                        "FIRST_LINE", null),
                null);
        String sample = ContractSamples.json("ChannelSubmissionOutcome");

        assertThat(mapper.readValue(sample, ChannelSubmissionOutcome.class)).isEqualTo(outcome);
        assertThat(mapper.readTree(mapper.writeValueAsString(outcome))).isEqualTo(mapper.readTree(sample));
    }

    @Test
    void neverPrintsASealedValue() {
        assertThat(ContractSamples.complaintReceived().toString()).doesNotContain("pd1.");
    }

    @Test
    void refusesALanguageOutsideFrenchDutchAndGerman() {
        String english = ContractSamples.json("ComplaintReceived").replace("\"nl\"", "\"en\"");

        assertThatThrownBy(() -> mapper.readValue(english, ComplaintReceived.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("expected one of fr, nl, de");
    }

    private static String sampleOf(Object message) {
        return ContractSamples.jsonOf((ContractMessage) message);
    }
}
