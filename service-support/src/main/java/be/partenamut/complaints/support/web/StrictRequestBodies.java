package be.partenamut.complaints.support.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Request bodies are read strictly: a field the API does not know is a 400 naming it (a typo in a
 * channel system must not silently drop data). Kafka messages keep the lenient shared mapper, so
 * that producers may add fields before consumers know them.
 */
public class StrictRequestBodies implements WebMvcConfigurer {

    private final ObjectMapper strict;

    public StrictRequestBodies(ObjectMapper objectMapper) {
        this.strict = objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict));
    }
}
