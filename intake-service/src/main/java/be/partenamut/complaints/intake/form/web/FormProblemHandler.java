package be.partenamut.complaints.intake.form.web;

import be.partenamut.complaints.intake.limit.web.RefusalPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/** A form request the firewall rejects on reading (a parameter it will not hand over): a 400 page, not an error. */
@ControllerAdvice(assignableTypes = ComplaintFormController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormProblemHandler {

    private final RefusalPages pages;

    FormProblemHandler(RefusalPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(RequestRejectedException.class)
    void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.page(request, response, HttpServletResponse.SC_BAD_REQUEST, "rejected");
    }
}
