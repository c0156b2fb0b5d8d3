package be.partenamut.complaints.office.pages.web;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.office.pages.SignedInStaff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import jakarta.servlet.http.HttpServletRequest;

/** The office's front door, and the pages Spring Security sends a refused or failed request to. */
@Controller
public class HomeController {

    /** Staff land on their queue; an analyst, whose pages are the figures, there. */
    @GetMapping("/")
    public String home(Model model) {
        SignedInStaff signedIn = (SignedInStaff) model.getAttribute("signedIn");
        if (signedIn != null && !signedIn.worksQueues() && signedIn.viewsFigures()) {
            return "redirect:/figures";
        }
        return "redirect:" + PagePaths.HOME;
    }

    /** A request the pages' security refused: a form sent without its CSRF token (expired session), say. */
    @RequestMapping(PagePaths.ACCESS_REFUSED)
    public ModelAndView accessRefused(HttpServletRequest request) {
        boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        return PageErrors.page(HttpStatus.FORBIDDEN, csrf ? "error.csrf" : "error.forbidden");
    }

    @GetMapping(PagePaths.SIGN_IN_FAILED)
    public ModelAndView signInFailed() {
        return PageErrors.page(HttpStatus.UNAUTHORIZED, "error.sign-in-failed");
    }
}
