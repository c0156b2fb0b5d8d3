package be.partenamut.complaints.intake.config;

import be.partenamut.complaints.intake.form.web.FormLocaleResolver;
import be.partenamut.complaints.intake.problem.IntakeProblems;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import be.partenamut.complaints.intake.limit.web.BodySizeLimitFilter;
import be.partenamut.complaints.intake.limit.web.ClientAddresses;
import be.partenamut.complaints.intake.limit.web.RateLimitFilter;
import be.partenamut.complaints.intake.limit.RateLimitProperties;
import be.partenamut.complaints.intake.limit.RateLimiter;
import be.partenamut.complaints.intake.limit.web.RefusalPages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The web's guards, ahead of security and of anything that reads a body: the rate limit per client,
 * then the body size limit. The correlation filter (service-support) comes first of all, so their
 * refusals carry a correlation id.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Named so that Spring MVC uses it for every page. */
    @Bean
    LocaleResolver localeResolver() {
        return new FormLocaleResolver();
    }

    @Bean
    RefusalPages refusalPages(ObjectMapper objectMapper, MessageSource messageSource, LocaleResolver localeResolver) {
        return new RefusalPages(objectMapper, messageSource, localeResolver);
    }

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties) {
        return new RateLimiter(properties.capacity(), properties.refillPerMinute(), properties.maxClients(),
                System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
                                                            RefusalPages pages, SubmissionMetrics metrics) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter,
                new ClientAddresses(properties.trustedProxies()), properties.paths(), properties.exemptClients(), pages,
                metrics));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setEnabled(properties.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${complaints.intake.max-body-size:64KB}") DataSize maxBodySize, IntakeProblems problems,
            RefusalPages pages, SubmissionMetrics metrics) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize, problems, pages, metrics));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
