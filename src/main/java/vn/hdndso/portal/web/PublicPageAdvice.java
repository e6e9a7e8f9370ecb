package vn.hdndso.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.hdndso.shared.InstallationProperties;

/**
 * The page's absolute address for the layout's canonical link and Open Graph tags (templates
 * cannot read the request). The query string is left out: it only filters or pages a list.
 */
@ControllerAdvice(annotations = Controller.class)
class PublicPageAdvice {

    private final String base;

    PublicPageAdvice(InstallationProperties installation) {
        this.base = Links.base(installation);
    }

    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        return base + request.getRequestURI().substring(request.getContextPath().length());
    }
}
