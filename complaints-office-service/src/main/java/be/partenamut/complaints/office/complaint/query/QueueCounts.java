package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.ComplaintStatus;

import java.util.List;
import java.util.Map;

/**
 * How many open complaints each queue holds, in total and by status: the departments' queues (in the order
 * of their codes) and the complaints service's.
 *
 * @param queues the queues the reader may see that hold at least one open complaint
 */
public record QueueCounts(List<Count> queues) {

    /** The count of one queue; zero for a queue that holds nothing. */
    public Count of(WorkQueue queue) {
        return queues.stream().filter(count -> count.queue().equals(queue)).findFirst()
                .orElseGet(() -> new Count(queue, 0, Map.of()));
    }

    /** @param byStatus only the statuses the queue holds */
    public record Count(WorkQueue queue, long total, Map<ComplaintStatus, Long> byStatus) {
    }
}
