package be.partenamut.complaints.support.messaging.deadletter;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The consumers of this service and their dead-letter topics, as the binder starts them: what the
 * replay endpoint may replay. Several services read one topic, so one dead-letter topic holds the
 * dead letters of several consumer groups; each service replays its own groups' only.
 */
public class DeadLetterTopics {

    private final List<ConsumerBinding> bindings = new CopyOnWriteArrayList<>();

    void register(ConsumerBinding binding) {
        bindings.remove(binding);
        bindings.add(binding);
    }

    public List<ConsumerBinding> bindings() {
        return List.copyOf(bindings);
    }

    /** This service's consumers whose dead letters go to {@code deadLetterTopic}. */
    public List<ConsumerBinding> feeding(String deadLetterTopic) {
        return bindings.stream().filter(binding -> binding.deadLetterTopic().equals(deadLetterTopic)).toList();
    }

    Optional<ConsumerBinding> of(String topic, String group) {
        return bindings.stream().filter(binding -> binding.topic().equals(topic) && binding.group().equals(group))
                .findFirst();
    }
}
