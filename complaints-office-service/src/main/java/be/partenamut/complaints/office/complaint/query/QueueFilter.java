package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;

/**
 * What narrows a queue. Without a status a queue lists its open complaints; closed ones are listed when
 * their status is asked for, or when searching (a member asking about an old complaint is found).
 *
 * @param status   only complaints in this status; null: every open one
 * @param sla      only complaints whose line in charge stands so against its due date; null: any
 * @param channel  only complaints received through this channel; null: any
 * @param category only complaints of this category code; null: any
 * @param search   a reference (whole or its beginning), a member number or a member's name (last name, or
 *                 first and last name); null: no search
 * @param kind     only complaints, or only suggestions; null: both
 */
public record QueueFilter(ComplaintStatus status, SlaState sla, Channel channel, String category, String search,
                          SubmissionKind kind) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null);

    /** Complaints and suggestions alike. */
    public QueueFilter(ComplaintStatus status, SlaState sla, Channel channel, String category, String search) {
        this(status, sla, channel, category, search, null);
    }

    public QueueFilter {
        category = blankToNull(category);
        search = blankToNull(search);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
