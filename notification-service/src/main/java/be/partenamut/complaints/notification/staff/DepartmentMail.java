package be.partenamut.complaints.notification.staff;

/**
 * How a department's mailbox hears of the complaints that enter its queue
 * ({@code complaints.notification.department-mail}).
 */
public enum DepartmentMail {

    /**
     * One mail a working day listing the complaints that arrived since the last one
     * ({@code complaints.notification.digest-cron}); none on a day nothing arrived. A department receiving dozens of
     * complaints a day reads one list instead of dozens of mails, and works it from the office's queue.
     */
    DIGEST,
    /** One mail per complaint, as soon as it enters the queue. */
    EACH
}
