package vn.hdndso.notifications.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application server's identity towards push services (VAPID, RFC 8292): a P-256 key pair
 * whose public half browsers subscribe with, and a short-lived ES256 JWT for each push request.
 * The keys come from {@code hdnd.notifications.push.vapid.public-key}/{@code private-key}; when not
 * configured they are generated once and kept in {@code <data-dir>/push/vapid.properties}, so
 * subscriptions survive a restart. Changing the keys invalidates every subscription.
 */
@Component
class WebPushVapid {

    private static final Logger log = LoggerFactory.getLogger(WebPushVapid.class);

    /** How long a JWT is valid; RFC 8292 allows at most 24 hours. */
    static final Duration VALIDITY = Duration.ofHours(12);

    private static final String DEFAULT_SUBJECT = "mailto:hdnd-so@localhost";

    private final ECPublicKey publicKey;
    private final ECPrivateKey privateKey;
    private final String subject;
    private final Clock clock;

    WebPushVapid(PushProperties properties, @Value("${hdnd.data-dir}") String dataDir, Clock clock) {
        PushProperties.Vapid vapid = properties.vapidOrEmpty();
        this.clock = clock;
        this.subject = vapid.subject() == null || vapid.subject().isBlank() ? DEFAULT_SUBJECT : vapid.subject();
        String configuredPublic = vapid.publicKey();
        String configuredPrivate = vapid.privateKey();
        if (configuredPublic != null
                && !configuredPublic.isBlank()
                && configuredPrivate != null
                && !configuredPrivate.isBlank()) {
            this.publicKey = WebPushKeys.publicKey(WebPushKeys.decode(configuredPublic));
            this.privateKey = WebPushKeys.privateKey(WebPushKeys.decode(configuredPrivate));
        } else {
            Properties stored = storedOrGenerated(Path.of(dataDir, "push", "vapid.properties"));
            this.publicKey = WebPushKeys.publicKey(WebPushKeys.decode(stored.getProperty("public-key")));
            this.privateKey = WebPushKeys.privateKey(WebPushKeys.decode(stored.getProperty("private-key")));
        }
    }

    /** The public key as browsers take it ({@code applicationServerKey}). */
    String publicKey() {
        return WebPushKeys.encode(WebPushKeys.raw(publicKey));
    }

    /** The {@code Authorization} header for a request to the given push endpoint. */
    String authorization(URI endpoint) {
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        long expires = clock.instant().plus(VALIDITY).getEpochSecond();
        String header = WebPushKeys.encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = WebPushKeys.encode(
                ("{\"aud\":\"" + json(audience) + "\",\"exp\":" + expires + ",\"sub\":\"" + json(subject) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(privateKey);
            es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + signingInput + "." + WebPushKeys.encode(es256.sign()) + ", k=" + publicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID signing failed", e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Properties storedOrGenerated(Path file) {
        Properties keys = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    keys.load(in);
                }
                return keys;
            }
            var pair = WebPushKeys.generate();
            keys.setProperty("public-key", WebPushKeys.encode(WebPushKeys.raw((ECPublicKey) pair.getPublic())));
            keys.setProperty("private-key", WebPushKeys.encode(WebPushKeys.raw((ECPrivateKey) pair.getPrivate())));
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                keys.store(out, "VAPID keys of this installation (web push); keep private");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("cannot restrict the permissions of {}", file);
            }
            log.info("Generated the VAPID keys for web push into {}", file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the VAPID keys at " + file, e);
        }
    }
}
