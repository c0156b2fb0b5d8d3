package be.partenamut.complaints.office.pages.language.web;

import be.partenamut.complaints.office.pages.language.OfficeLanguage;
import be.partenamut.complaints.office.pages.language.StaffPreferences;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch of every page (layout.html): remembered for the member of staff, back to the same page. */
@Controller
public class LanguageController {

    private final StaffPreferences preferences;
    private final LocaleResolver locales;

    public LanguageController(StaffPreferences preferences, LocaleResolver locales) {
        this.preferences = preferences;
        this.locales = locales;
    }

    @PostMapping("/preferences/language")
    public String choose(@RequestParam String language, @RequestParam(required = false) String returnTo,
                         StaffMember caller, HttpServletRequest request, HttpServletResponse response) {
        OfficeLanguage chosen = OfficeLanguage.ofCode(language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "language: fr or nl"));
        preferences.rememberLanguage(caller.username(), chosen);
        locales.setLocale(request, response, chosen.locale());
        return "redirect:" + PagePaths.localOrHome(returnTo);
    }
}
