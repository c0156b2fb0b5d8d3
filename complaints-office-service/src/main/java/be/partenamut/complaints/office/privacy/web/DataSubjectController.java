package be.partenamut.complaints.office.privacy.web;

import be.partenamut.complaints.office.privacy.MemberDataExport;
import be.partenamut.complaints.office.privacy.MemberErasure;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's rights over their data (GDPR art. 15 and 17), exercised by an administrator on the member's request. */
@RestController
@Validated
@RequestMapping("/api/v1/data-subjects/{memberNumber}")
@PreAuthorize("hasRole('ADMIN')")
public class DataSubjectController {

    private static final String MEMBER_NUMBER = "[0-9]{9,13}";

    private final MemberErasure erasure;
    private final MemberDataExport export;

    public DataSubjectController(MemberErasure erasure, MemberDataExport export) {
        this.erasure = erasure;
        this.export = export;
    }

    /** Erases everything personal about the member, everywhere; repeating it changes nothing. */
    @PostMapping("/erasure")
    public MemberErasure.Report erase(
            @PathVariable @Pattern(regexp = MEMBER_NUMBER, message = "must be 9 to 13 digits") String memberNumber,
            StaffMember administrator) {
        return erasure.erase(memberNumber, administrator.username());
    }

    /** Everything the complaints office holds about the member, opened. */
    @GetMapping("/export")
    public MemberDataExport.Export export(
            @PathVariable @Pattern(regexp = MEMBER_NUMBER, message = "must be 9 to 13 digits") String memberNumber,
            StaffMember administrator) {
        return export.export(memberNumber, administrator.username());
    }
}
