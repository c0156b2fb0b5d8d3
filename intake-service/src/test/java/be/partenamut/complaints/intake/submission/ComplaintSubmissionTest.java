package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.intake.category.CategoryCatalogue;
import be.partenamut.complaints.intake.category.CategoryProperties;
import be.partenamut.complaints.intake.category.KnownCategoryValidator;
import be.partenamut.complaints.intake.request.Addressee;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance rules of a submission, as the web layer applies them. */
class ComplaintSubmissionTest {

    private static final CategoryCatalogue CATALOGUE = new CategoryCatalogue(new CategoryProperties(List.of(
            new CategoryProperties.Category("REIMBURSEMENT",
                    new CategoryProperties.Labels("Remboursement", "Terugbetaling", "Erstattung")),
            new CategoryProperties.Category("HOME_CARE",
                    new CategoryProperties.Labels("Soins à domicile", "Thuiszorg", "Häusliche Pflege")))));

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .constraintValidatorFactory(new WithCatalogue())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsACompleteWebFormSubmission() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void acceptsTheLimitsThemselves() {
        ComplaintSubmission atTheLimits = new ComplaintSubmission(Channel.LETTER, "1234567890123", "F".repeat(100),
                "L".repeat(100), emailOfLength(254), Language.DE, "HOME_CARE", "s".repeat(200),
                "d".repeat(10_000));

        assertThat(problems(atTheLimits)).isEmpty();
        assertThat(problems(withMemberNumber("123456789"))).isEmpty();
    }

    @Test
    void requiresTheChannelLanguageCategorySubjectAndDescriptionOfANewComplaint() {
        ComplaintSubmission empty = new ComplaintSubmission(null, null, null, null, null, null, null, null, null);

        // Who the member is (number, names, a contact) is the policy's question: anonymous is a 422, not a 400.
        assertThat(problems(empty)).containsOnlyKeys("channel", "language", "category", "subject", "description");
    }

    @Test
    void takesASuggestionAsANewMatterForTheFirstLineAndAnythingElseAsAComplaint() {
        ComplaintSubmission suggestion = suggestion(null, null);

        assertThat(problems(suggestion)).isEmpty();
        assertThat(suggestion.suggests()).isTrue();
        assertThat(suggestion.submissionKind()).isEqualTo(SubmissionKind.SUGGESTION);
        assertThat(valid().suggests()).as("a complaint unless said otherwise").isFalse();
        assertThat(valid().submissionKind()).isEqualTo(SubmissionKind.COMPLAINT);
    }

    @Test
    void refusesASuggestionAddressedToTheComplaintsServiceOrEscalatingAComplaint() {
        assertThat(problems(suggestion(Addressee.COMPLAINTS_SERVICE, null))).containsOnlyKeys("kind");
        assertThat(problems(suggestion(Addressee.COMPLAINTS_SERVICE, "PL-2026-000123"))).containsKey("kind");
        assertThat(problems(suggestion(Addressee.FIRST_LINE, null))).isEmpty();
    }

    @Test
    void takesAnEscalationWithAReferenceAndAReasonButNoCategoryNorSubject() {
        ComplaintSubmission escalation = escalation("PL-2026-000123", Addressee.COMPLAINTS_SERVICE, null, null);

        assertThat(problems(escalation)).isEmpty();
        assertThat(escalation.escalates()).isTrue();
    }

    @Test
    void refusesAnEscalationToTheFirstLineOrWithACategoryOrSubjectOrAMalformedReference() {
        assertThat(problems(escalation("PL-2026-000123", null, null, null))).containsOnlyKeys("reference");
        assertThat(problems(escalation("PL-2026-000123", Addressee.FIRST_LINE, null, null))).containsOnlyKeys("reference");
        assertThat(problems(escalation("PL-2026-000123", Addressee.COMPLAINTS_SERVICE, "REIMBURSEMENT", "Objet")))
                .containsOnlyKeys("category", "subject");
        assertThat(problems(escalation("2026-000123", Addressee.COMPLAINTS_SERVICE, null, null)))
                .containsOnlyKeys("reference");
    }

    @Test
    void takesAComplaintToTheComplaintsServiceWithoutReferenceAsANewComplaint() {
        ComplaintSubmission v = valid();
        ComplaintSubmission addressed = new ComplaintSubmission(v.channel(), v.memberNumber(), v.firstName(),
                v.lastName(), v.email(), null, v.language(), Addressee.COMPLAINTS_SERVICE, null, v.category(),
                v.subject(), v.description());

        assertThat(problems(addressed)).isEmpty();
        assertThat(addressed.escalates()).isFalse();
        assertThat(addressed.addressedToComplaintsService()).isTrue();
    }

    @Test
    void checksANationalRegisterNumberWhenOneIsGiven() {
        assertThat(problems(withNationalRegisterNumber("85.07.30-033.28"))).isEmpty();
        assertThat(withNationalRegisterNumber("85.07.30-033.28").nationalRegisterNumber()).isEqualTo("85073003328");
        assertThat(problems(withNationalRegisterNumber("05010112385"))).isEmpty();
        assertThat(problems(withNationalRegisterNumber("85073003329"))).containsOnlyKeys("nationalRegisterNumber");
        assertThat(problems(withNationalRegisterNumber("850730033"))).containsOnlyKeys("nationalRegisterNumber");
        assertThat(problems(withNationalRegisterNumber(" "))).isEmpty();
    }

    @Test
    void refusesAMemberNumberThatIsNotNineToThirteenDigits() {
        assertThat(problems(withMemberNumber("12345678"))).containsOnlyKeys("memberNumber");
        assertThat(problems(withMemberNumber("12345678901234"))).containsOnlyKeys("memberNumber");
        assertThat(problems(withMemberNumber("12345-6789"))).containsOnlyKeys("memberNumber");
        assertThat(problems(withMemberNumber("１２３４５６７８９"))).containsOnlyKeys("memberNumber");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"WEB_FORM", "EMAIL"})
    void requiresAnEmailAddressFromTheWebFormAndByEmail(Channel channel) {
        assertThat(problems(withChannelAndEmail(channel, null))).containsOnlyKeys("email");
        assertThat(problems(withChannelAndEmail(channel, "  "))).containsOnlyKeys("email");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"AGENCY", "PHONE", "LETTER"})
    void acceptsNoEmailAddressFromAnAgencyByPhoneOrByLetter(Channel channel) {
        assertThat(problems(withChannelAndEmail(channel, null))).isEmpty();
        assertThat(withChannelAndEmail(channel, " ").email()).isNull();
    }

    @Test
    void refusesAMalformedOrOverlongEmailAddress() {
        assertThat(problems(withChannelAndEmail(Channel.PHONE, "sophie.peeters"))).containsOnlyKeys("email");
        assertThat(problems(withChannelAndEmail(Channel.PHONE, "sophie@example"))).containsOnlyKeys("email");
        assertThat(problems(withChannelAndEmail(Channel.PHONE, "sophie peeters@example.be"))).containsOnlyKeys("email");
        assertThat(problems(withChannelAndEmail(Channel.WEB_FORM, emailOfLength(255))))
                .containsOnlyKeys("email");
    }

    @Test
    void measuresTheEmailAddressesOfTheseTests() {
        assertThat(emailOfLength(254)).hasSize(254);
        assertThat(emailOfLength(255)).hasSize(255);
    }

    @Test
    void refusesOverlongTexts() {
        ComplaintSubmission v = valid();
        assertThat(problems(new ComplaintSubmission(v.channel(), v.memberNumber(), "F".repeat(101), "L".repeat(101),
                v.email(), v.language(), v.category(), "s".repeat(201), "d".repeat(10_001))))
                .containsOnlyKeys("firstName", "lastName", "subject", "description");
    }

    @Test
    void leavesMissingNamesToThePolicyButWantsBothNamesOrNeither() {
        ComplaintSubmission v = valid();
        assertThat(problems(new ComplaintSubmission(v.channel(), v.memberNumber(), " ", "", v.email(), v.language(),
                v.category(), v.subject(), v.description()))).isEmpty();
        assertThat(problems(new ComplaintSubmission(v.channel(), v.memberNumber(), "Sophie", " ", v.email(),
                v.language(), v.category(), v.subject(), v.description()))).containsOnlyKeys("lastName");
        assertThat(problems(new ComplaintSubmission(v.channel(), v.memberNumber(), null, "Peeters", v.email(),
                v.language(), v.category(), v.subject(), v.description()))).containsOnlyKeys("firstName");
    }

    @Test
    void refusesACategoryOutsideTheCatalogueOrInAnotherCase() {
        assertThat(problems(withCategory("PARKING"))).containsOnlyKeys("category");
        assertThat(problems(withCategory("home_care"))).containsOnlyKeys("category");
        assertThat(problems(withCategory("HOME_CARE"))).isEmpty();
    }

    /** A well-formed address of {@code length} characters (a local part of 64, labels of at most 63). */
    static String emailOfLength(int length) {
        int domain = length - 65 - ".be".length();
        String labels = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(domain - 128);
        return "a".repeat(64) + "@" + labels + ".be";
    }

    private static ComplaintSubmission valid() {
        return new ComplaintSubmission(Channel.WEB_FORM, "100000001", "Sophie", "Peeters",
                "sophie.peeters@example.be", Language.NL, "REIMBURSEMENT", "Terugbetaling kinesitherapie",
                "Mijn terugbetaling van 12 oktober is nog steeds niet uitgevoerd.");
    }

    private static ComplaintSubmission suggestion(Addressee addressee, String reference) {
        return new ComplaintSubmission(Channel.WEB_FORM, "100000001", "Sophie", "Peeters", "sophie.peeters@example.be",
                null, Language.NL, addressee, reference, reference == null ? "REIMBURSEMENT" : null,
                reference == null ? "Online afspraak" : null, "Een idee om afspraken online te maken.", null, null,
                SubmissionKind.SUGGESTION);
    }

    private static ComplaintSubmission withMemberNumber(String memberNumber) {
        ComplaintSubmission v = valid();
        return new ComplaintSubmission(v.channel(), memberNumber, v.firstName(), v.lastName(), v.email(),
                v.language(), v.category(), v.subject(), v.description());
    }

    private static ComplaintSubmission withChannelAndEmail(Channel channel, String email) {
        ComplaintSubmission v = valid();
        return new ComplaintSubmission(channel, v.memberNumber(), v.firstName(), v.lastName(), email,
                v.language(), v.category(), v.subject(), v.description());
    }

    private static ComplaintSubmission withNationalRegisterNumber(String number) {
        ComplaintSubmission v = valid();
        return new ComplaintSubmission(v.channel(), v.memberNumber(), v.firstName(), v.lastName(), v.email(), number,
                v.language(), null, null, v.category(), v.subject(), v.description());
    }

    private static ComplaintSubmission escalation(String reference, Addressee addressee, String category, String subject) {
        return new ComplaintSubmission(Channel.EMAIL, "100000001", "Sophie", "Peeters", "sophie.peeters@example.be",
                null, Language.NL, addressee, reference, category, subject, "Ik blijf het oneens met het antwoord.");
    }

    private static ComplaintSubmission withCategory(String category) {
        ComplaintSubmission v = valid();
        return new ComplaintSubmission(v.channel(), v.memberNumber(), v.firstName(), v.lastName(), v.email(),
                v.language(), category, v.subject(), v.description());
    }

    /** The fields found wrong, each with its messages. */
    private static java.util.Map<String, List<String>> problems(ComplaintSubmission submission) {
        Set<ConstraintViolation<ComplaintSubmission>> violations = VALIDATOR.validate(submission);
        return violations.stream().collect(java.util.stream.Collectors.groupingBy(
                violation -> violation.getPropertyPath().toString(),
                java.util.stream.Collectors.mapping(ConstraintViolation::getMessage,
                        java.util.stream.Collectors.toList())));
    }

    /** What Spring's validator factory does in the service: gives the category validator its catalogue. */
    private static final class WithCatalogue implements ConstraintValidatorFactory {

        private final ConstraintValidatorFactory defaults =
                Validation.byDefaultProvider().configure().getDefaultConstraintValidatorFactory();

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == KnownCategoryValidator.class) {
                return key.cast(new KnownCategoryValidator(CATALOGUE));
            }
            return defaults.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            defaults.releaseInstance(instance);
        }
    }
}
