package be.partenamut.complaints.office.pages.complaint.web;

import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The timeline of a complaint in words, in the staff's language: "Routed to HOME_CARE", "Answered by the complaints
 * service: founded", "Escalated; due 05/01/2027". Message keys {@code complaint.event.<type>}, whose parameters are
 * {0} the department, {1} the line, {2} the outcome, {3} the due date (or an interim message's new expected date),
 * {4} the previous department, {5} why an officer declined the complaint.
 */
@Component
public class TimelineLines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public TimelineLines(MessageSource messages) {
        this.messages = messages;
    }

    /** One entry as the page shows it: the entry and what happened, in words. */
    public record Line(ComplaintDetails.TimelineEntry entry, String what) {
    }

    public List<Line> of(List<ComplaintDetails.TimelineEntry> entries, Locale locale) {
        return entries.stream().map(entry -> new Line(entry, describe(entry, locale))).toList();
    }

    private String describe(ComplaintDetails.TimelineEntry entry, Locale locale) {
        String key = "complaint.event." + entry.type()
                + ("ComplaintRouted".equals(entry.type()) && entry.byStaff() ? ".staff" : "")
                + ("ComplaintRouted".equals(entry.type()) && !entry.byStaff() && entry.previousDepartment() != null
                ? ".again" : "")
                + ("ComplaintAnswered".equals(entry.type()) && entry.outcome() != null ? ".outcome" : "")
                + ("ComplaintReceived".equals(entry.type()) && entry.dueDate() == null ? ".undated" : "");
        Object[] parameters = {
                entry.department() == null ? "" : entry.department(),
                entry.line() == null ? "" : messages.getMessage("complaint.line." + entry.line(), null, locale),
                entry.outcome() == null ? "" : messages.getMessage("complaint.outcome." + entry.outcome(), null, locale),
                entry.dueDate() == null ? "" : DAY.format(entry.dueDate()),
                entry.previousDepartment() == null ? "" : entry.previousDepartment(),
                entry.declineReason() == null ? ""
                        : messages.getMessage("complaint.decline-reason." + entry.declineReason(), null, locale)};
        return messages.getMessage(key, parameters, entry.type(), locale);
    }
}
