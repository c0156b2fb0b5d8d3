package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.template.MailTemplates;
import be.partenamut.complaints.notification.template.RenderedMail;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every member message in every language, as the letter a member without an email address gets. */
class LetterRendererTest {

    private static final String REFERENCE = "PL-2026-000456";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final LetterRenderer renderer = new LetterRenderer();
    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest(name = "{1} letter in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | acknowledgement           | Bruxelles, le 2 mars 2026 | Notre référence : | Objet : Accusé de réception | [Adresse postale à compléter par le service courrier]",
            "nl | acknowledgement           | Brussel, 2 maart 2026     | Onze referentie:   | Betreft: Ontvangstbevestiging | [Postadres aan te vullen door de postdienst]",
            "de | acknowledgement           | Brüssel, den 2. März 2026 | Unser Zeichen:     | Betreff: Eingangsbestätigung | [Postanschrift vom Postdienst zu ergänzen]",
            "fr | first-line-answer         | Bruxelles, le 2 mars 2026 | Notre référence : | Objet : Réponse à votre plainte | Voici sa réponse",
            "nl | first-line-answer         | Brussel, 2 maart 2026     | Onze referentie:   | Betreft: Antwoord op uw klacht | Dit is zijn antwoord",
            "de | first-line-answer         | Brüssel, den 2. März 2026 | Unser Zeichen:     | Betreff: Antwort auf Ihre Beschwerde | Hier ist seine Antwort",
            "fr | escalation-received       | Bruxelles, le 2 mars 2026 | Notre référence : | Objet : Le service des plaintes | 21 jours ouvrables",
            "nl | escalation-received       | Brussel, 2 maart 2026     | Onze referentie:   | Betreft: De klachtendienst | 21 werkdagen",
            "de | escalation-received       | Brüssel, den 2. März 2026 | Unser Zeichen:     | Betreff: Der Beschwerdedienst | 21 Werktagen",
            "fr | complaints-service-result | Bruxelles, le 2 mars 2026 | Notre référence : | Objet : Résultat de l'analyse | ne suspend pas les délais de recours",
            "nl | complaints-service-result | Brussel, 2 maart 2026     | Onze referentie:   | Betreft: Resultaat van het onderzoek | schorst de termijnen niet",
            "de | complaints-service-result | Brüssel, den 2. März 2026 | Unser Zeichen:     | Betreff: Ergebnis der Prüfung | setzt die Fristen",
            "fr | delay-notice              | Bruxelles, le 2 mars 2026 | Notre référence : | Objet : Votre plainte | prendra plus de temps",
            "nl | delay-notice              | Brussel, 2 maart 2026     | Onze referentie:   | Betreft: Uw klacht | langer op zich wachten",
            "de | delay-notice              | Brüssel, den 2. März 2026 | Unser Zeichen:     | Betreff: Ihre Beschwerde | verzögert sich"})
    void laysOutTheMessageAsALetter(String code, String template, String placeAndDate, String referenceLabel,
                                    String subjectLine, String phrase) throws IOException {
        Language language = Language.fromCode(code);
        RenderedMail mail = templates.render(template, language, sample());

        LetterRenderer.Rendered letter = renderer.render(language, "Zoë Wałęsa-Dubois", REFERENCE, mail.subject(),
                mail.text(), TODAY);

        assertThat(new String(letter.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(letter.pages()).as("one sheet for the print room").isEqualTo(1);
        String text = normalized(text(letter));
        assertThat(text).contains("Partenamut", "Zoë Wałęsa-Dubois", placeAndDate, referenceLabel, REFERENCE,
                normalized(subjectLine), normalized(phrase), "1080");
    }

    @ParameterizedTest(name = "appeal notice in the escalation letter in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | ne suspend pas les délais de recours contre la décision de la mutualité devant les tribunaux",
            "nl | schorst de termijnen niet waarbinnen u bij de rechtbank beroep kunt instellen",
            "de | setzt die Fristen für eine Klage vor Gericht gegen die Entscheidung der Krankenkasse nicht aus"})
    void remindsInTheEscalationLetterThatTheTimeLimitsForAppealsRunOn(String code, String notice) throws IOException {
        Language language = Language.fromCode(code);
        RenderedMail mail = templates.render("escalation-received", language, sample());

        LetterRenderer.Rendered letter = renderer.render(language, "Zoë Wałęsa-Dubois", REFERENCE, mail.subject(),
                mail.text(), TODAY);

        assertThat(normalized(text(letter))).contains(normalized(notice));
    }

    @Test
    void keepsNothingOfTheMemberInClearInThePdfBytes() {
        LetterRenderer.Rendered letter = renderer.render(Language.FR, "Zébulon Vandermeulen", REFERENCE, "Objet",
                "Bonjour Zébulon Vandermeulen,\n\nTexte unique de la lettre.", TODAY);

        // The content streams are compressed; the PDF is sealed at rest anyway (see Letters).
        assertThat(new String(letter.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("Vandermeulen", "Texte unique");
    }

    @Test
    void runsOverAsManyPagesAsTheTextNeeds() throws IOException {
        String longText = String.join("\n\n", java.util.Collections.nCopies(60,
                "Un paragraphe assez long pour occuper plusieurs lignes de la lettre, afin de vérifier la pagination."));

        LetterRenderer.Rendered letter = renderer.render(Language.FR, null, REFERENCE, "Objet", longText, TODAY);

        assertThat(letter.pages()).isGreaterThan(1);
        assertThat(normalized(text(letter))).contains("Page 2").doesNotContain("null");
    }

    private static String text(LetterRenderer.Rendered letter) throws IOException {
        PdfReader reader = new PdfReader(letter.pdf());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** Line breaks and runs of spaces as single spaces: the layout wraps lines where it likes. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Object> sample() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", REFERENCE);
        variables.put("fullName", "Zoë Wałęsa-Dubois");
        variables.put("dueDate", LocalDate.of(2026, 3, 16));
        variables.put("answer", "Votre remboursement a été effectué.");
        variables.put("outcome", "FOUNDED");
        variables.put("line", "FIRST_LINE");
        return variables;
    }

    @Test
    void hasALetterFrameForEveryLanguage() {
        assertThat(Arrays.stream(Language.values()))
                .allSatisfy(language -> assertThat(LetterRenderer.class.getClassLoader()
                        .getResource(LetterRenderer.LOCATION + language.code() + ".properties")).isNotNull());
        assertThat(NotificationType.values()).isNotEmpty();
    }
}
