package vn.hdndso.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final CouncilScopeInterceptor councilScope;

    IdentityWebConfiguration(CouncilScopeInterceptor councilScope) {
        this.councilScope = councilScope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(councilScope).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
    }
}
