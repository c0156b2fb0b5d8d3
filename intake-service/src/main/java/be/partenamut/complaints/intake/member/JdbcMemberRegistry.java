package be.partenamut.complaints.intake.member;

import be.partenamut.complaints.contracts.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The member registry on intake's own database (schema {@code member_registry}), a stand-in for the
 * insurer's member system: number, language and postal city only. The local stack seeds it with demo
 * members ({@code db/demo}); a deployment plugs in the real member system behind {@link MemberRegistry}.
 */
@Repository
public class JdbcMemberRegistry implements MemberRegistry {

    private final JdbcClient jdbc;

    public JdbcMemberRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> find(String memberNumber) {
        if (memberNumber == null) {
            return Optional.empty();
        }
        return jdbc.sql("select member_number, language, postal_city from member_registry.member where member_number = :number")
                .param("number", memberNumber)
                .query((row, i) -> new Member(row.getString("member_number"), Language.fromCode(row.getString("language")),
                        row.getString("postal_city")))
                .optional();
    }
}
