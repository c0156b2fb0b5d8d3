package be.partenamut.complaints.office.pages.web;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.office.pages.SignedInStaff;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What layout.html needs on every page, error pages included: who is signed in ({@code signedIn}) and the
 * page's own address ({@code currentPath}), where the language switch comes back to.
 */
@ControllerAdvice(basePackageClasses = PagePaths.class, assignableTypes = BasicErrorController.class)
public class PageModel {

    @ModelAttribute("signedIn")
    public SignedInStaff signedIn() {
        return SignedInStaff.current();
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original != null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            // An error or refusal page: the language switch returns to the queues, not to the failed request.
            return PagePaths.HOME;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
