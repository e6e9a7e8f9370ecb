package vn.hdndso.documents.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.documents.WorkingDays;

/** The application's {@link WorkingDays}: the Labour Code's holidays and each year's announcement. */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfiguration {

    @Bean
    WorkingDays workingDays(HolidaysProperties properties) {
        return new WorkingDays(properties.holidays());
    }
}
