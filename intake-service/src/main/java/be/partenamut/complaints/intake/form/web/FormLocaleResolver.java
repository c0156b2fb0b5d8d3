package be.partenamut.complaints.intake.form.web;

import be.partenamut.complaints.contracts.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the {@code lang} query parameter (fr, nl, de) when given, otherwise
 * the browser's first of French, Dutch or German ({@code Accept-Language}), otherwise French.
 */
public class FormLocaleResolver implements LocaleResolver {

    public static final String PARAMETER = "lang";
    private static final List<Locale> SUPPORTED = Arrays.stream(Language.values()).map(Language::locale).toList();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    public static Language languageOf(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        for (Language language : Language.values()) {
            if (language.code().equalsIgnoreCase(asked == null ? "" : asked.strip())) {
                return language;
            }
        }
        try {
            for (Locale preferred : Collections.list(request.getLocales())) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(preferred.getLanguage())) {
                        return Language.fromCode(supported.getLanguage());
                    }
                }
            }
        } catch (RuntimeException malformedHeader) {
            // An unreadable Accept-Language is no reason to fail: French, as for none.
        }
        return Language.FR;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language is chosen with the lang parameter");
    }
}
