package be.partenamut.complaints.contracts.upcasting;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages of schema version 2, as the platform wrote them to its topics before the file was nested
 * ({@code fixtures/v2}), read into the current records with nothing lost.
 */
class MessageUpcasterTest {

    private static final ObjectMapper MAPPER = ContractSamples.objectMapper();

    /** Every ComplaintSubmitted and ComplaintReceived of the captured topics, and the older variants. */
    static Stream<Arguments> version2Messages() {
        List<Arguments> messages = new ArrayList<>();
        for (String topic : List.of("complaints.submissions.v1", "complaints.events.v1")) {
            for (JsonNode message : topicValues(topic)) {
                String type = message.get("type").asText();
                if (type.equals("ComplaintSubmitted") || type.equals("ComplaintReceived")) {
                    messages.add(Arguments.of(type + " " + message.get("reference").asText(), message));
                }
            }
        }
        for (String fixture : List.of("ComplaintSubmitted-without-due-date-product-agency",
                "ComplaintSubmitted-before-due-date-product-agency", "ComplaintReceived-before-product-agency")) {
            messages.add(Arguments.of(fixture, fixture(fixture)));
        }
        return messages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("version2Messages")
    void readsAMessageOfVersion2WithEveryFieldInItsFile(String name, JsonNode written) throws Exception {
        boolean submitted = written.get("type").asText().equals("ComplaintSubmitted");
        Class<? extends ContractMessage> topicType = submitted ? SubmissionMessage.class : ComplaintEvent.class;

        ContractMessage read = MAPPER.treeToValue(MessageUpcaster.upcast(written.deepCopy()), topicType);

        assertThat(read).isInstanceOf(submitted ? ComplaintSubmitted.class : ComplaintReceived.class);
        JsonNode metadata = MAPPER.valueToTree(read.metadata());
        assertThat(metadata).as("metadata").isEqualTo(written.get("metadata"));
        ComplaintFile file = submitted ? ((ComplaintSubmitted) read).file() : ((ComplaintReceived) read).file();
        ObjectNode asRead = MAPPER.valueToTree(file);
        for (String field : ComplaintFileNesting.FILE_FIELDS) {
            JsonNode expected = written.has(field) ? written.get(field) : MAPPER.nullNode();
            assertThat(asRead.get(field)).as(field).isEqualTo(expected);
        }
        // Version 2 knew no suggestions: every file it wrote is a complaint's.
        assertThat(asRead.get("kind").asText()).as("kind").isEqualTo("COMPLAINT");
        assertThat(asRead.size()).as("the file's properties").isEqualTo(ComplaintFileNesting.FILE_FIELDS.size() + 1);
    }

    @Test
    void readsTheFileOfAVersion2SubmissionAsItWasWritten() throws Exception {
        JsonNode written = topicValues("complaints.submissions.v1").stream()
                .filter(message -> message.path("reference").asText().equals("PL-2026-000003"))
                .findFirst().orElseThrow();

        ComplaintSubmitted read = MAPPER.treeToValue(MessageUpcaster.upcast(written), ComplaintSubmitted.class);

        ComplaintFile file = read.file();
        assertThat(file.reference()).isEqualTo("PL-2026-000003");
        assertThat(file.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(file.member().language()).isEqualTo(Language.FR);
        assertThat(file.member().lastName().value()).startsWith("pd1.");
        assertThat(file.category()).isEqualTo("REIMBURSEMENT");
        assertThat(file.description().value()).startsWith("pd1.");
        assertThat(file.product()).isEqualTo("HOSPITALISATION_PLUS");
        assertThat(file.agency()).isEqualTo("AGENCY-1080-MOLENBEEK");
        assertThat(file.receivedAt()).isEqualTo(Instant.parse("2026-12-01T02:43:17.482Z"));
        assertThat(file.firstLineDueDate()).isEqualTo(LocalDate.parse("2026-12-12"));
        assertThat(file.possibleDuplicateOf()).isEqualTo(UUID.fromString("08ec9eac-ba83-4a3b-a7bb-696059579e0c"));
        assertThat(read.metadata().schemaVersion()).isEqualTo(2);
    }

    @Test
    void leavesAMessageOfTheCurrentVersionAsItIs() throws Exception {
        JsonNode current = MAPPER.readTree(ContractSamples.json("ComplaintReceived"));

        assertThat(MessageUpcaster.upcast(current.deepCopy())).isEqualTo(current);
        assertThat(MAPPER.treeToValue(MessageUpcaster.upcast(current), ComplaintEvent.class))
                .isEqualTo(ContractSamples.complaintReceived());
    }

    @Test
    void leavesEveryOtherMessageOfTheCapturedTopicsAsItIs() {
        for (String topic : List.of("complaints.submissions.v1", "complaints.events.v1")) {
            for (JsonNode message : topicValues(topic)) {
                String type = message.get("type").asText();
                if (!type.equals("ComplaintSubmitted") && !type.equals("ComplaintReceived")) {
                    assertThat(MessageUpcaster.upcast(message.deepCopy())).as(type).isEqualTo(message);
                }
            }
        }
    }

    @Test
    void leavesWhatIsNoObjectForTheBindingToRefuse() throws Exception {
        JsonNode text = MAPPER.readTree("\"not a message\"");

        assertThat(MessageUpcaster.upcast(text)).isSameAs(text);
    }

    /** The values of every record of a captured topic, in topic order. */
    private static List<JsonNode> topicValues(String topic) {
        List<JsonNode> values = new ArrayList<>();
        try (InputStream in = resource("topic-" + topic + ".jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    values.add(MAPPER.readTree(MAPPER.readTree(line).get("value").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = resource(name + ".json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MessageUpcasterTest.class.getResourceAsStream("/fixtures/v2/" + name);
        assertThat(in).as("fixture %s", name).isNotNull();
        return in;
    }
}
