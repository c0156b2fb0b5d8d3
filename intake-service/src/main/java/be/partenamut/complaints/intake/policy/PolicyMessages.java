package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

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
