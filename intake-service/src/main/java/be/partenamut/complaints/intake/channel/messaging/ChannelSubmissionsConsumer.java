package be.partenamut.complaints.intake.channel.messaging;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.channel.ChannelSubmissionOutcome;
import be.partenamut.complaints.intake.channel.ChannelNotAllowedException;
import be.partenamut.complaints.intake.channel.ChannelPermission;
import be.partenamut.complaints.intake.channel.ChannelRecordRefusedException;
import be.partenamut.complaints.intake.channel.ChannelRecordTokens;
import be.partenamut.complaints.intake.desk.IntakeDesk;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.problem.IntakeProblems;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import be.partenamut.complaints.intake.request.SubmissionReceipt;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import be.partenamut.complaints.support.problem.FieldByFieldReading;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.Problems;
import be.partenamut.complaints.support.security.StaffMember;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The channels' other door: a submission posted as a message on {@code complaints.channel-submissions.v1},
 * the REST body plus {@code idempotencyKey} and {@code correlationId}. It gets the same validation and
 * the same rules, and its outcome (the receipt, or the problem the REST API would answer) goes to
 * {@code complaints.channel-submissions.outcomes.v1}, keyed by the submission's own key. A message that
 * is not a JSON object at all goes to {@code complaints.channel-submissions.v1.dlq} with the reason.
 * <p>
 * Each record carries the access token of the channel system that wrote it ({@code Authorization: Bearer ...},
 * {@link HeaderNames#AUTHORIZATION}), checked by {@link ChannelRecordTokens} before anything of the record is
 * read, and its channel must be one the token names ({@link ChannelPermission}, as on the REST API). A record
 * without a valid token, or for another channel, is dead-lettered with the reason and gets no outcome.
 * <p>
 * Without an {@code idempotencyKey}, the record's position stands for one, so a redelivered record
 * registers nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelSubmissionsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ChannelSubmissionsConsumer.class);
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String CORRELATION_ID = "correlationId";

    @Bean
    Consumer<Message<byte[]>> channelSubmissions(ObjectMapper objectMapper, Validator validator, IntakeDesk desk,
                                                 IntakeProblems problems, SubmissionMetrics metrics,
                                                 ChannelOutcomePublisher outcomes, ChannelRecordTokens tokens,
                                                 Clock clock,
                                                 @Value("${complaints.intake.max-body-size:64KB}") DataSize maxBodySize) {
        Door door = new Door(objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), validator,
                desk, problems, metrics, clock, maxBodySize);
        return message -> {
            byte[] key = key(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY));
            StaffMember writer = tokens.writerOf(message.getHeaders().get(HeaderNames.AUTHORIZATION),
                    message.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP, Long.class),
                    message.getHeaders().get(KafkaHeaders.TIMESTAMP_TYPE));
            ChannelSubmissionOutcome outcome = door.handle(message.getPayload(), positionOf(message), writer);
            outcomes.publish(key, outcome);
        };
    }

    private static byte[] key(Object key) {
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key == null ? null : key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the record sits, to stand for an idempotency key the channel did not send. */
    private static String positionOf(Message<byte[]> message) {
        return "channel-submissions:" + message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION) + ":"
                + message.getHeaders().get(KafkaHeaders.OFFSET);
    }

    /** Reads, checks and hands over one submission; the outcome, whatever it is. */
    static final class Door {

        private final ObjectMapper strict;
        private final Validator validator;
        private final IntakeDesk desk;
        private final IntakeProblems problems;
        private final SubmissionMetrics metrics;
        private final Clock clock;
        private final DataSize maxBodySize;

        Door(ObjectMapper strict, Validator validator, IntakeDesk desk, IntakeProblems problems,
             SubmissionMetrics metrics, Clock clock, DataSize maxBodySize) {
            this.strict = strict;
            this.validator = validator;
            this.desk = desk;
            this.problems = problems;
            this.metrics = metrics;
            this.clock = clock;
            this.maxBodySize = maxBodySize;
        }

        /**
         * @param writer the channel system whose token the record carries
         * @throws UnprocessableMessageException when the message is not a JSON object, or is for a channel
         *                                       {@code writer} does not own: dead-lettered
         */
        ChannelSubmissionOutcome handle(byte[] payload, String position, StaffMember writer) {
            if (payload == null || payload.length == 0) {
                throw new UnprocessableMessageException("the message has no body");
            }
            if (payload.length > maxBodySize.toBytes()) {
                return refused(null, problems.tooLarge(maxBodySize));
            }
            JsonNode tree;
            try {
                tree = strict.readTree(payload);
            } catch (IOException e) {
                throw new UnprocessableMessageException("not JSON: "
                        + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
            }
            if (!(tree instanceof ObjectNode object)) {
                throw new UnprocessableMessageException("not a JSON object: a complaint submission is one");
            }
            JsonNode correlation = object.remove(CORRELATION_ID);
            try (Correlation.Scope scope = Correlation.open(correlation != null && correlation.isTextual()
                    ? correlation.asText() : null)) {
                JsonNode keyNode = object.remove(IDEMPOTENCY_KEY);
                String idempotencyKey = keyNode == null || keyNode.isNull() ? null : keyNode.asText();
                if (keyNode != null && !keyNode.isNull()
                        && (!keyNode.isTextual() || !ACCEPTABLE_KEY.matcher(idempotencyKey).matches())) {
                    return refused(null, problems.invalid(Problems.VALIDATION_FAILED, List.of(new FieldProblem(
                            IDEMPOTENCY_KEY, "must be 1 to 100 visible ASCII characters"))));
                }
                return handle(object, idempotencyKey != null ? idempotencyKey : position, writer);
            }
        }

        private ChannelSubmissionOutcome handle(ObjectNode object, String idempotencyKey, StaffMember writer) {
            ComplaintSubmission submission;
            try {
                submission = strict.treeToValue(object, ComplaintSubmission.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                List<FieldProblem> faults = examine(object);
                return refused(idempotencyKey, problems.invalid(Problems.MALFORMED_REQUEST, faults));
            }
            List<FieldProblem> violations = validator.validate(submission).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<ComplaintSubmission> v) -> v.getPropertyPath().toString()))
                    .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                    .toList();
            if (!violations.isEmpty()) {
                return refused(idempotencyKey, problems.invalid(Problems.VALIDATION_FAILED, violations));
            }
            try {
                ChannelPermission.check(writer, submission.channel());
            } catch (ChannelNotAllowedException notAllowed) {
                throw new ChannelRecordRefusedException(notAllowed.getMessage());
            }
            try {
                SubmissionReceipt receipt = desk.receive(submission, idempotencyKey);
                log.info("Channel submission via {} from {} accepted as {}", submission.channel(), writer.username(),
                        receipt.reference());
                return new ChannelSubmissionOutcome(ChannelSubmissionOutcome.ACCEPTED, idempotencyKey,
                        Correlation.current(), clock.instant(), HttpStatus.ACCEPTED.value(), receipt.toContract(), null);
            } catch (PolicyRefusedException refused) {
                return refused(idempotencyKey, problems.refused(refused));
            } catch (IdempotencyKeyReusedException reused) {
                return refused(idempotencyKey, problems.idempotencyKeyReused());
            }
        }

        private List<FieldProblem> examine(ObjectNode object) {
            List<FieldProblem> faults;
            try {
                faults = FieldByFieldReading.examine(strict, validator, strict.writeValueAsBytes(object),
                        strict.constructType(ComplaintSubmission.class));
            } catch (JsonProcessingException e) {
                faults = List.of();
            }
            return faults.isEmpty() ? List.of(new FieldProblem(null, "the message is not a complaint submission"))
                    : faults;
        }

        @SuppressWarnings("unchecked")
        private ChannelSubmissionOutcome refused(String idempotencyKey, ProblemDetail problem) {
            metrics.refuse(IntakeProblems.slug(problem));
            return new ChannelSubmissionOutcome(ChannelSubmissionOutcome.REFUSED, idempotencyKey, Correlation.current(),
                    clock.instant(), problem.getStatus(), null, strict.convertValue(problem, Map.class));
        }
    }
}
