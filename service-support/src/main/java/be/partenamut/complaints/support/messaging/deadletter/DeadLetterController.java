package be.partenamut.complaints.support.messaging.deadletter;

import be.partenamut.complaints.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administration of this service's dead-letter topics: which consumers write to which, and the
 * replay of what they dead-lettered once the cause is fixed ({@link DeadLetterReplay}).
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
public class DeadLetterController {

    static final String UNKNOWN_DEAD_LETTER_TOPIC = "unknown-dead-letter-topic";

    private final DeadLetterTopics topics;
    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterTopics topics, DeadLetterReplay replay) {
        this.topics = topics;
        this.replay = replay;
    }

    @GetMapping
    List<ConsumerBinding> consumers() {
        return topics.bindings();
    }

    @PostMapping("/{topic}/replay")
    DeadLetterReplay.ReplayReport replay(@PathVariable String topic) {
        return replay.replay(topic);
    }

    @ExceptionHandler(DeadLetterReplay.UnknownDeadLetterTopicException.class)
    ProblemDetail unknown(DeadLetterReplay.UnknownDeadLetterTopicException unknown) {
        return Problems.of(HttpStatus.NOT_FOUND, UNKNOWN_DEAD_LETTER_TOPIC, "Unknown dead-letter topic",
                unknown.getMessage());
    }
}
