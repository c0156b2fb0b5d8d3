package be.partenamut.complaints.support.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskingTest {

    @Test
    void masksEmailAddressesNationalRegisterAndMemberNumbersAndAccounts() {
        String masked = PersonalDataMasking.mask("Cannot deserialize \"camille.dubois@example.be\" for 85.07.30-033.28,"
                + " 85073003328, member 100000001, account BE68 5390 0754 7034");

        assertThat(masked).doesNotContain("camille", "example.be", "85.07.30", "85073003328", "100000001", "5390")
                .contains("***@***", "member *********");
    }

    @Test
    void leavesComplaintIdsReferencesAndTimesAlone() {
        String line = "Complaint 3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10 (PL-2026-000123) routed at 2026-11-26T09:15:00Z";

        assertThat(PersonalDataMasking.mask(line)).isEqualTo(line);
    }
}
