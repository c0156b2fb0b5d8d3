package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.query.QueueCursor;
import be.partenamut.complaints.office.complaint.query.QueueFilter;
import be.partenamut.complaints.office.complaint.query.SlaState;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A queue's filters and cursor as they arrive in a query string, shared by the JSON API and the queue page
 * so both accept and refuse the same values. An empty value means no filter (a form sends its empty choice).
 */
public final class QueueRequest {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final int LONGEST_SEARCH = 100;

    private QueueRequest() {
    }

    /** Complaints and suggestions alike. */
    public static QueueFilter filter(String status, String sla, String channel, String category, String search) {
        return filter(status, sla, channel, category, search, null);
    }

    /**
     * @param kind {@code COMPLAINT} or {@code SUGGESTION}; empty for both
     * @throws InvalidQueueRequestException naming the first parameter that holds no valid value
     */
    public static QueueFilter filter(String status, String sla, String channel, String category, String search,
                                     String kind) {
        String categoryCode = blankToNull(category);
        if (categoryCode != null && !CATEGORY.matcher(categoryCode).matches()) {
            throw new InvalidQueueRequestException("category", "must be a category code such as REIMBURSEMENT");
        }
        String searched = blankToNull(search);
        if (searched != null && searched.length() > LONGEST_SEARCH) {
            throw new InvalidQueueRequestException("q", "must be at most " + LONGEST_SEARCH + " characters");
        }
        return new QueueFilter(value("status", ComplaintStatus.class, status), value("sla", SlaState.class, sla),
                value("channel", Channel.class, channel), categoryCode, searched,
                value("kind", SubmissionKind.class, kind));
    }

    /** @return null for no cursor (the first page) */
    public static QueueCursor cursor(String cursor) {
        String text = blankToNull(cursor);
        if (text == null) {
            return null;
        }
        try {
            return QueueCursor.decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueueRequestException("cursor", "is not the cursor of a page of this queue: "
                    + "follow the next link of the previous page");
        }
    }

    private static <E extends Enum<E>> E value(String parameter, Class<E> type, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueueRequestException(parameter, "must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
