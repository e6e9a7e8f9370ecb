package vn.hdndso.councils.web;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a council's organisation. The rules are the identity module's
 * {@code @councilAccess} checks, named here once: endpoints state them in {@code @PreAuthorize},
 * and pages ask the same question to decide which forms to show and whether to show contact
 * details. Evaluated by name, so this module does not depend on identity's classes.
 */
@Component
class StaffAccess {

    /** Any account of the council (the interceptor already keeps everyone else out of /app). */
    static final String MEMBER = "@councilAccess.member()";
    /** Council office work: delegates, bodies, seats, executive units; contact details. */
    static final String MANAGE = "@councilAccess.has('COUNCIL_ADMIN', 'CLERK')";
    /** The standing committee's own decisions: terms. */
    static final String ADMINISTER = "@councilAccess.has('COUNCIL_ADMIN')";

    private final Expression manage;
    private final Expression administer;
    private final StandardEvaluationContext context;

    StaffAccess(BeanFactory beans) {
        var parser = new SpelExpressionParser();
        this.manage = parser.parseExpression(MANAGE);
        this.administer = parser.parseExpression(ADMINISTER);
        this.context = new StandardEvaluationContext();
        this.context.setBeanResolver(new BeanFactoryResolver(beans));
    }

    /** Whether the caller may change the council's organisation and read contact details. */
    boolean canManage() {
        return Boolean.TRUE.equals(manage.getValue(context, Boolean.class));
    }

    /** Whether the caller may create terms and choose the current one. */
    boolean canAdminister() {
        return Boolean.TRUE.equals(administer.getValue(context, Boolean.class));
    }
}
