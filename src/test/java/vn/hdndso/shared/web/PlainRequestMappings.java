package vn.hdndso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's own handler mapping holding the same mappings as the application's indexed one:
 * the reference the index is compared with, in behaviour and in time.
 */
final class PlainRequestMappings {

    private PlainRequestMappings() {}

    static RequestMappingHandlerMapping copyOf(RequestMappingHandlerMapping product, ApplicationContext context) {
        var plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        product.getHandlerMethods().forEach((info, handler) -> {
            Object bean = handler.getBean() instanceof String name ? context.getBean(name) : handler.getBean();
            plain.registerMapping(info, bean, handler.getMethod());
        });
        return plain;
    }

    /** A request as the dispatcher servlet hands it to the mappings (its path parsed). */
    static MockHttpServletRequest request(String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"DELETE".equals(method)) {
            request.setContentType("application/json");
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    /** The method that answers, or what was thrown instead ("404" for no handler). */
    static String outcome(RequestMappingHandlerMapping mappings, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mappings.getHandler(request);
            if (chain == null) {
                return "404";
            }
            return chain.getHandler() instanceof HandlerMethod method
                    ? method.getMethod().toGenericString()
                    : chain.getHandler().toString();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}
