package vn.hdndso.notifications.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Zalo OA server speaking the documented shapes: the OAuth v4 renewal ({@code POST
 * /v4/oa/access_token}, header {@code secret_key}, form {@code refresh_token, app_id, grant_type}) that
 * hands out a new access token and a new single-use refresh token, and the OA message API ({@code
 * POST /v3.0/oa/message/cs}) that accepts only the access token it issued last and not yet revoked
 * ({@code -216} otherwise).
 */
final class ZaloOaTestServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String appId;
    private final String secretKey;
    private volatile String refreshToken;
    private volatile String accessToken = "";
    volatile String expiresIn = "90000";
    volatile boolean refuseRenewals;
    final List<Map<String, String>> renewals = new CopyOnWriteArrayList<>();
    final List<String> sentWith = new CopyOnWriteArrayList<>();
    final List<String> texts = new CopyOnWriteArrayList<>();

    ZaloOaTestServer(String appId, String secretKey, String firstRefreshToken) {
        this.appId = appId;
        this.secretKey = secretKey;
        this.refreshToken = firstRefreshToken;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v4/oa/access_token", this::renew);
        server.createContext("/v3.0/oa/message/cs", this::message);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Zalo stops accepting the current access token (revoked, or expired before its time). */
    void revokeAccessToken() {
        accessToken = "revoked-" + UUID.randomUUID();
    }

    /** A refresh token the OA's owner would get by authorising the app again. */
    String authoriseAgain() {
        String fresh = "rt-" + UUID.randomUUID();
        refreshToken = fresh;
        return fresh;
    }

    String currentAccessToken() {
        return accessToken;
    }

    String currentRefreshToken() {
        return refreshToken;
    }

    private void renew(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> seen = new HashMap<>(form);
        seen.put("secret_key", String.valueOf(exchange.getRequestHeaders().getFirst("secret_key")));
        seen.put("content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
        renewals.add(seen);
        synchronized (this) {
            if (!"POST".equals(exchange.getRequestMethod())
                    || !secretKey.equals(exchange.getRequestHeaders().getFirst("secret_key"))
                    || !appId.equals(form.get("app_id"))
                    || !"refresh_token".equals(form.get("grant_type"))) {
                answer(exchange, "{\"error\":-14002,\"error_name\":\"Invalid app or secret\"}");
                return;
            }
            if (refuseRenewals || !refreshToken.equals(form.get("refresh_token"))) {
                answer(
                        exchange,
                        "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"used or expired\"}");
                return;
            }
            accessToken = "at-" + UUID.randomUUID();
            refreshToken = "rt-" + UUID.randomUUID();
            answer(
                    exchange,
                    "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken
                            + "\",\"expires_in\":\"" + expiresIn + "\"}");
        }
    }

    private void message(HttpExchange exchange) throws IOException {
        String token = String.valueOf(exchange.getRequestHeaders().getFirst("access_token"));
        JsonNode json = JSON.readTree(exchange.getRequestBody().readAllBytes());
        sentWith.add(token);
        if (accessToken.isEmpty() || !accessToken.equals(token)) {
            answer(exchange, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
            return;
        }
        texts.add(json.path("message").path("text").asString());
        answer(
                exchange,
                "{\"data\":{\"message_id\":\"m-" + texts.size() + "\",\"user_id\":\""
                        + json.path("recipient").path("user_id").asString()
                        + "\"},\"error\":0,\"message\":\"Success\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
