package vn.hdndso.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar hdnd-so.jar --backup DIR}, {@code --restore DIR [--force]} and
 * {@code --verify-backup DIR}: run instead of the application, with the same settings (environment
 * variables, {@code --hdnd.data-dir=…}), progress on the console, and an exit code: 0 done, 1 failed,
 * 2 refused (a damaged backup, a non-empty installation, another application version, bad
 * arguments).
 */
public final class BackupCommandLine {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;

    private BackupCommandLine() {}

    /** The command the arguments ask for, if any. */
    record Command(String name, Path directory, boolean force, String[] settings) {}

    /**
     * Runs the command the arguments name, if they name one.
     *
     * @return the exit code, or empty when the arguments ask for the application itself
     */
    public static OptionalInt run(String[] args) {
        Optional<Command> command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return OptionalInt.of(REFUSED);
        }
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(execute(command.get(), System.out::println));
    }

    static int execute(Command command, Consumer<String> console) {
        long started = System.nanoTime();
        if (command.name().equals("verify-backup")) {
            try {
                BackupManifest.verify(command.directory(), console);
                console.accept("Bản sao lưu " + command.directory() + " nguyên vẹn.");
                return DONE;
            } catch (BackupRefused e) {
                System.err.println(e.getMessage());
                return REFUSED;
            } catch (Exception e) {
                System.err.println("Không kiểm tra được bản sao lưu: " + e);
                return FAILED;
            }
        }
        var application = new SpringApplication(BackupCommandContext.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(true);
        try (ConfigurableApplicationContext context = application.run(command.settings())) {
            InstallationBackups backups = context.getBean(InstallationBackups.class);
            BackupSummary summary;
            if (command.name().equals("backup")) {
                summary = backups.backup(command.directory(), console);
                console.accept(("Đã sao lưu vào %s: %d bảng, %,d dòng, %,d tệp blob; %,d tệp, %,d byte (%d s)."
                                + " Kiểm tra lại bất cứ lúc nào: --verify-backup %s")
                        .formatted(
                                command.directory(),
                                summary.tables(),
                                summary.rows(),
                                summary.blobs(),
                                summary.files(),
                                summary.bytes(),
                                seconds(started),
                                command.directory()));
            } else {
                summary = backups.restore(command.directory(), command.force(), console);
                console.accept(
                        "Đã khôi phục từ %s: %d bảng, %,d dòng, %,d tệp blob (%d s). Khởi động ứng dụng như thường lệ."
                                .formatted(
                                        command.directory(),
                                        summary.tables(),
                                        summary.rows(),
                                        summary.blobs(),
                                        seconds(started)));
            }
            return DONE;
        } catch (BackupRefused e) {
            System.err.println(e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            BackupRefused refused = refusal(e);
            if (refused != null) {
                System.err.println(refused.getMessage());
                return REFUSED;
            }
            if (inUse(e)) {
                System.err.println("Ứng dụng đang chạy trên thư mục dữ liệu này với cơ sở dữ liệu nhúng:"
                        + " hãy dừng ứng dụng rồi chạy lại lệnh.");
                return REFUSED;
            }
            System.err.println("Thất bại: " + e);
            e.printStackTrace();
            return FAILED;
        }
    }

    static Optional<Command> parse(String[] args) {
        String name = null;
        Path directory = null;
        boolean force = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (option) {
                case "--backup", "--restore", "--verify-backup" -> {
                    if (name != null) {
                        throw new IllegalArgumentException(
                                "Chỉ một lệnh mỗi lần: --backup, --restore hoặc --verify-backup.");
                    }
                    name = option.substring(2);
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(
                                option + " cần một thư mục, ví dụ: " + option + " /sao-luu/2026-12-07");
                    }
                    if (value.isBlank()) {
                        throw new IllegalArgumentException(option + " cần một thư mục.");
                    }
                    directory = Path.of(value).toAbsolutePath().normalize();
                }
                case "--force" -> force = true;
                default -> settings.add(arg);
            }
        }
        if (name == null || directory == null) {
            if (force) {
                throw new IllegalArgumentException("--force chỉ dùng với --restore.");
            }
            return Optional.empty();
        }
        if (force && !name.equals("restore")) {
            throw new IllegalArgumentException("--force chỉ dùng với --restore.");
        }
        return Optional.of(new Command(name, directory, force, settings.toArray(String[]::new)));
    }

    private static @Nullable BackupRefused refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BackupRefused refused) {
                return refused;
            }
        }
        return null;
    }

    /** The embedded database's data directory is held by a running instance. */
    private static boolean inUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("in use by another running instance")) {
                return true;
            }
        }
        return false;
    }

    private static long seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }
}
