package vn.hdndso.shared.tenancy;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import vn.hdndso.shared.CouncilId;

/**
 * Runs every {@link TenantAwareListener} method in the staff scope of its event's council. The
 * advice sits inside the {@code @Async} one (Spring puts asynchronous execution first), so the
 * scope is set on the listener's own thread.
 */
@Configuration(proxyBeanMethods = false)
class TenantAwareListeners {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantAwareListenerAdvisor() {
        return new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, TenantAwareListener.class, true), new CouncilScope());
    }

    /** Sets the staff scope of the council named by the listener's only argument, the event. */
    static final class CouncilScope implements MethodInterceptor {

        private static final ClassValue<Method> COUNCIL = new ClassValue<>() {
            @Override
            protected Method computeValue(Class<?> type) {
                try {
                    Method accessor = type.getMethod("council");
                    if (accessor.getReturnType() != CouncilId.class) {
                        throw new IllegalStateException(type.getName() + ".council() is no CouncilId");
                    }
                    return accessor;
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(
                            "a @TenantAwareListener's event names its council: " + type.getName() + " has no council()",
                            e);
                }
            }
        };

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            Object[] arguments = invocation.getArguments();
            if (arguments.length != 1 || arguments[0] == null) {
                throw new IllegalStateException("a @TenantAwareListener takes one event: " + invocation.getMethod());
            }
            CouncilId council = councilOf(arguments[0]);
            var outcome = new Object() {
                @Nullable
                Object result;

                @Nullable
                Throwable failure;
            };
            Tenancy.run(TenantScope.staffOf(council), () -> {
                try {
                    outcome.result = invocation.proceed();
                } catch (Throwable t) {
                    outcome.failure = t;
                }
            });
            if (outcome.failure != null) {
                throw outcome.failure;
            }
            return outcome.result;
        }

        static CouncilId councilOf(Object event) {
            try {
                return (CouncilId) java.util.Objects.requireNonNull(
                        COUNCIL.get(event.getClass()).invoke(event), "the event's council");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the council of " + event, e);
            }
        }
    }
}
