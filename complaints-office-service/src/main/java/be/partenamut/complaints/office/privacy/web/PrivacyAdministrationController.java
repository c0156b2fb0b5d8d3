package be.partenamut.complaints.office.privacy.web;

import be.partenamut.complaints.office.privacy.PersonalDataAccess;
import be.partenamut.complaints.office.privacy.PersonalDataAccessLog;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What administrators need to answer for personal data: who saw what, and the master key's rotation. */
@RestController
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class PrivacyAdministrationController {

    private final PersonalDataAccessLog accessLog;
    private final KeyVault vault;

    public PrivacyAdministrationController(PersonalDataAccessLog accessLog, KeyVault vault) {
        this.accessLog = accessLog;
        this.vault = vault;
    }

    /** Every display of personal data to staff, most recent first, by complaint and/or by staff account. */
    @GetMapping("/api/v1/personal-data-access")
    public List<PersonalDataAccess> accesses(@RequestParam(required = false) UUID complaintId,
                                             @RequestParam(required = false) String accessedBy,
                                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return accessLog.find(complaintId, accessedBy, limit);
    }

    /**
     * After a new master key is configured (the old one kept in previous-master-keys), re-wraps every
     * key under it; then the old master key can be removed from the configuration.
     */
    @PostMapping("/api/v1/key-vault/rewrap")
    public Map<String, Integer> rewrap() {
        return Map.of("rewrapped", vault.rewrapUnderCurrentMaster());
    }
}
