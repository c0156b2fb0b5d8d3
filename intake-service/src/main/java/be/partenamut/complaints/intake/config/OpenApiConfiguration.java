package be.partenamut.complaints.intake.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake API's description at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI().info(new Info()
                .title("Partenamut complaints: intake API")
                .version("v1")
                .description("""
                        Where channel systems post members' complaints: the agency counter, the Service Center by phone, \
                        the public web form, email to the complaints service, letters registered by the mail room. The \
                        same submissions may be posted as messages on Kafka topic complaints.channel-submissions.v1 \
                        (this body plus idempotencyKey and correlationId); their outcome is published on \
                        complaints.channel-submissions.outcomes.v1, keyed by the submission's key.

                        Errors are application/problem+json (RFC 9457) with a stable type \
                        (https://complaints.partenamut.be/problems/<slug>); the policy's refusals (422) carry a detail \
                        in the member's language (fr, nl, de)."""));
    }
}
