package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the member reads, in their language (French, Dutch or German), from the message bundles
 * ({@code messages*.properties}).
 */
@Component
public class PolicyMessages {

    private final MessageSource messages;
    private final IntakePolicyProperties properties;

    public PolicyMessages(MessageSource messages, IntakePolicyProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public String title(Refusal refusal, Language language) {
        return text("problem." + refusal.slug() + ".title", language);
    }

    /**
     * The explanation of a refusal in the member's language: for a first line that still has time, until when
     * (the date written in that language); for a date of receipt, what is wrong with it.
     */
    public String detail(PolicyRefusedException refused, Language language) {
        if (refused.firstLineDueDate() != null) {
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(refused.firstLineDueDate());
            return text("problem.not-escalable.first-line-not-answered.until.detail", language, date);
        }
        if (refused.receiptDateProblem() != null) {
            return text("problem." + refused.refusal().slug() + "." + refused.receiptDateProblem().code() + ".detail",
                    language);
        }
        return detail(refused.refusal(), refused.notEscalableReason(), language);
    }

    /** The explanation of a refusal; for a Médecin-Conseil it names where to write. */
    public String detail(Refusal refusal, NotEscalableReason reason, Language language) {
        if (refusal == Refusal.NOT_ESCALABLE && reason != null) {
            return text("problem.not-escalable." + reason.code() + ".detail", language);
        }
        IntakePolicyProperties.ComplaintsOffice office = properties.medicalAdvisorComplaints();
        return text("problem." + refusal.slug() + ".detail", language, office.postalAddress(), office.web());
    }

    /** Said when a matter never brought to the first line, addressed to the complaints service, goes to the first line. */
    public String firstLineFirst(Language language) {
        return text("notice.first-line-first", language);
    }

    /** Said when the complaints service takes an escalated complaint. */
    public String escalated(Language language, int workingDays) {
        return text("notice.escalated", language, workingDays);
    }

    public String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, (language == null ? Language.FR : language).locale());
    }
}
