package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.authz.Callers.ADMINS;
import static vn.hdndso.support.authz.Callers.EVERYONE;
import static vn.hdndso.support.authz.Callers.MEMBERS;
import static vn.hdndso.support.authz.Callers.STAFF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.authz.Callers;
import vn.hdndso.support.authz.Callers.Who;
import vn.hdndso.support.authz.RouteRows;

/**
 * The routes of the council's organisation and accounts that had no authorisation row (issue 17):
 * the pages and forms of bodies, delegates (and their seats), executive units and terms, the API's
 * reads of one of each, and the administrator's pages and forms of an account and its API keys.
 * All ten kinds of caller in Xã Vĩnh Hải (the other council: Xã Vĩnh Hòa). A delegate's phone
 * number is a private marker (the office's); a refused form leaves the record as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationRouteAuthorisationIntegrationTest {

    static final String SLUG = "vinh-hai";
    static final String OTHER_SLUG = "vinh-hoa";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String APP = "/app/councils/" + SLUG;

    @Autowired
    TestClient client;

    Callers callers;
    RouteRows rows;
    String hex;
    String body;
    String bodyName;
    String delegate;
    String delegateName;
    String delegatePhone;
    String unit;
    String unitName;
    String term;
    /** Terms may not overlap, and the test database outlives a run: each row's terms start far apart. */
    final java.util.concurrent.atomic.AtomicInteger terms =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(1400));

    @BeforeAll
    void organisationAndCallers() {
        callers = Callers.in(client, SLUG, OTHER_SLUG, "ort");
        rows = new RouteRows(callers);
        hex = UUID.randomUUID().toString().substring(0, 8);
        bodyName = "Ban tuyến " + hex;
        body = body(bodyName);
        delegateName = "Đại biểu tuyến " + hex;
        delegatePhone = "0912" + (100_000 + Math.abs(hex.hashCode() % 899_999));
        delegate = created("/delegates", Map.of("fullName", delegateName, "phone", delegatePhone));
        unitName = "Phòng tuyến " + hex;
        unit = created("/executive-units", Map.of("name", unitName, "kind", "OFFICE"));
        term = client.get(API + "/terms").json().get("items").get(0).get("id").asString();
    }

    String created(String path, Map<String, Object> json) {
        var response = client.postJson(API + path, json, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    String body(String name) {
        return created("/bodies", Map.of("kind", "COMMITTEE", "name", name));
    }

    String asAdmin(String path) {
        return client.get(API + path, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .body();
    }

    JsonNode user(String id) {
        return client.get(API + "/users?size=1000", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(u -> u.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    String account() {
        return client.createUser(
                SLUG, TestClient.uniqueUsername("ort.account"), Callers.PASSWORD, "Tài khoản thử tuyến", "CLERK");
    }

    /** "{body}/{delegate}": a fresh delegate seated in a fresh body. */
    String[] seat() {
        String b = body("Ban ghế tuyến " + UUID.randomUUID());
        String d = created("/delegates", Map.of("fullName", "Đại biểu ghế tuyến " + hex));
        created("/bodies/" + b + "/members", Map.of("delegateId", d, "role", "MEMBER"));
        return new String[] {b, d};
    }

    @Test
    void theOrganisationsPagesAreTheCouncilsAndItsRecordsPublic() {
        Set<Who> outsiders = EnumSet.of(Who.ANONYMOUS, Who.API_CLIENT, Who.OTHER_COUNCIL_ADMIN);
        rows.read(APP + "/bodies/" + body, bodyName, MEMBERS)
                .read(APP + "/delegates/" + delegate, delegateName, MEMBERS)
                .read(APP + "/delegates/" + delegate + "/edit", delegatePhone, STAFF)
                .read(APP + "/executive-units/" + unit, unitName, MEMBERS)
                .read(API + "/bodies/" + body, bodyName, EVERYONE)
                .read(API + "/delegates/" + delegate, delegateName, EVERYONE)
                .read(API + "/executive-units/" + unit, unitName, EVERYONE)
                .read(API + "/terms/" + term, "startsOn", EVERYONE)
                .hides(API + "/delegates/" + delegate, delegatePhone, outsiders)
                .hides(APP + "/delegates/" + delegate, delegatePhone, outsiders)
                .verify();
    }

    @Test
    void bodiesChangeOnlyForTheOffice() {
        rows.write(
                        "POST bodies",
                        STAFF,
                        () -> "Ban lập qua trang " + UUID.randomUUID(),
                        (who, name) -> callers.form(who, APP + "/bodies", Map.of("kind", "COMMITTEE", "name", name)),
                        name -> asAdmin("/bodies?size=500").contains(name))
                .write(
                        "POST bodies/{id}",
                        STAFF,
                        () -> body("Ban đổi tên tuyến " + UUID.randomUUID()),
                        (who, id) -> callers.form(who, APP + "/bodies/" + id, Map.of("name", "Ban đã đổi tên " + id)),
                        id -> asAdmin("/bodies/" + id).contains("Ban đã đổi tên " + id))
                .write(
                        "POST bodies/{id}/members",
                        STAFF,
                        () -> new String[] {
                            body("Ban thêm người tuyến " + UUID.randomUUID()),
                            created("/delegates", Map.of("fullName", "Đại biểu thêm tuyến " + hex))
                        },
                        (who, s) -> callers.form(
                                who,
                                APP + "/bodies/" + s[0] + "/members",
                                Map.of("delegateId", s[1], "role", "MEMBER")),
                        s -> asAdmin("/bodies/" + s[0]).contains(s[1]))
                .write(
                        "POST bodies/{id}/members/{delegateId}/remove",
                        STAFF,
                        this::seat,
                        (who, s) ->
                                callers.form(who, APP + "/bodies/" + s[0] + "/members/" + s[1] + "/remove", Map.of()),
                        s -> !asAdmin("/bodies/" + s[0]).contains(s[1]))
                .write(
                        "POST bodies/{id}/delete",
                        STAFF,
                        () -> body("Ban xóa tuyến " + UUID.randomUUID()),
                        (who, id) -> callers.form(who, APP + "/bodies/" + id + "/delete", Map.of()),
                        id -> client.get(API + "/bodies/" + id).status() == 404)
                .verify();
    }

    @Test
    void delegatesUnitsAndTermsChangeOnlyForTheOffice() {
        rows.write(
                        "POST delegates",
                        STAFF,
                        () -> "Đại biểu lập qua trang " + UUID.randomUUID(),
                        (who, name) -> callers.form(who, APP + "/delegates", Map.of("fullName", name)),
                        name -> asAdmin("/delegates?size=1000").contains(name))
                .write(
                        "POST delegates/{id}",
                        STAFF,
                        () -> created("/delegates", Map.of("fullName", "Đại biểu sửa tuyến " + hex)),
                        (who, id) -> callers.form(
                                who, APP + "/delegates/" + id, Map.of("fullName", "Đại biểu đã sửa " + id)),
                        id -> asAdmin("/delegates/" + id).contains("Đại biểu đã sửa " + id))
                .write(
                        "POST delegates/{id}/end",
                        STAFF,
                        () -> created("/delegates", Map.of("fullName", "Đại biểu thôi tuyến " + hex)),
                        (who, id) -> callers.form(
                                who,
                                APP + "/delegates/" + id + "/end",
                                Map.of("endedOn", "2026-10-01", "reason", "Chuyển công tác")),
                        id -> !client.get(API + "/delegates/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .json()
                                .get("endedOn")
                                .isNull())
                .write(
                        "POST delegates/{id}/seats",
                        STAFF,
                        () -> new String[] {
                            body("Ban nhận ghế tuyến " + UUID.randomUUID()),
                            created("/delegates", Map.of("fullName", "Đại biểu nhận ghế tuyến " + hex))
                        },
                        (who, s) -> callers.form(
                                who, APP + "/delegates/" + s[1] + "/seats", Map.of("bodyId", s[0], "role", "MEMBER")),
                        s -> asAdmin("/bodies/" + s[0]).contains(s[1]))
                .write(
                        "POST delegates/{id}/seats/{bodyId}/remove",
                        STAFF,
                        this::seat,
                        (who, s) ->
                                callers.form(who, APP + "/delegates/" + s[1] + "/seats/" + s[0] + "/remove", Map.of()),
                        s -> !asAdmin("/bodies/" + s[0]).contains(s[1]))
                .write(
                        "POST executive-units",
                        STAFF,
                        () -> "Phòng lập qua trang " + UUID.randomUUID(),
                        (who, name) -> callers.form(
                                who,
                                APP + "/executive-units",
                                Map.of("name", name, "kind", "OFFICE", "active", "true")),
                        name -> asAdmin("/executive-units?size=500").contains(name))
                .write(
                        "POST executive-units/{id}",
                        STAFF,
                        () -> created(
                                "/executive-units",
                                Map.of("name", "Phòng sửa tuyến " + UUID.randomUUID(), "kind", "OFFICE")),
                        (who, id) -> callers.form(
                                who,
                                APP + "/executive-units/" + id,
                                Map.of("name", "Phòng đã sửa " + id, "kind", "OFFICE", "active", "true")),
                        id -> asAdmin("/executive-units/" + id).contains("Phòng đã sửa " + id))
                .write(
                        "POST terms",
                        ADMINS,
                        () -> "Nhiệm kỳ tuyến " + UUID.randomUUID(),
                        (who, name) -> {
                            // terms may not overlap: each one five years after the last
                            int start = 2100 + 5 * terms.getAndIncrement();
                            return callers.form(
                                    who,
                                    APP + "/terms",
                                    Map.of(
                                            "name", name,
                                            "startsOn", start + "-07-01",
                                            "endsOn", (start + 5) + "-06-30"));
                        },
                        name -> asAdmin("/terms?size=500").contains(name))
                .verify();
    }

    @Test
    void accountsAndTheirKeysAreTheAdministrators() {
        String account = account();
        rows.read(APP + "/users/" + account, user(account).get("username").asString(), ADMINS)
                .write(
                        "POST users",
                        ADMINS,
                        () -> TestClient.uniqueUsername("ort.page"),
                        (who, username) -> callers.form(
                                who,
                                APP + "/users",
                                Map.of(
                                        "username",
                                        username,
                                        "fullName",
                                        "Tài khoản lập qua trang",
                                        "password",
                                        "Route-Page-New-2026",
                                        "roles",
                                        List.of("CLERK"))),
                        username -> asAdmin("/users?size=1000").contains(username))
                .write(
                        "POST users/{id}/roles",
                        ADMINS,
                        this::account,
                        (who, id) -> callers.form(
                                who, APP + "/users/" + id + "/roles", Map.of("roles", List.of("FRONT_OFFICER"))),
                        id -> user(id).get("roles").toString().contains("FRONT_OFFICER"))
                .write(
                        "POST users/{id}/enabled",
                        ADMINS,
                        this::account,
                        (who, id) -> callers.form(who, APP + "/users/" + id + "/enabled", Map.of("enabled", false)),
                        id -> !user(id).get("enabled").asBoolean())
                .write(
                        "POST users/{id}/password",
                        ADMINS,
                        this::account,
                        (who, id) -> callers.form(
                                who, APP + "/users/" + id + "/password", Map.of("password", "Route-Changed-2026")),
                        id -> client.get(API, user(id).get("username").asString(), "Route-Changed-2026")
                                        .status()
                                == 200)
                .write(
                        "POST users/{id}/api-keys",
                        ADMINS,
                        () -> new String[] {account(), "Khóa qua trang " + UUID.randomUUID()},
                        (who, k) -> callers.form(who, APP + "/users/" + k[0] + "/api-keys", Map.of("name", k[1])),
                        k -> asAdmin("/api-keys?size=500").contains(k[1]))
                .write(
                        "POST users/{id}/api-keys/{keyId}/revoke",
                        ADMINS,
                        () -> {
                            String id = account();
                            var key = client.postJson(
                                    API + "/api-keys",
                                    Map.of("userId", id, "name", "Khóa thu hồi tuyến"),
                                    TestClient.ADMIN,
                                    TestClient.ADMIN_PASSWORD);
                            assertThat(key.status()).as(key.body()).isEqualTo(201);
                            return new String[] {id, key.json().get("id").asString()};
                        },
                        (who, k) ->
                                callers.form(who, APP + "/users/" + k[0] + "/api-keys/" + k[1] + "/revoke", Map.of()),
                        k -> client.get(API + "/api-keys?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .json()
                                .get("items")
                                .valueStream()
                                .anyMatch(key -> key.get("id").asString().equals(k[1])
                                        && key.get("status").asString().equals("REVOKED")))
                .verify();
    }
}
