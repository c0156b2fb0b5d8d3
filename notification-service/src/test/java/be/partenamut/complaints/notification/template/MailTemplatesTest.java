package be.partenamut.complaints.notification.template;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.notification.message.NotificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every template in every language it exists in, rendered with sample data. */
class MailTemplatesTest {

    private static final String REFERENCE = "PL-2026-000123";
    private static final String COMPLAINT_ID = "3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 12);
    private static final String ANSWER = "Le solde de 42,50 € vous sera versé le 20 mars.";
    private static final String RECOMMENDATION = "Contrôler le code de prestation à l'encodage.";
    private static final String INTERIM_REASON = "L'avis du service médical est attendu pour le 25 mars.";
    private static final String QUESTION = "Le code de prestation a-t-il changé en mars ?";

    private final MailTemplates templates = new MailTemplates();

    /** template | language | subject | phrases the text must hold (besides the reference, where it has one). */
    static Stream<Arguments> memberMessages() {
        return Stream.of(
                arguments("acknowledgement", "fr", "Accusé de réception de votre plainte " + REFERENCE, List.of(
                        "Bonjour Hélène Dubois,", "Nous avons bien reçu votre plainte",
                        "transmise au service concerné, qui l'analysera et vous répondra au plus tard le 12 mars 2026.",
                        "service des plaintes", "21 jours ouvrables", "Le service des plaintes de Partenamut")),
                arguments("acknowledgement", "nl", "Ontvangstbevestiging van uw klacht " + REFERENCE, List.of(
                        "Beste Hélène Dubois,", "Wij hebben uw klacht goed ontvangen",
                        "doorgestuurd naar de betrokken dienst, die ze zal onderzoeken en u uiterlijk op 12 maart 2026 zal antwoorden.",
                        "klachtendienst", "21 werkdagen", "De klachtendienst van Partenamut")),
                arguments("acknowledgement", "de", "Eingangsbestätigung Ihrer Beschwerde " + REFERENCE, List.of(
                        "Guten Tag Hélène Dubois,", "wir haben Ihre Beschwerde erhalten",
                        "an den zuständigen Dienst weitergeleitet, der sie prüfen und Ihnen spätestens am 12. März 2026 antworten wird.",
                        "Beschwerdedienst", "21 Werktagen", "Der Beschwerdedienst von Partenamut")),
                arguments("suggestion-acknowledgement", "fr", "Accusé de réception de votre suggestion " + REFERENCE,
                        List.of("Bonjour Hélène Dubois,", "Nous avons bien reçu votre suggestion",
                                "transmise au service concerné", "aucun délai de réponse ne s'applique")),
                arguments("suggestion-acknowledgement", "nl", "Ontvangstbevestiging van uw suggestie " + REFERENCE,
                        List.of("Beste Hélène Dubois,", "Wij hebben uw suggestie goed ontvangen",
                                "doorgestuurd naar de betrokken dienst", "er geldt geen antwoordtermijn")),
                arguments("suggestion-acknowledgement", "de", "Eingangsbestätigung Ihres Vorschlags " + REFERENCE,
                        List.of("Guten Tag Hélène Dubois,", "wir haben Ihren Vorschlag erhalten",
                                "an den zuständigen Dienst weitergeleitet", "Es gilt keine Antwortfrist")),
                arguments("first-line-answer", "fr", "Réponse à votre plainte " + REFERENCE, List.of(
                        "Bonjour Hélène Dubois,", "Voici sa réponse :", ANSWER, "plaintes@partenamut.be",
                        "1080 Bruxelles", "02 44 44 111")),
                arguments("first-line-answer", "nl", "Antwoord op uw klacht " + REFERENCE, List.of(
                        "Beste Hélène Dubois,", "Dit is zijn antwoord:", ANSWER, "klachtendienst",
                        "plaintes@partenamut.be", "1080 Brussel")),
                arguments("first-line-answer", "de", "Antwort auf Ihre Beschwerde " + REFERENCE, List.of(
                        "Guten Tag Hélène Dubois,", "Hier ist seine Antwort:", ANSWER, "Beschwerdedienst",
                        "plaintes@partenamut.be", "1080 Brüssel")),
                arguments("escalation-received", "fr", "Le service des plaintes a bien reçu votre demande " + REFERENCE,
                        List.of("au plus tard le 12 mars 2026", "dans les 21 jours ouvrables à dater de la réception",
                                "en collaboration avec le service concerné")),
                arguments("escalation-received", "nl", "De klachtendienst heeft uw verzoek " + REFERENCE + " ontvangen",
                        List.of("uiterlijk op 12 maart 2026", "binnen 21 werkdagen na de ontvangst",
                                "samen met de betrokken dienst")),
                arguments("escalation-received", "de", "Der Beschwerdedienst hat Ihren Antrag " + REFERENCE + " erhalten",
                        List.of("spätestens am 12. März 2026", "innerhalb von 21 Werktagen nach Eingang",
                                "gemeinsam mit dem zuständigen Dienst")),
                arguments("complaints-service-result", "fr", "Résultat de l'analyse de votre plainte " + REFERENCE,
                        List.of("il estime votre plainte partiellement fondée.", ANSWER, LEGAL_NOTICE.get("fr"))),
                arguments("complaints-service-result", "nl", "Resultaat van het onderzoek van uw klacht " + REFERENCE,
                        List.of("acht hij uw klacht gedeeltelijk gegrond.", ANSWER, LEGAL_NOTICE.get("nl"))),
                arguments("complaints-service-result", "de", "Ergebnis der Prüfung Ihrer Beschwerde " + REFERENCE,
                        List.of("hält er Ihre Beschwerde für teilweise begründet.", ANSWER, LEGAL_NOTICE.get("de"))),
                arguments("delay-notice", "fr", "Votre plainte " + REFERENCE + " : notre réponse prendra plus de temps",
                        List.of("au plus tard le 12 mars 2026", "ce délai est dépassé : notre réponse est en retard",
                                "Le service concerné poursuit l'examen de votre plainte")),
                arguments("delay-notice", "nl", "Uw klacht " + REFERENCE + ": ons antwoord laat langer op zich wachten",
                        List.of("uiterlijk op 12 maart 2026", "die termijn is verstreken: ons antwoord is laat",
                                "De betrokken dienst zet het onderzoek van uw klacht voort")),
                arguments("delay-notice", "de", "Ihre Beschwerde " + REFERENCE + ": Unsere Antwort verzögert sich",
                        List.of("bis spätestens zum 12. März 2026", "diese Frist ist verstrichen: Unsere Antwort verspätet sich",
                                "Der zuständige Dienst setzt die Prüfung Ihrer Beschwerde fort")),
                arguments("interim-message", "fr", "Votre plainte " + REFERENCE
                                + " : le résultat du service des plaintes vous sera communiqué au plus tard le 2 avril 2026",
                        List.of("(au plus tard le 12 mars 2026)", INTERIM_REASON, "au plus tard le 2 avril 2026",
                                LEGAL_NOTICE.get("fr"), "Boulevard Louis Mettewie 74-76 – 1080 Bruxelles")),
                arguments("interim-message", "nl", "Uw klacht " + REFERENCE
                                + ": het resultaat van de klachtendienst volgt uiterlijk op 2 april 2026",
                        List.of("(uiterlijk op 12 maart 2026)", INTERIM_REASON, "uiterlijk op 2 april 2026",
                                LEGAL_NOTICE.get("nl"), "Louis Mettewielaan 74-76 – 1080 Brussel")),
                arguments("interim-message", "de", "Ihre Beschwerde " + REFERENCE
                                + ": Das Ergebnis des Beschwerdedienstes folgt bis spätestens zum 2. April 2026",
                        List.of("(bis spätestens zum 12. März 2026)", INTERIM_REASON, "bis spätestens zum 2. April 2026",
                                LEGAL_NOTICE.get("de"), "Boulevard Louis Mettewie 74-76 – 1080 Brüssel")),
                arguments("not-handled-out-of-scope", "fr", "Votre demande ne peut pas être traitée comme une plainte",
                        List.of("n'est pas proposé par Partenamut", "ne pouvons donc pas la traiter comme une plainte",
                                "organisme ou au prestataire concerné")),
                arguments("not-handled-out-of-scope", "nl", "Uw verzoek kan niet als klacht worden behandeld",
                        List.of("die Partenamut niet aanbiedt", "niet als klacht behandelen",
                                "betrokken instelling of zorgverlener")),
                arguments("not-handled-out-of-scope", "de", "Ihr Anliegen kann nicht als Beschwerde bearbeitet werden",
                        List.of("nicht von Partenamut angeboten", "nicht als Beschwerde bearbeiten",
                                "betreffende Einrichtung")),
                arguments("not-handled-medical-advisor", "fr", "Votre plainte concernant un Médecin-Conseil",
                        List.of("Union Nationale des Mutualités Libres", "par écrit", "Service Plaintes\nMLOZ\n"
                                + "Route de Lennik 788/A\n1070 Bruxelles", "https://www.mloz.be/fr/content/vous-avez-une-plainte")),
                arguments("not-handled-medical-advisor", "nl", "Uw klacht over een adviserend arts",
                        List.of("Landsbond van de Onafhankelijke Ziekenfondsen", "schriftelijk",
                                "Klachtendienst\nMLOZ\nLenniksebaan 788/A\n1070 Brussel", "https://www.mloz.be")),
                arguments("not-handled-medical-advisor", "de", "Ihre Beschwerde über einen Vertrauensarzt",
                        List.of("Landesverband der Freien Krankenkassen", "schriftlich",
                                "Service Plaintes\nMLOZ\nRoute de Lennik 788/A\n1070 Brüssel", "https://www.mloz.be")));
    }

    static final Map<String, String> LEGAL_NOTICE = Map.of(
            "fr", "le traitement de votre dossier par le service des plaintes ne suspend pas les délais de recours "
                    + "contre la décision de la mutualité devant les tribunaux.",
            "nl", "de behandeling van uw dossier door de klachtendienst schorst de termijnen niet waarbinnen u bij de "
                    + "rechtbank beroep kunt instellen tegen de beslissing van het ziekenfonds.",
            "de", "Die Bearbeitung Ihrer Akte durch den Beschwerdedienst setzt die Fristen für eine Klage vor Gericht "
                    + "gegen die Entscheidung der Krankenkasse nicht aus.");

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("memberMessages")
    void writesEveryMemberMessageInEveryLanguage(String template, String code, String subject, List<String> phrases) {
        RenderedMail mail = templates.render(template, Language.fromCode(code), sample());

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).contains(phrases).doesNotContain("[(", "[#", "th:", "${", "null", "PL-0000-000000");
        if (!template.startsWith("not-handled")) {
            assertThat(mail.text()).contains(REFERENCE);
        }
        assertThat(mail.html()).contains("<html lang=\"" + code + "\"", escaped(phrases.get(0)))
                .doesNotContain("th:", "${");
    }

    @Test
    void coversEveryMemberMessageInEveryLanguage() {
        List<String> covered = memberMessages().map(arguments -> arguments.get()[0] + "_" + arguments.get()[1]).toList();
        List<String> expected = Arrays.stream(NotificationType.values()).filter(NotificationType::toMember)
                .flatMap(type -> Stream.of(Language.values()).map(language -> type.template() + "_" + language.code()))
                .distinct()
                .toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} outcome in {1}")
    @CsvSource(delimiter = '|', value = {
            "FOUNDED        | fr | il estime votre plainte fondée.",
            "UNFOUNDED      | fr | il estime votre plainte non fondée.",
            "FOUNDED        | nl | acht hij uw klacht gegrond.",
            "UNFOUNDED      | nl | acht hij uw klacht ongegrond.",
            "FOUNDED        | de | hält er Ihre Beschwerde für begründet.",
            "UNFOUNDED      | de | hält er Ihre Beschwerde für unbegründet."})
    void statesTheOutcomeInWords(String outcome, String code, String phrase) {
        Map<String, Object> variables = sample();
        variables.put("outcome", outcome);

        RenderedMail mail = templates.render("complaints-service-result", Language.fromCode(code), variables);

        assertThat(mail.text()).contains(phrase);
    }

    @ParameterizedTest(name = "legal notice in {0}, outcome {1}")
    @CsvSource({"fr,FOUNDED", "fr,PARTLY_FOUNDED", "fr,UNFOUNDED", "nl,FOUNDED", "nl,PARTLY_FOUNDED", "nl,UNFOUNDED",
            "de,FOUNDED", "de,PARTLY_FOUNDED", "de,UNFOUNDED"})
    void alwaysRemindsThatTheComplaintsServiceDoesNotSuspendTheTimeLimitsForAppeals(String code, String outcome) {
        Map<String, Object> variables = sample();
        variables.put("outcome", outcome);
        variables.put("fullName", null);

        RenderedMail mail = templates.render("complaints-service-result", Language.fromCode(code), variables);

        assertThat(mail.text()).contains(LEGAL_NOTICE.get(code));
        assertThat(mail.html()).contains(escaped(LEGAL_NOTICE.get(code)));
    }

    @ParameterizedTest(name = "legal notice in the escalation's acknowledgement in {0}")
    @CsvSource({"fr", "nl", "de"})
    void remindsWhenAcknowledgingAnEscalationThatTheTimeLimitsForAppealsRunOn(String code) {
        RenderedMail mail = templates.render("escalation-received", Language.fromCode(code), sample());

        assertThat(mail.text()).contains(LEGAL_NOTICE.get(code)).doesNotContain("[#", "~{");
        assertThat(mail.html()).contains(escaped(LEGAL_NOTICE.get(code)));
        assertThat(mail.text().split(java.util.regex.Pattern.quote(LEGAL_NOTICE.get(code)), -1))
                .as("the notice once").hasSize(2);
    }

    @ParameterizedTest(name = "delay of the complaints service in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | Notre service des plaintes poursuit l'analyse de votre demande | Le service des plaintes de Partenamut",
            "nl | Onze klachtendienst zet het onderzoek van uw verzoek samen met de betrokken dienst voort | De klachtendienst van Partenamut",
            "de | Unser Beschwerdedienst setzt die Prüfung Ihres Antrags gemeinsam mit dem zuständigen Dienst fort | Der Beschwerdedienst von Partenamut"})
    void namesTheComplaintsServiceInItsDelayNotice(String code, String phrase, String signature) {
        Map<String, Object> variables = sample();
        variables.put("line", "COMPLAINTS_SERVICE");

        RenderedMail mail = templates.render("delay-notice", Language.fromCode(code), variables);

        assertThat(mail.text()).contains(phrase, signature);
    }

    @ParameterizedTest(name = "a declined complaint ({0}) in {1}")
    @CsvSource(delimiter = '|', value = {
            "not-handled-medical-advisor | fr | Votre plainte concernant un Médecin-Conseil (PL-2026-000123) | Après examen de votre plainte PL-2026-000123 | Route de Lennik 788/A",
            "not-handled-medical-advisor | nl | Uw klacht over een adviserend arts (PL-2026-000123) | Na onderzoek van uw klacht PL-2026-000123 | Lenniksebaan 788/A",
            "not-handled-medical-advisor | de | Ihre Beschwerde über einen Vertrauensarzt (PL-2026-000123) | Nach Prüfung Ihrer Beschwerde PL-2026-000123 | Route de Lennik 788/A",
            "not-handled-out-of-scope    | fr | Votre demande ne peut pas être traitée comme une plainte (PL-2026-000123) | Après examen de votre plainte PL-2026-000123 | organisme ou au prestataire concerné",
            "not-handled-out-of-scope    | nl | Uw verzoek kan niet als klacht worden behandeld (PL-2026-000123) | Na onderzoek van uw klacht PL-2026-000123 | Service Center op 02 44 44 111",
            "not-handled-out-of-scope    | de | Ihr Anliegen kann nicht als Beschwerde bearbeitet werden (PL-2026-000123) | Nach Prüfung Ihrer Beschwerde PL-2026-000123 | Service Center unter 02 44 44 111"})
    void namesTheComplaintAndQuotesTheOfficerWhenAnOfficerDeclinedIt(String template, String code, String subject,
                                                                    String intro, String policyText) {
        Map<String, Object> variables = sample();
        variables.put("explanation", "Votre plainte vise le médecin-conseil qui a examiné votre dossier.");

        RenderedMail mail = templates.render(template, Language.fromCode(code), variables);

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).contains(intro, "Votre plainte vise le médecin-conseil qui a examiné votre dossier.",
                policyText).doesNotContain("[#", "${", "\n\n\n");
    }

    /** template | the French phrases | the Dutch phrases (each '/'-separated). */
    @ParameterizedTest(name = "{0} to staff")
    @CsvSource(delimiter = '|', value = {
            "new-complaint-in-queue | Nouvelle plainte PL-2026-000123 dans la file HEALTHCARE_REIMBURSEMENTS / Nieuwe klacht PL-2026-000123 in de wachtrij HEALTHCARE_REIMBURSEMENTS"
                    + " | Une nouvelle plainte est arrivée dans la file du service HEALTHCARE_REIMBURSEMENTS;Réponse attendue au plus tard le : 12 mars 2026"
                    + " | Er is een nieuwe klacht binnengekomen in de wachtrij van de dienst HEALTHCARE_REIMBURSEMENTS;Antwoord verwacht uiterlijk op: 12 maart 2026",
            "sla-warning | Échéance proche : plainte PL-2026-000123 à traiter au plus tard le 12 mars 2026 / Termijn nadert: klacht PL-2026-000123 uiterlijk op 12 maart 2026"
                    + " | attend encore la réponse du service en charge, due au plus tard le 12 mars 2026;Service en charge : HEALTHCARE_REIMBURSEMENTS"
                    + " | wacht nog op het antwoord van de behandelende dienst, dat uiterlijk op 12 maart 2026 verwacht wordt;Behandelende dienst: HEALTHCARE_REIMBURSEMENTS",
            "sla-breach | Échéance dépassée : plainte PL-2026-000123 (échéance du 12 mars 2026) / Termijn overschreden: klacht PL-2026-000123 (termijn 12 maart 2026)"
                    + " | a expiré le 12 mars 2026 sans que le service en charge ait répondu;Merci de traiter cette plainte en priorité"
                    + " | is op 12 maart 2026 verstreken zonder dat de behandelende dienst heeft geantwoord;met voorrang te behandelen",
            "recommendation | Recommandation du service des plaintes – plainte PL-2026-000123 / Aanbeveling van de klachtendienst – klacht PL-2026-000123"
                    + " | adresse la recommandation suivante au service HEALTHCARE_REIMBURSEMENTS;" + RECOMMENDATION
                    + " | richt de klachtendienst de volgende aanbeveling aan de dienst HEALTHCARE_REIMBURSEMENTS;" + RECOMMENDATION,
            "department-input-request | Le service des plaintes demande l'avis de votre service – plainte PL-2026-000123 / De klachtendienst vraagt de inbreng van uw dienst – klacht PL-2026-000123"
                    + " | demande l'avis du service HEALTHCARE_REIMBURSEMENTS;" + QUESTION + ";Seul le service des plaintes répond au membre"
                    + " | vraagt de inbreng van de dienst HEALTHCARE_REIMBURSEMENTS;" + QUESTION + ";Alleen de klachtendienst antwoordt het lid"})
    void writesEveryStaffMessageInFrenchAndDutch(String template, String subject, String french, String dutch) {
        Map<String, Object> variables = sample();
        variables.remove("fullName");

        RenderedMail mail = templates.renderStaff(template, variables);

        assertThat(mail.subject()).isEqualTo(subject);
        String text = mail.text();
        int separator = text.indexOf("----------------------------------------");
        assertThat(separator).as("French first, then Dutch").isPositive();
        assertThat(text.substring(0, separator)).startsWith("Bonjour,").contains(REFERENCE, COMPLAINT_ID)
                .contains(french.split(";"));
        assertThat(text.substring(separator)).contains("Goedendag,", REFERENCE, COMPLAINT_ID).contains(dutch.split(";"));
        assertThat(text).doesNotContain("[(", "[#", "th:", "${", "null", "Hélène", "Dubois");
        assertThat(mail.html()).contains("<div lang=\"fr\">", "<div lang=\"nl\">", REFERENCE);
    }

    @Test
    void coversEveryStaffMessage() {
        assertThat(Arrays.stream(NotificationType.values()).filter(type -> !type.toMember()).map(NotificationType::template))
                .containsExactlyInAnyOrder("new-complaint-in-queue", "sla-warning", "sla-breach", "recommendation",
                        "department-input-request", "department-digest");
    }

    @Test
    void listsADepartmentsNewComplaintsInFrenchAndDutchWithALinkToEach() {
        Map<String, Object> first = digestLine(REFERENCE, LocalDate.of(2026, 3, 2), "WEB_FORM", "REIMBURSEMENT", DUE,
                "https://office.example/complaints/" + COMPLAINT_ID);
        // Recorded before channels and categories were kept.
        Map<String, Object> older = digestLine("PL-2026-000007", null, null, null, null,
                "https://office.example/complaints/0f6e1c2a-0000-4000-8000-000000000007");
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", "HOME_CARE");
        variables.put("date", LocalDate.of(2026, 3, 3));
        variables.put("count", 2);
        variables.put("complaints", List.of(first, older));

        RenderedMail mail = templates.renderStaff("department-digest", variables);

        assertThat(mail.subject()).isEqualTo("2 nouvelles plaintes dans la file HOME_CARE – récapitulatif du 3 mars 2026"
                + " / 2 nieuwe klachten in de wachtrij HOME_CARE – overzicht van 3 maart 2026");
        String text = mail.text();
        int separator = text.indexOf("----------------------------------------");
        assertThat(text.substring(0, separator)).startsWith("Bonjour,").contains(
                "2 nouvelles plaintes sont arrivées dans la file du service HOME_CARE",
                REFERENCE, "Reçue le : 2 mars 2026", "Canal : formulaire web", "Catégorie : REIMBURSEMENT",
                "Réponse attendue au plus tard le : 12 mars 2026", "Ouvrir : https://office.example/complaints/" + COMPLAINT_ID,
                "PL-2026-000007", "Reçue le : –", "Canal : –", "Catégorie : –", "au plus tard le : –");
        assertThat(text.substring(separator)).startsWith("----").contains("Goedendag,",
                "Er zijn 2 nieuwe klachten binnengekomen in de wachtrij van de dienst HOME_CARE",
                "Ontvangen op: 2 maart 2026", "Kanaal: webformulier", "Antwoord verwacht uiterlijk op: 12 maart 2026",
                "Openen: https://office.example/complaints/" + COMPLAINT_ID);
        assertThat(text).doesNotContain("[(", "[#", "th:", "${", "null");
        assertThat(mail.html()).contains("<div lang=\"fr\">", "<div lang=\"nl\">", "PL-2026-000007");
    }

    @Test
    void marksASuggestionInTheDigestAndInItsOwnMail() {
        Map<String, Object> suggestion = digestLine(REFERENCE, LocalDate.of(2026, 3, 2), "WEB_FORM", "REIMBURSEMENT", null,
                "https://office.example/complaints/" + COMPLAINT_ID);
        suggestion.put("suggestion", true);
        Map<String, Object> digest = new HashMap<>();
        digest.put("department", "HOME_CARE");
        digest.put("date", LocalDate.of(2026, 3, 3));
        digest.put("count", 1);
        digest.put("complaints", List.of(suggestion));
        Map<String, Object> each = new HashMap<>();
        each.put("department", "HOME_CARE");
        each.put("reference", REFERENCE);
        each.put("complaintId", COMPLAINT_ID.toString());
        each.put("suggestion", true);

        String listed = templates.renderStaff("department-digest", digest).text();
        RenderedMail alone = templates.renderStaff("new-complaint-in-queue", each);

        assertThat(listed).contains(REFERENCE + " – suggestion, sans délai de réponse",
                REFERENCE + " – suggestie, zonder antwoordtermijn");
        assertThat(alone.subject()).isEqualTo("Nouvelle suggestion " + REFERENCE + " dans la file HOME_CARE"
                + " / Nieuwe suggestie " + REFERENCE + " in de wachtrij HOME_CARE");
        assertThat(alone.text()).contains("Une nouvelle suggestion (sans délai de réponse) est arrivée")
                .doesNotContain("Réponse attendue", "null");
    }

    @Test
    void namesOneNewComplaintInTheSingular() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", "AGENCIES");
        variables.put("date", LocalDate.of(2026, 3, 3));
        variables.put("count", 1);
        variables.put("complaints", List.of(digestLine(REFERENCE, LocalDate.of(2026, 3, 2), "LETTER", "CONTRIBUTIONS",
                DUE, "http://localhost:8080/complaints/" + COMPLAINT_ID)));

        RenderedMail mail = templates.renderStaff("department-digest", variables);

        assertThat(mail.subject()).startsWith("1 nouvelle plainte dans la file AGENCIES").contains("/ 1 nieuwe klacht in");
        assertThat(mail.text()).contains("Une nouvelle plainte est arrivée", "Canal : courrier postal",
                "Er is een nieuwe klacht binnengekomen", "Kanaal: brief");
    }

    @Test
    void namesTheDepartmentAComplaintWasReroutedFrom() {
        Map<String, Object> variables = sample();
        variables.put("previousDepartment", "SERVICE_CENTER");

        RenderedMail mail = templates.renderStaff("new-complaint-in-queue", variables);

        assertThat(mail.text()).contains("réorientée depuis le service SERVICE_CENTER",
                "doorverwezen vanuit de dienst SERVICE_CENTER");
    }

    @ParameterizedTest(name = "nameless acknowledgement in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr | Madame, Monsieur,",
            "nl | Geachte mevrouw, geachte heer,",
            "de | Sehr geehrte Damen und Herren,"})
    void greetsFormallyWhenTheMemberHasNoName(String code, String greeting) {
        Map<String, Object> variables = sample();
        variables.put("fullName", null);

        RenderedMail mail = templates.render("acknowledgement", Language.fromCode(code), variables);

        assertThat(mail.text()).startsWith(greeting + "\n\n").contains(REFERENCE);
        assertThat(mail.html()).contains(greeting).contains(REFERENCE);
    }

    @Test
    void keepsTheAcknowledgementsOwnHtml() {
        RenderedMail mail = templates.render("acknowledgement", Language.FR, sample());

        assertThat(mail.html()).contains("<strong>" + REFERENCE + "</strong>", "<strong>12 mars 2026</strong>")
                .doesNotContain("1 janvier 2026");
    }

    @Test
    void escapesWhatIsQuotedInTheHtmlPart() {
        Map<String, Object> variables = sample();
        variables.put("fullName", "<script>alert(1)</script> Dubois");
        variables.put("answer", "<img src=x onerror=alert(1)>");

        assertThat(templates.render("acknowledgement", Language.FR, variables).html())
                .doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(templates.render("first-line-answer", Language.FR, variables).html())
                .doesNotContain("<script>", "<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        Map<String, Object> variables = sample();
        variables.put("reference", "PL-2026-000123\r\nBcc: someone@example.com");

        RenderedMail mail = templates.render("acknowledgement", Language.NL, variables);

        assertThat(mail.subject()).doesNotContain("\r", "\n")
                .isEqualTo("Ontvangstbevestiging van uw klacht PL-2026-000123 Bcc: someone@example.com");
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>\n");
    }

    /** A complaint as a department digest lists it (every key present, as the service gives them). */
    private static Map<String, Object> digestLine(String reference, LocalDate receivedOn, String channel, String category,
                                                  LocalDate dueDate, String link) {
        Map<String, Object> line = new HashMap<>();
        line.put("reference", reference);
        line.put("receivedOn", receivedOn);
        line.put("channel", channel);
        line.put("category", category);
        line.put("dueDate", dueDate);
        line.put("link", link);
        return line;
    }

    private static Map<String, Object> sample() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", REFERENCE);
        variables.put("complaintId", COMPLAINT_ID);
        variables.put("fullName", "Hélène Dubois");
        variables.put("dueDate", DUE);
        variables.put("answer", ANSWER);
        variables.put("outcome", "PARTLY_FOUNDED");
        variables.put("line", "FIRST_LINE");
        variables.put("department", "HEALTHCARE_REIMBURSEMENTS");
        variables.put("recommendation", RECOMMENDATION);
        variables.put("reason", INTERIM_REASON);
        variables.put("expectedDate", LocalDate.of(2026, 4, 2));
        variables.put("question", QUESTION);
        return variables;
    }
}
