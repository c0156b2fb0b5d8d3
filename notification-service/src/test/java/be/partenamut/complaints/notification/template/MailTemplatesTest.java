package be.partenamut.complaints.notification.template;

import be.partenamut.complaints.contracts.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTest {

    private static final String REFERENCE = "PL-2026-000123";

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest(name = "acknowledgement in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | Accusé de réception de votre plainte | Bonjour Hélène Dubois, | Nous avons bien reçu votre plainte | transmise au service concerné, qui l'analysera et vous répondra | Le service des plaintes de Partenamut",
            "nl | Ontvangstbevestiging van uw klacht   | Beste Hélène Dubois,   | Wij hebben uw klacht goed ontvangen | doorgestuurd naar de betrokken dienst, die ze zal onderzoeken en u zo snel mogelijk zal antwoorden | De klachtendienst van Partenamut",
            "de | Eingangsbestätigung Ihrer Beschwerde | Guten Tag Hélène Dubois, | wir haben Ihre Beschwerde erhalten | an den zuständigen Dienst weitergeleitet, der sie prüfen und Ihnen so bald wie möglich antworten wird | Der Beschwerdedienst von Partenamut"})
    void writesTheAcknowledgementInTheMembersLanguage(String code, String subject, String greeting, String received,
                                                     String passedOn, String signature) {
        RenderedMail mail = templates.render("acknowledgement", Language.fromCode(code),
                variables(REFERENCE, "Hélène Dubois"));

        assertThat(mail.subject()).isEqualTo(subject + " " + REFERENCE);
        assertThat(mail.text()).startsWith(greeting + "\n\n")
                .contains(received, REFERENCE, passedOn, signature)
                .doesNotContain("[(", "th:", "${");
        assertThat(mail.html()).contains("<html lang=\"" + code + "\"", greeting, received,
                "<strong>" + REFERENCE + "</strong>", passedOn, signature)
                .doesNotContain("th:", "PL-0000-000000");
    }

    @ParameterizedTest(name = "nameless acknowledgement in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | Madame, Monsieur,",
            "nl | Geachte mevrouw, geachte heer,",
            "de | Sehr geehrte Damen und Herren,"})
    void greetsFormallyWhenTheMemberHasNoName(String code, String greeting) {
        RenderedMail mail = templates.render("acknowledgement", Language.fromCode(code), variables(REFERENCE, null));

        assertThat(mail.text()).startsWith(greeting + "\n\n").contains(REFERENCE);
        assertThat(mail.html()).contains(greeting).contains(REFERENCE);
    }

    @Test
    void escapesWhatTheMemberWroteInTheHtmlPart() {
        RenderedMail mail = templates.render("acknowledgement", Language.FR,
                variables(REFERENCE, "<script>alert(1)</script> Dubois"));

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        RenderedMail mail = templates.render("acknowledgement", Language.NL,
                variables("PL-2026-000123\r\nBcc: someone@example.com", "Sophie Peeters"));

        assertThat(mail.subject()).doesNotContain("\r", "\n")
                .isEqualTo("Ontvangstbevestiging van uw klacht PL-2026-000123 Bcc: someone@example.com");
    }

    private static Map<String, Object> variables(String reference, String fullName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", reference);
        variables.put("fullName", fullName);
        return variables;
    }
}
