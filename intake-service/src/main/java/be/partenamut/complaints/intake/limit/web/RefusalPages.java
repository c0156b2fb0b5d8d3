package be.partenamut.complaints.intake.limit.web;

import be.partenamut.complaints.support.correlation.Correlation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Answers a request refused before it reaches a controller (too many requests, a body too large, an
 * expired form): problem+json for the API, a short page in the member's language for the web form.
 */
public class RefusalPages {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final LocaleResolver locales;

    public RefusalPages(ObjectMapper objectMapper, MessageSource messages, LocaleResolver locales) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether the request comes from the web form (a browser) rather than a channel system. */
    public static boolean fromTheForm(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || "/".equals(path);
    }

    public void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** A page saying {@code page.<name>.title} and {@code page.<name>.detail}, with a way back to the form. */
    public void page(HttpServletRequest request, HttpServletResponse response, int status, String name) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("page." + name + ".title", null, locale));
        String detail = HtmlUtils.htmlEscape(messages.getMessage("page." + name + ".detail", null, locale));
        String back = HtmlUtils.htmlEscape(messages.getMessage("page.back", null, locale));
        String language = HtmlUtils.htmlEscape(locale.getLanguage());
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><title>%2$s</title>
                <link rel="stylesheet" href="/css/intake.css"></head>
                <body><main><h1>%2$s</h1><p role="alert">%3$s</p><p><a href="/?lang=%1$s">%4$s</a></p></main></body></html>
                """.formatted(language, title, detail, back)).getBytes(StandardCharsets.UTF_8));
    }
}
