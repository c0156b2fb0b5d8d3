package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.notification.complaint.ComplaintFiles;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.letter.Letters;
import be.partenamut.complaints.notification.letter.PrintQueue;
import be.partenamut.complaints.notification.letter.QueuedLetter;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.problem.Problems;
import be.partenamut.complaints.support.security.DepartmentScope;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The print queue, for the staff who print and post the letters of members without an email address:
 * the letters waiting (or printed, or withdrawn), each one's PDF, opened for the download only, and
 * marking one printed, which records it as sent on the complaint's timeline. A department agent sees and
 * prints the letters of their department's complaints (and of those no department holds yet); who marked a
 * letter printed is the signed-in caller, as their token names them.
 */
@RestController
@RequestMapping("/api/v1/print-queue")
@Validated
public class PrintQueueController {

    static final String LETTER_NOT_FOUND = "letter-not-found";
    static final String PERSONAL_DATA_ERASED = "personal-data-erased";

    private final PrintQueue printQueue;
    private final Letters letters;
    private final Deliveries deliveries;
    private final PersonalData personalData;
    private final ComplaintFiles complaints;

    public PrintQueueController(PrintQueue printQueue, Letters letters, Deliveries deliveries,
                                PersonalData personalData, ComplaintFiles complaints) {
        this.printQueue = printQueue;
        this.letters = letters;
        this.deliveries = deliveries;
        this.personalData = personalData;
        this.complaints = complaints;
    }

    /** The letters in a state, oldest first: by default those waiting to be printed. */
    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public List<Letter> queue(@RequestParam(defaultValue = "QUEUED") QueuedLetter.State status,
                              @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
                              StaffMember caller) {
        DepartmentScope scope = DepartmentScope.of(caller);
        List<QueuedLetter> found = scope.allDepartments() ? printQueue.list(status, limit)
                : printQueue.listOfDepartment(status, limit, scope.department());
        return found.stream().map(Letter::of).toList();
    }

    @GetMapping("/{letterId}/pdf")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public ResponseEntity<byte[]> pdf(@PathVariable UUID letterId, StaffMember caller) {
        QueuedLetter letter = letterFor(caller, letterId);
        byte[] pdf = letters.pdf(letter, personalData.openerFor(letter.complaintId())).orElseThrow(() -> erased(letter));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(letter)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /** Idempotent: a letter marked printed twice keeps its first time. */
    @PostMapping("/{letterId}/printed")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public Letter printed(@PathVariable UUID letterId, StaffMember caller) {
        QueuedLetter letter = letterFor(caller, letterId);
        try {
            deliveries.markPrinted(letterId, caller.username());
        } catch (Deliveries.LetterNotPrintableException e) {
            throw erased(letter);
        }
        return Letter.of(letter(letterId));
    }

    /** The letter, if it is about a complaint of the caller's department (403 otherwise). */
    private QueuedLetter letterFor(StaffMember caller, UUID letterId) {
        QueuedLetter letter = letter(letterId);
        DepartmentScope.of(caller).check(complaints.departmentOf(letter.complaintId()).orElse(null));
        return letter;
    }

    private QueuedLetter letter(UUID letterId) {
        return printQueue.get(letterId).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, LETTER_NOT_FOUND, "Letter not found",
                        "No letter in the print queue has the id " + letterId + "."), null));
    }

    /** Named by the complaint's reference, or by the letter's id for a declined submission (no reference). */
    private static String fileName(QueuedLetter letter) {
        String type = letter.type().name().toLowerCase().replace('_', '-');
        return (letter.reference() != null ? letter.reference() : "letter-" + letter.letterId()) + "-" + type + ".pdf";
    }

    private static ErrorResponseException erased(QueuedLetter letter) {
        String about = letter.reference() != null ? "about complaint " + letter.reference()
                : "about declined submission " + letter.complaintId();
        return new ErrorResponseException(HttpStatus.GONE, Problems.of(HttpStatus.GONE, PERSONAL_DATA_ERASED,
                "Personal data erased", "Letter " + letter.letterId() + " " + about
                        + " can no longer be opened nor posted: the member's personal data is erased."), null);
    }

    /**
     * A letter as the print room sees it: nothing personal, the PDF is downloaded separately.
     *
     * @param status {@code QUEUED}, {@code PRINTED} or {@code WITHDRAWN} (personal data erased before printing)
     */
    public record Letter(
            UUID letterId,
            UUID complaintId,
            String reference,
            NotificationType type,
            Language language,
            int pages,
            QueuedLetter.State status,
            Instant queuedAt,
            Instant printedAt,
            String printedBy,
            String pdfUrl) {

        static Letter of(QueuedLetter letter) {
            return new Letter(letter.letterId(), letter.complaintId(), letter.reference(), letter.type(),
                    letter.language(), letter.pages(), letter.state(), letter.queuedAt(), letter.printedAt(),
                    letter.printedBy(), letter.pdf() == null ? null : "/api/v1/print-queue/" + letter.letterId() + "/pdf");
        }
    }
}
