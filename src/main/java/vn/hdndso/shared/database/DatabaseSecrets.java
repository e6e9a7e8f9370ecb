package vn.hdndso.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import vn.hdndso.shared.OwnerOnlyFiles;

/**
 * The passwords of the embedded server's superuser and of the application's role: generated
 * once per installation (256 random bits each) and kept in a file only its owner can read, in
 * the database's own directory so that a copy of the database carries them along.
 *
 * @param superuserPassword the password of {@code postgres}, which runs migrations
 * @param applicationPassword the password of the non-privileged application role
 * @param generated whether they were made now (and so are not yet set on the server)
 */
record DatabaseSecrets(String superuserPassword, String applicationPassword, boolean generated) {

    static final String FILE_NAME = "hdnd-secrets.properties";
    private static final String SUPERUSER_KEY = "superuser.password";
    private static final String APPLICATION_KEY = "application.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The secrets kept in {@code file}, or new ones if there are none (not yet written). */
    static DatabaseSecrets readOrGenerate(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new DatabaseSecrets(randomSecret(), randomSecret(), true);
        }
        OwnerOnlyFiles.restrict(file);
        var properties = new Properties();
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            properties.load(reader);
        }
        String superuser = properties.getProperty(SUPERUSER_KEY, "");
        String application = properties.getProperty(APPLICATION_KEY, "");
        if (superuser.isBlank() || application.isBlank()) {
            return new DatabaseSecrets(randomSecret(), randomSecret(), true);
        }
        return new DatabaseSecrets(superuser, application, false);
    }

    /** Writes the secrets to {@code file}, created readable and writable by its owner only. */
    void write(Path file) throws IOException {
        String content = "# Passwords of the embedded PostgreSQL (generated; keep this file private)\n"
                + SUPERUSER_KEY + "=" + superuserPassword + "\n"
                + APPLICATION_KEY + "=" + applicationPassword + "\n";
        OwnerOnlyFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** URL-safe Base64 without padding: safe inside an SQL literal and a properties file. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}
