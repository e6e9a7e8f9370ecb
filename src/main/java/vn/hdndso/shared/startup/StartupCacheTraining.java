package vn.hdndso.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The training start of the start-up cache, made when the project is packaged (README, "For
 * production"): {@code java -XX:AOTCacheOutput=hdnd-so.aot -jar hdnd-so.jar --train-startup-cache}
 * starts the application once (every bean created, the database migrated, the web server up) and
 * then stops it cleanly, and the JVM writes what the start loaded into the cache as it exits.
 *
 * <p>Spring's own {@code -Dspring.context.exit=onRefresh} halts the JVM without closing the
 * context, which leaves the embedded PostgreSQL running; this closes the context first.
 */
@Component
class StartupCacheTraining implements ApplicationRunner {

    static final String OPTION = "train-startup-cache";
    private static final Logger log = LoggerFactory.getLogger(StartupCacheTraining.class);

    private final ApplicationContext context;

    StartupCacheTraining(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        log.info("--{}: started; stopping so that the JVM writes the start-up cache", OPTION);
        System.exit(SpringApplication.exit(context));
    }
}
