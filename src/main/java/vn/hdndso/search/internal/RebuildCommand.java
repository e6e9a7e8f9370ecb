package vn.hdndso.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar hdnd-so.jar --rebuild-search-index}: rebuilds the index from the
 * database in the foreground, then stops the application (exit code 0, or 1 on failure).
 */
@Component
class RebuildCommand implements ApplicationRunner {

    static final String OPTION = "rebuild-search-index";
    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final IndexRebuild rebuild;
    private final ApplicationContext context;

    RebuildCommand(IndexRebuild rebuild, ApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        long items = rebuild.runNow();
        boolean ok = rebuild.progress().state() == vn.hdndso.search.RebuildProgress.State.DONE;
        log.info(
                "--{}: {} items indexed in {} s",
                OPTION,
                items,
                rebuild.progress().seconds());
        int code = SpringApplication.exit(context, () -> ok ? 0 : 1);
        System.exit(code);
    }
}
