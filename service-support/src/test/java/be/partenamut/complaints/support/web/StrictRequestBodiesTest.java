package be.partenamut.complaints.support.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A channel system sees every fault of its request in one answer, as problem+json. */
@SpringBootTest(classes = StrictRequestBodiesTest.EchoApplication.class,
        properties = "complaints.security.public-paths=POST /echo")
@AutoConfigureMockMvc
class StrictRequestBodiesTest {

    @Autowired
    MockMvc http;

    @Test
    void namesEveryFieldAtFaultInOneAnswer() throws Exception {
        http.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "FAX", "language": "en", "colour": "red", "subject": ""}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(containsString("/malformed-request")))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("channel", "language", "colour", "subject")))
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message")
                        .value(containsInAnyOrder(containsString("not one of WEB_FORM"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'language')].message")
                        .value(containsInAnyOrder(containsString("expected one of fr, nl, de"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'colour')].message")
                        .value(containsInAnyOrder("is not a known field")));
    }

    @Test
    void explainsABodyThatIsNotJsonAtAll() throws Exception {
        http.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("{\"channel\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")));
    }

    @Test
    void validatesAReadableBodyAsUsual() throws Exception {
        http.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "PHONE", "language": "nl", "subject": "%s"}""".formatted("x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("/validation-failed")))
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
    }

    @Test
    void acceptsAValidBody() throws Exception {
        http.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "PHONE", "language": "nl", "subject": "Terugbetaling"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("nl"));
    }

    record Request(@NotNull Channel channel, @NotNull Language language, @NotBlank @Size(max = 200) String subject) {
    }

    @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
    @RestController
    static class EchoApplication {

        @PostMapping("/echo")
        Request echo(@Valid @RequestBody Request request) {
            return request;
        }
    }
}
