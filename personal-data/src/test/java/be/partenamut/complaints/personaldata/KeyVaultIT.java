package be.partenamut.complaints.personaldata;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.personaldata.crypto.MasterKey;
import be.partenamut.complaints.personaldata.crypto.MasterKeys;
import be.partenamut.complaints.personaldata.vault.DataSubject;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault on a real PostgreSQL: keys per member and per complaint, erasure, expiry and master-key rotation. */
class KeyVaultIT {

    private static HikariDataSource dataSource;
    // One vault, one master key: like the services, every test uses the same.
    private static final String masterKey = MasterKey.generate("k1");

    @BeforeAll
    static void vaultDatabase() {
        DatabaseServer postgres = SharedInfrastructure.postgres();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl("keyvault"));
        dataSource.setUsername(postgres.user());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/keyvault")
                .table("flyway_keyvault_history").load().migrate();
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private PersonalData personalData(String current, String... previous) {
        return new PersonalData(new KeyVault(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                MasterKeys.parse(current, List.of(previous)), Clock.systemUTC()));
    }

    private static String member() {
        return String.valueOf(100_000_000L + (long) (Math.random() * 899_999_999L));
    }

    @Test
    void sealsAComplaintsFieldsSoOnlyItsKeyOpensThem() {
        PersonalData data = personalData(masterKey);
        UUID complaintId = UUID.randomUUID();

        SealedText sealed = data.newComplaint(complaintId, member()).seal(PersonalFields.LAST_NAME, "Dubois");

        assertThat(sealed.value()).startsWith("pd1.").doesNotContain("Dubois");
        assertThat(data.openerFor(complaintId).text(PersonalFields.LAST_NAME, sealed)).isEqualTo("Dubois");
        assertThat(data.openerFor(UUID.randomUUID()).open(PersonalFields.LAST_NAME, sealed).status())
                .isEqualTo(Opened.Readability.UNREADABLE);
    }

    @Test
    void keepsOneKeyPerMemberAcrossTheirComplaints() {
        PersonalData data = personalData(masterKey);
        String member = member();

        UUID first = data.newComplaint(UUID.randomUUID(), member).subjectId();
        UUID second = data.newComplaint(UUID.randomUUID(), member).subjectId();

        assertThat(second).isEqualTo(first);
        assertThat(data.vault().findSubject(member)).map(DataSubject::subjectId).contains(first);
        assertThat(data.vault().findSubject(member())).isEmpty();
    }

    @Test
    void erasingTheMemberMakesEveryComplaintUnreadableAndIsIdempotent() {
        PersonalData data = personalData(masterKey);
        String member = member();
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        SealedText name = data.newComplaint(one, member).seal(PersonalFields.LAST_NAME, "Dubois");
        SealedText text = data.newComplaint(two, member).seal(PersonalFields.DESCRIPTION, "Mon remboursement...");
        UUID subject = data.vault().findSubject(member).orElseThrow().subjectId();

        DataSubject erased = data.vault().erase(subject, "admin");
        DataSubject again = data.vault().erase(subject, "someone-else");

        assertThat(erased.erasedAt()).isNotNull();
        assertThat(again).isEqualTo(erased);
        assertThat(data.openerFor(one).open(PersonalFields.LAST_NAME, name).status()).isEqualTo(Opened.Readability.ERASED);
        assertThat(data.openerFor(two).open(PersonalFields.DESCRIPTION, text).status()).isEqualTo(Opened.Readability.ERASED);
        assertThatThrownBy(() -> data.sealerFor(one)).isInstanceOf(PersonalDataUnavailableException.class);
        // A later complaint of the same member starts afresh under a new key.
        assertThat(data.newComplaint(UUID.randomUUID(), member).subjectId()).isNotEqualTo(subject);
    }

    @Test
    void expiringOneComplaintLeavesTheMembersOtherComplaintsReadable() {
        PersonalData data = personalData(masterKey);
        String member = member();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        SealedText oldText = data.newComplaint(old, member).seal(PersonalFields.DESCRIPTION, "ancien");
        SealedText recentText = data.newComplaint(recent, member).seal(PersonalFields.DESCRIPTION, "récent");

        assertThat(data.vault().expire(old)).isTrue();
        assertThat(data.vault().expire(old)).isFalse();

        assertThat(data.openerFor(old).open(PersonalFields.DESCRIPTION, oldText).status())
                .isEqualTo(Opened.Readability.EXPIRED);
        assertThat(data.openerFor(recent).text(PersonalFields.DESCRIPTION, recentText)).isEqualTo("récent");
    }

    @Test
    void reportsADamagedValueForThatFieldOnly() {
        PersonalData data = personalData(masterKey);
        UUID complaintId = UUID.randomUUID();
        PersonalData.Sealer sealer = data.newComplaint(complaintId, member());
        SealedText name = sealer.seal(PersonalFields.LAST_NAME, "Dubois");
        String value = sealer.seal(PersonalFields.DESCRIPTION, "texte").value();
        SealedText damaged = SealedText.of(value.substring(0, 10) + (value.charAt(10) == 'A' ? 'B' : 'A') + value.substring(11));

        PersonalData.Opener opener = data.openerFor(complaintId);

        assertThat(opener.open(PersonalFields.DESCRIPTION, damaged).status()).isEqualTo(Opened.Readability.UNREADABLE);
        assertThat(opener.open(PersonalFields.DESCRIPTION, damaged).problem()).contains("integrity check failed");
        assertThat(opener.open(PersonalFields.DESCRIPTION, SealedText.of("plain text")).problem())
                .isEqualTo("not a sealed value");
        assertThat(opener.text(PersonalFields.LAST_NAME, name)).isEqualTo("Dubois");
    }

    @Test
    void keepsDataReadableThroughAMasterKeyRotation() {
        String member = member();
        UUID complaintId = UUID.randomUUID();
        SealedText name = personalData(masterKey).newComplaint(complaintId, member).seal(PersonalFields.LAST_NAME, "Dubois");
        String newMaster = MasterKey.generate("k2");

        PersonalData duringRotation = personalData(newMaster, masterKey);
        assertThat(duringRotation.openerFor(complaintId).text(PersonalFields.LAST_NAME, name)).isEqualTo("Dubois");
        try {
            assertThat(duringRotation.vault().rewrapUnderCurrentMaster()).isPositive();

            PersonalData afterRotation = personalData(newMaster);
            assertThat(afterRotation.openerFor(complaintId).text(PersonalFields.LAST_NAME, name)).isEqualTo("Dubois");
            assertThat(afterRotation.vault().findSubject(member)).isPresent();
            assertThat(afterRotation.openerFor(complaintId).keyStatus()).isEqualTo(KeyStatus.AVAILABLE);
        } finally {
            // Rotate back, so the other tests of this vault keep their master key.
            personalData(masterKey, newMaster).vault().rewrapUnderCurrentMaster();
        }
    }

    @Test
    void hashesNamesAndMemberNumbersForSearchAlikeWhateverTheirWritingAndOnlyWithTheVaultsSecret() {
        PersonalData vault = personalData(masterKey);

        assertThat(vault.nameSearchHash("Van den Bossche")).isEqualTo(vault.nameSearchHash(" VAN-DEN  bossche "))
                .hasSize(64).isNotEqualTo(vault.nameSearchHash("Van den Bosch"));
        assertThat(vault.nameSearchHash("Hélène D'Hondt")).isEqualTo(vault.nameSearchHash("helene dhondt"));
        assertThat(vault.memberNumberSearchHash(" ab123 ")).isEqualTo(vault.memberNumberSearchHash("AB123"));
        assertThat(vault.memberNumberSearchHash("123")).isNotEqualTo(vault.nameSearchHash("123"));
        assertThat(vault.nameSearchHash(" - ")).isNull();
        // Not a plain hash anyone could recompute from guesses.
        assertThat(vault.nameSearchHash("peeters")).isNotEqualTo(sha256Hex("name:peeters"));
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
