package be.partenamut.complaints.personaldata.vault;

import be.partenamut.complaints.personaldata.crypto.Aead;
import be.partenamut.complaints.personaldata.crypto.MasterKey;
import be.partenamut.complaints.personaldata.crypto.MasterKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds the keys behind every piece of personal data: master key → member key → complaint key.
 * Nothing is cached across calls on purpose: once a key is destroyed, no service can open the data
 * it protected, from the next call on.
 */
public class KeyVault {

    private static final String LOOKUP_SECRET = "member-lookup";
    private static final String SEARCH_SECRET = "staff-search";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private volatile SecretKey lookupSecret;
    private volatile SecretKey searchSecret;

    public KeyVault(JdbcClient jdbc, TransactionTemplate transactions, MasterKeys masterKeys, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** Whether the vault's database answers. */
    public boolean isReachable() {
        try {
            return jdbc.sql("select 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The member's live data subject, created with a new key on the member's first complaint (or first after an erasure). */
    public UUID subjectFor(String memberNumber) {
        String lookup = lookup(memberNumber);
        Optional<UUID> live = liveSubject(lookup);
        if (live.isPresent()) {
            return live.get();
        }
        UUID subjectId = UUID.randomUUID();
        MasterKey master = masterKeys.current();
        byte[] wrapped = Aead.seal(master.key(), Aead.newKey().getEncoded(), subjectContext(subjectId));
        jdbc.sql("""
                        insert into data_subject (subject_id, lookup, wrapped_key, master_key_id, created_at)
                        values (:subjectId, :lookup, :wrapped, :masterKeyId, :now)
                        on conflict (lookup) where erased_at is null do nothing""")
                .param("subjectId", subjectId).param("lookup", lookup).param("wrapped", wrapped)
                .param("masterKeyId", master.id()).param("now", Timestamp.from(clock.instant()))
                .update();
        // A concurrent first complaint of the same member may have won: its subject is the one.
        return liveSubject(lookup).orElseThrow();
    }

    /** The member's most recent data subject, live or erased. */
    public Optional<DataSubject> findSubject(String memberNumber) {
        return jdbc.sql("""
                        select subject_id, created_at, erased_at, erased_by from data_subject
                        where lookup = :lookup order by (erased_at is null) desc, created_at desc limit 1""")
                .param("lookup", lookup(memberNumber))
                .query((row, i) -> subject(row))
                .optional();
    }

    /** Every data subject the member ever was (one per period between erasures), oldest first. */
    public List<DataSubject> subjectsOf(String memberNumber) {
        return jdbc.sql("""
                        select subject_id, created_at, erased_at, erased_by from data_subject
                        where lookup = :lookup order by created_at""")
                .param("lookup", lookup(memberNumber))
                .query((row, i) -> subject(row))
                .list();
    }

    /** Creates the complaint's own key under its member's key; a repeat does nothing. */
    public void createComplaintKey(UUID complaintId, UUID subjectId) {
        SecretKey memberKey = memberKey(subjectId)
                .orElseThrow(() -> new IllegalStateException("data subject " + subjectId + " has no live key"));
        byte[] wrapped = Aead.seal(memberKey, Aead.newKey().getEncoded(), complaintContext(complaintId));
        jdbc.sql("""
                        insert into complaint_key (complaint_id, subject_id, wrapped_key, created_at)
                        values (:complaintId, :subjectId, :wrapped, :now) on conflict (complaint_id) do nothing""")
                .param("complaintId", complaintId).param("subjectId", subjectId).param("wrapped", wrapped)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    public ComplaintKey complaintKey(UUID complaintId) {
        return jdbc.sql("""
                        select c.subject_id, c.wrapped_key, c.expired_at, s.wrapped_key as member_key,
                               s.master_key_id, s.erased_at
                        from complaint_key c join data_subject s on s.subject_id = c.subject_id
                        where c.complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .query((row, i) -> complaintKey(complaintId, row))
                .optional()
                .orElseGet(() -> new ComplaintKey(complaintId, null, KeyStatus.UNKNOWN, null, null));
    }

    /** The complaints whose keys sit under this subject, in the order they were created. */
    public List<UUID> complaintsOf(UUID subjectId) {
        return jdbc.sql("select complaint_id from complaint_key where subject_id = :subjectId order by created_at")
                .param("subjectId", subjectId)
                .query(UUID.class)
                .list();
    }

    /**
     * Destroys the member's key and every complaint key under it. Idempotent: an erased subject stays
     * as it was, with the first erasure's time and author.
     */
    public DataSubject erase(UUID subjectId, String erasedBy) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            update data_subject set wrapped_key = null, master_key_id = null,
                                   erased_at = :now, erased_by = :erasedBy
                            where subject_id = :subjectId and erased_at is null""")
                    .param("now", Timestamp.from(clock.instant())).param("erasedBy", erasedBy)
                    .param("subjectId", subjectId)
                    .update();
            jdbc.sql("update complaint_key set wrapped_key = null where subject_id = :subjectId")
                    .param("subjectId", subjectId)
                    .update();
        });
        return jdbc.sql("select subject_id, created_at, erased_at, erased_by from data_subject where subject_id = :id")
                .param("id", subjectId)
                .query((row, i) -> subject(row))
                .single();
    }

    /**
     * Destroys one complaint's key when its retention period ended.
     *
     * @return whether it was destroyed now (false when it was already gone)
     */
    public boolean expire(UUID complaintId) {
        return jdbc.sql("""
                        update complaint_key set wrapped_key = null, expired_at = :now
                        where complaint_id = :complaintId and expired_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("complaintId", complaintId)
                .update() == 1;
    }

    /**
     * Re-wraps every key still wrapped by a previous master key under the current one; afterwards the
     * previous master keys can be removed from the configuration.
     *
     * @return how many keys were re-wrapped
     */
    public int rewrapUnderCurrentMaster() {
        MasterKey current = masterKeys.current();
        Integer rewrapped = transactions.execute(status -> {
            int count = 0;
            List<Wrapped> stale = jdbc.sql("""
                            select subject_id as id, wrapped_key as wrapped, master_key_id from data_subject
                            where wrapped_key is not null and master_key_id <> :current for update""")
                    .param("current", current.id())
                    .query((row, i) -> new Wrapped(row.getObject("id", UUID.class).toString(),
                            row.getBytes("wrapped"), row.getString("master_key_id")))
                    .list();
            for (Wrapped key : stale) {
                UUID subjectId = UUID.fromString(key.id());
                byte[] raw = Aead.open(masterKeys.byId(key.masterKeyId()).key(), key.wrapped(), subjectContext(subjectId));
                jdbc.sql("update data_subject set wrapped_key = :wrapped, master_key_id = :master where subject_id = :id")
                        .param("wrapped", Aead.seal(current.key(), raw, subjectContext(subjectId)))
                        .param("master", current.id()).param("id", subjectId)
                        .update();
                count++;
            }
            List<Wrapped> secrets = jdbc.sql("""
                            select name as id, wrapped_value as wrapped, master_key_id from vault_secret
                            where master_key_id <> :current for update""")
                    .param("current", current.id())
                    .query((row, i) -> new Wrapped(row.getString("id"), row.getBytes("wrapped"),
                            row.getString("master_key_id")))
                    .list();
            for (Wrapped secret : secrets) {
                byte[] raw = Aead.open(masterKeys.byId(secret.masterKeyId()).key(), secret.wrapped(),
                        secretContext(secret.id()));
                jdbc.sql("update vault_secret set wrapped_value = :wrapped, master_key_id = :master where name = :name")
                        .param("wrapped", Aead.seal(current.key(), raw, secretContext(secret.id())))
                        .param("master", current.id()).param("name", secret.id())
                        .update();
                count++;
            }
            return count;
        });
        return rewrapped == null ? 0 : rewrapped;
    }

    private Optional<UUID> liveSubject(String lookup) {
        return jdbc.sql("select subject_id from data_subject where lookup = :lookup and erased_at is null")
                .param("lookup", lookup)
                .query(UUID.class)
                .optional();
    }

    private Optional<SecretKey> memberKey(UUID subjectId) {
        return jdbc.sql("select wrapped_key, master_key_id from data_subject where subject_id = :id and wrapped_key is not null")
                .param("id", subjectId)
                .query((row, i) -> unwrapMemberKey(subjectId, row.getBytes("wrapped_key"), row.getString("master_key_id")))
                .optional();
    }

    private ComplaintKey complaintKey(UUID complaintId, ResultSet row) throws SQLException {
        UUID subjectId = row.getObject("subject_id", UUID.class);
        Timestamp erasedAt = row.getTimestamp("erased_at");
        if (erasedAt != null) {
            return new ComplaintKey(complaintId, subjectId, KeyStatus.ERASED, erasedAt.toInstant(), null);
        }
        Timestamp expiredAt = row.getTimestamp("expired_at");
        if (expiredAt != null) {
            return new ComplaintKey(complaintId, subjectId, KeyStatus.EXPIRED, expiredAt.toInstant(), null);
        }
        SecretKey memberKey = unwrapMemberKey(subjectId, row.getBytes("member_key"), row.getString("master_key_id"));
        SecretKey key = Aead.key(Aead.open(memberKey, row.getBytes("wrapped_key"), complaintContext(complaintId)));
        return new ComplaintKey(complaintId, subjectId, KeyStatus.AVAILABLE, null, key);
    }

    private SecretKey unwrapMemberKey(UUID subjectId, byte[] wrapped, String masterKeyId) {
        return Aead.key(Aead.open(masterKeys.byId(masterKeyId).key(), wrapped, subjectContext(subjectId)));
    }

    /** Member numbers are looked up by a keyed hash: the vault never stores them, not even hashed without a key. */
    private String lookup(String memberNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupSecret());
            byte[] digest = mac.doFinal(memberNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * A blind index of {@code normalizedText} for staff search (HMAC-SHA256 under the vault's search
     * secret, hex): equal texts give equal hashes, and no one without the vault can test a guess against
     * it. Its own secret, not the member lookup's: a search column copied out of a read model does not
     * reveal which data subject a member number belongs to.
     */
    public String searchHash(String normalizedText) {
        SecretKey secret = searchSecret;
        if (secret == null) {
            secret = new SecretKeySpec(loadOrCreateSecret(SEARCH_SECRET), "HmacSHA256");
            searchSecret = secret;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(normalizedText.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKey lookupSecret() {
        SecretKey secret = lookupSecret;
        if (secret == null) {
            secret = new SecretKeySpec(loadOrCreateSecret(LOOKUP_SECRET), "HmacSHA256");
            lookupSecret = secret;
        }
        return secret;
    }

    private byte[] loadOrCreateSecret(String name) {
        MasterKey master = masterKeys.current();
        jdbc.sql("""
                        insert into vault_secret (name, wrapped_value, master_key_id) values (:name, :wrapped, :master)
                        on conflict (name) do nothing""")
                .param("name", name)
                .param("wrapped", Aead.seal(master.key(), Aead.newKey().getEncoded(), secretContext(name)))
                .param("master", master.id())
                .update();
        Wrapped stored = jdbc.sql("select name as id, wrapped_value as wrapped, master_key_id from vault_secret where name = :name")
                .param("name", name)
                .query((row, i) -> new Wrapped(row.getString("id"), row.getBytes("wrapped"), row.getString("master_key_id")))
                .single();
        return Aead.open(masterKeys.byId(stored.masterKeyId()).key(), stored.wrapped(), secretContext(name));
    }

    private static DataSubject subject(ResultSet row) throws SQLException {
        Timestamp erasedAt = row.getTimestamp("erased_at");
        return new DataSubject(row.getObject("subject_id", UUID.class), row.getTimestamp("created_at").toInstant(),
                erasedAt == null ? null : erasedAt.toInstant(), row.getString("erased_by"));
    }

    private static String subjectContext(UUID subjectId) {
        return "subject:" + subjectId;
    }

    private static String complaintContext(UUID complaintId) {
        return "complaint:" + complaintId;
    }

    private static String secretContext(String name) {
        return "vault-secret:" + name;
    }

    private record Wrapped(String id, byte[] wrapped, String masterKeyId) {
    }
}
