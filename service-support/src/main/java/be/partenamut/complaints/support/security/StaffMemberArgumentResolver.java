package be.partenamut.complaints.support.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its caller: a parameter {@code StaffMember caller}. On a path open to anonymous
 * callers the request is refused with 401 rather than served with nobody.
 */
public final class StaffMemberArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return StaffMember.class.equals(parameter.getParameterType());
    }

    @Override
    public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binders) {
        return StaffMember.from(SecurityContextHolder.getContext().getAuthentication());
    }
}
