package be.partenamut.complaints.routing.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler refuses to cancel an execution that is gone (it fired) or running (it is firing now),
 * and Axon's manager passes the refusal on: an answer arriving just as its warning fires would then
 * fail and be retried for nothing. Both cases are harmless here, since the deadline handler checks the
 * saga's state (which the answer changed) before it does anything.
 */
class LenientDbSchedulerDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(LenientDbSchedulerDeadlineManager.class);

    private final Scheduler scheduler;

    LenientDbSchedulerDeadlineManager(Builder builder, Scheduler scheduler) {
        super(builder);
        this.scheduler = scheduler;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            } catch (TaskInstanceNotFoundException gone) {
                log.debug("Deadline {} {} already fired", deadlineName, scheduleId);
            } catch (TaskInstanceCurrentlyExecutingException firing) {
                log.debug("Deadline {} {} is firing now; its handler will find it stopped", deadlineName, scheduleId);
            }
        });
    }
}
