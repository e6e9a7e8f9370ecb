package vn.hdndso.plans.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of plan tasks ({@code hdnd.plans.tasks.*}).
 *
 * @param soonDays a task is due soon this many days before its due date (and reminded then)
 */
@ConfigurationProperties("hdnd.plans.tasks")
record TaskProperties(@DefaultValue("7") int soonDays) {

    TaskProperties {
        if (soonDays < 0) {
            throw new IllegalArgumentException("hdnd.plans.tasks.soon-days must not be negative");
        }
    }
}
