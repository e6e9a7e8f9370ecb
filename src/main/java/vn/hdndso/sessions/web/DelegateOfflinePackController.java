package vn.hdndso.sessions.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;

/**
 * What the delegate's phone keeps of a session to read it without a connection: the delegate
 * page, the pack page, and for every document its page view, text view, page images and PDF. The
 * version changes whenever a document is added, removed, replaced, reordered or moved to another
 * agenda item; the service worker keeps one cache per session and version. Fetching the pages for
 * the offline copy (header {@value #OFFLINE_COPY}) is not a read receipt.
 */
@RestController
@PreAuthorize(SessionApiController.DELEGATE)
class DelegateOfflinePackController {

    /** Sent by the service worker when it copies a page for offline reading. */
    static final String OFFLINE_COPY = "X-HDND-Offline-Copy";

    private final Councils councils;
    private final Sessions sessions;
    private final Packs packs;
    private final MessageSource messages;

    DelegateOfflinePackController(Councils councils, Sessions sessions, Packs packs, MessageSource messages) {
        this.councils = councils;
        this.sessions = sessions;
        this.packs = packs;
        this.messages = messages;
    }

    /**
     * @param cache the name of the cache that holds this version (private: emptied at sign-out)
     * @param ready the "available offline" line to show, in the reader's language
     */
    record OfflinePack(UUID session, String version, String cache, String ready, List<String> urls) {}

    @GetMapping("/app/councils/{slug}/my-sessions/{id}/offline-pack")
    OfflinePack offlinePack(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        sessions.require(council.id(), sessionId);
        List<Packs.PackDocument> pack = packs.list(council.id(), sessionId);
        String version = version(pack);
        String app = "/app/councils/" + slug;
        String base = app + "/sessions/" + id + "/pack";
        List<String> urls = new ArrayList<>();
        urls.add(app + "/my-sessions/" + id);
        urls.add(app + "/my-sessions/" + id + "/offline-pack");
        urls.add(base);
        for (Packs.PackDocument d : pack) {
            urls.add(base + "/" + d.id());
            urls.add(base + "/" + d.id() + "?view=text");
            urls.add(base + "/" + d.id() + ".pdf");
            for (int n = 1; n <= d.pageCount(); n++) {
                urls.add(base + "/" + d.id() + "/pages/" + n + ".png");
            }
        }
        String ready = messages.getMessage(
                "offline.ready", new Object[] {version}, "offline.ready", LocaleContextHolder.getLocale());
        return new OfflinePack(
                id, version, "hdnd-pack-" + id + "-" + version, ready == null ? version : ready, List.copyOf(urls));
    }

    /** A short fingerprint of the pack's documents, their files, order and agenda items. */
    static String version(List<Packs.PackDocument> pack) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Packs.PackDocument d : pack) {
                sha.update((d.id() + ":" + d.sha256() + ":" + d.position() + ":" + d.agendaItemId() + ";")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
