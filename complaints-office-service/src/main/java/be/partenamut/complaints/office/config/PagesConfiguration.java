package be.partenamut.complaints.office.config;

import be.partenamut.complaints.office.pages.web.PageErrors;

import be.partenamut.complaints.office.pages.language.StaffLocaleResolver;
import be.partenamut.complaints.office.pages.language.StaffPreferences;
import be.partenamut.complaints.support.correlation.Correlation;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The pages' language (the member of staff's choice, kept in the office's database) and their error pages. */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration {

    /** What reaches Spring Boot's /error from a page (an unknown address, a failure outside a controller). */
    @Bean
    ErrorViewResolver pageErrorViews() {
        return (request, status, model) -> {
            Map<String, Object> page = new HashMap<>(model);
            page.put("messageKey", PageErrors.keyFor(status));
            page.put("correlationId", String.valueOf(Correlation.current()));
            return new ModelAndView(PageErrors.VIEW, page, status);
        };
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(StaffPreferences preferences) {
        return new StaffLocaleResolver(preferences);
    }
}
