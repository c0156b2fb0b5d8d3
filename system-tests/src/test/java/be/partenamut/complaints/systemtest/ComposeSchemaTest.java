package be.partenamut.complaints.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml against the Compose Specification's own JSON schema (a checked-in copy, see
 * compose-spec/README.md), so a misspelt key or a wrong value shows here rather than on the first
 * {@code docker compose up} of someone who has a Docker engine.
 */
class ComposeSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema COMPOSE_SPECIFICATION = composeSpecification();

    @Test
    void dockerComposeFollowsTheComposeSpecification() {
        assertThat(violations(composeFile()))
                .as("docker-compose.yml breaks the Compose Specification: fix each key or value named")
                .isEmpty();
    }

    @Test
    void aMisspeltServiceKeyIsAViolation() {
        ObjectNode compose = composeFile();
        ((ObjectNode) compose.at("/services/intake-service")).putArray("portz").add("8081:8081");

        assertThat(violations(compose))
                .as("a service key the specification does not define must be reported by name")
                .anySatisfy(violation -> assertThat(violation).contains("intake-service").contains("portz"));
    }

    @Test
    void anUnknownDependencyConditionIsAViolation() {
        ObjectNode compose = composeFile();
        ((ObjectNode) compose.at("/services/intake-service/depends_on/postgres")).put("condition", "service_ready");

        assertThat(violations(compose))
                .as("a depends_on condition outside the specification's list must be reported")
                .anySatisfy(violation -> assertThat(violation).contains("intake-service").contains("condition"));
    }

    /** The file as Compose sees it once anchors and merge keys are resolved, as JSON for the validator. */
    private static ObjectNode composeFile() {
        return JSON.valueToTree(ComposeFile.read().document());
    }

    private static List<String> violations(JsonNode compose) {
        return COMPOSE_SPECIFICATION.validate(compose).stream().map(ValidationMessage::getMessage).toList();
    }

    /**
     * Loaded by its classpath location rather than from a stream: the schema's relative {@code $id}
     * ("compose_spec.json") needs a base to resolve against. Nothing is fetched from the network: the
     * schema refers only to its own definitions. It marks a few keys {@code deprecated}, an annotation
     * draft-07 does not know: declared as one, it validates nothing and is not warned about.
     */
    private static JsonSchema composeSpecification() {
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7))
                .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
    }
}
