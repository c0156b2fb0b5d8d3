package be.partenamut.complaints.office.pages.language;

import be.partenamut.complaints.support.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Collections;
import java.util.Locale;

/**
 * The language of a page: the one the signed-in member of staff chose ({@link StaffPreferences}, read once per
 * session and kept in it), else the first of French or Dutch the browser asks for (Accept-Language), else French.
 * Requests of the API (bearer tokens, no session) never touch the preferences.
 */
public class StaffLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = StaffLocaleResolver.class.getName() + ".language";

    private final StaffPreferences preferences;

    public StaffLocaleResolver(StaffPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
            if (chosen instanceof OfficeLanguage language) {
                return language.locale();
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn) {
                OfficeLanguage language = preferences.language(signedIn.staffMember().username())
                        .orElseGet(() -> fromBrowser(request));
                session.setAttribute(SESSION_ATTRIBUTE, language);
                return language.locale();
            }
        }
        return fromBrowser(request).locale();
    }

    /** For this session only; {@code LanguageController} also remembers the choice for the next sign-in. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        OfficeLanguage language = OfficeLanguage.ofCode(locale == null ? null : locale.getLanguage())
                .orElse(OfficeLanguage.DEFAULT);
        request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
    }

    private static OfficeLanguage fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                var language = OfficeLanguage.ofCode(asked.getLanguage());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return OfficeLanguage.DEFAULT;
    }
}
