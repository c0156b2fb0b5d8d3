package be.partenamut.complaints.support.web;

import be.partenamut.complaints.support.problem.FieldByFieldReading;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.UnreadableFieldsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Request bodies are read strictly: a field the API does not know is a 400 naming it (a typo in a
 * channel system must not silently drop data), and one 400 names every field at fault. Kafka
 * messages keep the lenient shared mapper, so producers may add fields before consumers know them.
 */
public class StrictRequestBodies implements WebMvcConfigurer {

    private final ObjectMapper strict;
    private final Validator validator;

    public StrictRequestBodies(ObjectMapper objectMapper, Validator validator) {
        this.strict = objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter
                ? new FieldByFieldJsonConverter(strict, validator) : converter);
    }

    /** Reads like Spring's JSON converter; when that fails, examines the body field by field to name every fault. */
    static final class FieldByFieldJsonConverter extends MappingJackson2HttpMessageConverter {

        private final Validator validator;

        FieldByFieldJsonConverter(ObjectMapper mapper, Validator validator) {
            super(mapper);
            this.validator = validator;
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
            byte[] body = input.getBody().readAllBytes();
            HttpInputMessage replay = new Replayed(body, input.getHeaders());
            try {
                return super.read(type, contextClass, replay);
            } catch (HttpMessageNotReadableException unreadable) {
                List<FieldProblem> problems =
                        FieldByFieldReading.examine(getObjectMapper(), validator, body, getJavaType(type, contextClass));
                if (problems.isEmpty()) {
                    throw unreadable;
                }
                throw new HttpMessageNotReadableException(unreadable.getMessage(),
                        new UnreadableFieldsException(problems), replay);
            }
        }
    }

    private record Replayed(byte[] body, HttpHeaders headers) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
