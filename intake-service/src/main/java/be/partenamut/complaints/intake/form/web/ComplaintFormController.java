package be.partenamut.complaints.intake.form.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.intake.category.CategoryCatalogue;
import be.partenamut.complaints.intake.category.CategoryProperties.Category;
import be.partenamut.complaints.intake.category.KnownCategory;
import be.partenamut.complaints.intake.desk.IntakeDesk;
import be.partenamut.complaints.intake.member.NationalRegisterNumber;
import be.partenamut.complaints.intake.policy.IntakePolicyProperties;
import be.partenamut.complaints.intake.policy.PolicyMessages;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.policy.Refusal;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.ConsistentSubmission;
import be.partenamut.complaints.intake.request.EmailRequiredForWrittenChannels;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.intake.request.SubmissionReceipt;
import be.partenamut.complaints.support.problem.InfrastructureFailures;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.lang.annotation.Annotation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public complaint form at {@code /}, in French, Dutch and German: every input labelled, errors
 * beside their fields, protected against cross-site request forgery. On success it shows the
 * reference and the day by which the member has an answer; the acknowledgement email follows from
 * the complaints office. Everything the member typed is shown back as text, never as markup.
 */
@Controller
@Hidden
public class ComplaintFormController {

    static final String FORM = "form";
    static final String RECEIVED = "received";
    /** Prefixes the form's submission key, so it cannot meet a channel system's idempotency key. */
    static final String KEY_PREFIX = "web-form:";

    private final IntakeDesk desk;
    private final Validator validator;
    private final CategoryCatalogue catalogue;
    private final PolicyMessages messages;
    private final IntakePolicyProperties policy;

    public ComplaintFormController(IntakeDesk desk, Validator validator, CategoryCatalogue catalogue,
                                   PolicyMessages messages, IntakePolicyProperties policy) {
        this.desk = desk;
        this.validator = validator;
        this.catalogue = catalogue;
        this.messages = messages;
        this.policy = policy;
    }

    @GetMapping("/")
    public String form(HttpServletRequest request, Model model, CsrfToken csrf) {
        csrf.getToken(); // the token's cookie must be set before the page is written
        return show(model, FormLocaleResolver.languageOf(request), ComplaintForm.empty(), Map.of(), null);
    }

    /**
     * Reads the form's fields by name, never by listing what was posted: a browser (or anyone) may post
     * other parameters, and their names are not ours to interpret.
     */
    @PostMapping("/")
    public String submit(@RequestParam(required = false) String memberNumber,
                         @RequestParam(required = false) String firstName,
                         @RequestParam(required = false) String lastName,
                         @RequestParam(required = false) String email,
                         @RequestParam(required = false) String nationalRegisterNumber,
                         @RequestParam(required = false) String category,
                         @RequestParam(required = false) String subject,
                         @RequestParam(required = false) String description,
                         @RequestParam(required = false) String submissionKey,
                         @RequestParam(required = false) String kind,
                         @RequestParam(required = false) String reference,
                         HttpServletRequest request, HttpServletResponse response, Model model, CsrfToken csrf) {
        csrf.getToken();
        ComplaintForm form = new ComplaintForm(memberNumber, firstName, lastName, email, nationalRegisterNumber, category,
                subject, description, submissionKey, kind, reference);
        Language language = FormLocaleResolver.languageOf(request);
        ComplaintForm keyed = form.withKey(form.validKey());
        ComplaintSubmission submission = keyed.toSubmission(language);
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<ComplaintSubmission> violation : validator.validate(submission)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), describe(violation, language));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, language, keyed, errors, new FormProblem(text("form.errors.title", language), null, null));
        }
        SubmissionReceipt receipt;
        try {
            receipt = desk.receive(submission, KEY_PREFIX + keyed.submissionKey());
        } catch (PolicyRefusedException refused) {
            response.setStatus(422);
            Refusal refusal = refused.refusal();
            String detail = messages.detail(refused, language);
            IntakePolicyProperties.ComplaintsOffice writeTo =
                    refusal == Refusal.MEDICAL_ADVISOR ? policy.medicalAdvisorComplaints() : null;
            return show(model, language, keyed, Map.of(refusal.field(), detail),
                    new FormProblem(messages.title(refusal, language), null, writeTo));
        } catch (IdempotencyKeyReusedException reused) {
            response.setStatus(422);
            return show(model, language, keyed.withKey(ComplaintForm.empty().submissionKey()), Map.of(),
                    new FormProblem(text("form.resubmit.title", language), text("form.resubmit.detail", language), null));
        } catch (RuntimeException failure) {
            if (!(failure instanceof SubmissionNotRegisteredException) && !InfrastructureFailures.isTransient(failure)) {
                throw failure;
            }
            // The key vault or intake's database is away: nothing was registered; the member may send it again.
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            return show(model, language, keyed, Map.of(), new FormProblem(text("form.unavailable.title", language),
                    text("form.unavailable.detail", language), null));
        }
        model.addAttribute("lang", language.code());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("receipt", receipt);
        model.addAttribute("answerDueBy", receipt.answerDueBy() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()).format(receipt.answerDueBy()));
        return RECEIVED;
    }

    private String show(Model model, Language language, ComplaintForm form, Map<String, String> errors,
                        FormProblem problem) {
        model.addAttribute("lang", language.code());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("view", new FormView(form.values(), errors));
        model.addAttribute("submissionKey", form.submissionKey());
        model.addAttribute("categories", catalogue.all().stream().map(category -> option(category, language)).toList());
        model.addAttribute("problem", problem);
        return FORM;
    }

    /** The message beside a field, in the member's language. */
    private String describe(ConstraintViolation<ComplaintSubmission> violation, Language language) {
        Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String field = violation.getPropertyPath().toString();
        if (constraint == NotBlank.class || constraint == NotNull.class
                || (constraint == ConsistentSubmission.class && ConsistentSubmission.REQUIRED.equals(violation.getMessage()))) {
            return text("form.error.required", language);
        }
        if (constraint == Size.class) {
            return text("form.error.too-long", language, violation.getConstraintDescriptor().getAttributes().get("max"));
        }
        if (constraint == EmailRequiredForWrittenChannels.class) {
            return text("form.error.email.required", language);
        }
        if (constraint == Email.class) {
            return text("form.error.email", language);
        }
        if (constraint == Pattern.class && "memberNumber".equals(field)) {
            return text("form.error.memberNumber", language);
        }
        if (constraint == NationalRegisterNumber.class) {
            return text("form.error.nationalRegisterNumber", language);
        }
        if (constraint == KnownCategory.class) {
            return text("form.error.category", language);
        }
        if (constraint == ConsistentSubmission.class && ("firstName".equals(field) || "lastName".equals(field))) {
            return text("form.error.names", language);
        }
        return text("form.error.invalid", language);
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.text(key, language, arguments);
    }

    private static Option option(Category category, Language language) {
        String label = switch (language) {
            case NL -> category.labels().nl();
            case DE -> category.labels().de();
            default -> category.labels().fr();
        };
        return new Option(category.code(), label);
    }

    static final List<LanguageLink> LANGUAGES = Arrays.stream(Language.values())
            .map(language -> new LanguageLink(language.code(), switch (language) {
                case FR -> "Français";
                case NL -> "Nederlands";
                case DE -> "Deutsch";
            }))
            .toList();

    /** A category as the select lists it. */
    public record Option(String code, String label) {
    }

    /** A link to the page in another language, named in that language. */
    public record LanguageLink(String code, String name) {
    }

    /** Why the form came back: a title, what to do, and for a Médecin-Conseil where to write. */
    public record FormProblem(String title, String detail, IntakePolicyProperties.ComplaintsOffice writeTo) {
    }
}
