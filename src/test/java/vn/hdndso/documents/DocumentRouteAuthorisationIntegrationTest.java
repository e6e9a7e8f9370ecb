package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.authz.Callers.ADMINS;
import static vn.hdndso.support.authz.Callers.EVERYONE;
import static vn.hdndso.support.authz.Callers.STAFF;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * The document routes that had no authorisation row (issue 17): the office's pages of an outgoing
 * document (its detail, edit form, files and versions, each step of its workflow as a form), of an
 * incoming document (detail, file, assignment, progress, completion), the registers, the API's
 * reads of both, and the public page and signed PDF of an issued document. All ten kinds of caller
 * in Xã Vĩnh Thuận (the other council: Xã Vĩnh Hòa); the office sees the subject, the others are
 * refused without it, and a refused form leaves the document's status as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRouteAuthorisationIntegrationTest {

    static final String SLUG = "vinh-thuan";
    static final String OTHER_SLUG = "vinh-hoa";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String APP = "/app/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    Callers callers;
    RouteRows rows;
    String hex;
    String draft;
    String draftSubject;
    String issued;
    String issuedSubject;
    String incoming;
    String incomingSubject;

    @BeforeAll
    void documentsAndCallers() {
        callers = Callers.in(client, SLUG, OTHER_SLUG, "drt");
        rows = new RouteRows(callers);
        hex = UUID.randomUUID().toString().substring(0, 8);
        draftSubject = "Dự thảo riêng tuyến " + hex;
        draft = draft(draftSubject);
        issuedSubject = "Nghị quyết công bố tuyến " + hex;
        issued = advance(draft(issuedSubject), "issue");
        incomingSubject = "Báo cáo đến tuyến " + hex;
        incoming = incoming(incomingSubject);
    }

    String draft(String subject) {
        var created = client.postMultipart(
                API + "/documents",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"typeCode":"NQ","issuerSymbol":"HĐND","subject":"%s",
                                 "signerName":"Người ký tuyến","signerPosition":"Chủ tịch HĐND"}""".formatted(subject)),
                        TestClient.Part.file("file", "du-thao.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String advance(String document, String action) {
        var done = client.request(
                "POST",
                API + "/documents/" + document + "/" + action,
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return document;
    }

    String status(String document) {
        var read = client.get(API + "/documents/" + document, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json().get("status").asString();
    }

    String incoming(String subject) {
        var created = client.postMultipart(
                API + "/incoming",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"issuingBody":"UBND xã Vĩnh Thuận","numberSymbol":"%s/BC-UBND","documentDate":"%s",
                                 "typeCode":"BC","subject":"%s"}""".formatted(
                                        UUID.randomUUID(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), subject)),
                        TestClient.Part.file("file", "bao-cao.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    JsonNode incomingDetail(String id) {
        var read = client.get(API + "/incoming/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json().get("document");
    }

    String assigned(String id) {
        var done = client.postJson(
                API + "/incoming/" + id + "/assign",
                Map.of("handlerUserId", callers.userId(Who.CLERK)),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return id;
    }

    @Test
    void anOutgoingDocumentsPagesAndFilesAreTheOffices() {
        rows.read(APP + "/" + draft, draftSubject, STAFF)
                .read(APP + "/" + draft + "/edit", draftSubject, STAFF)
                .file(APP + "/" + draft + "/original.pdf", "%PDF", STAFF)
                .file(APP + "/" + draft + "/versions/1/file.pdf", "%PDF", STAFF)
                .file(APP + "/" + issued + "/signed.pdf", "%PDF", STAFF)
                .file(APP + "/registers/outgoing", "%PDF", STAFF)
                .read(API + "/documents/" + draft, draftSubject, STAFF)
                .read(API + "/documents/" + draft + "/versions", "\"version\"", STAFF)
                .file(API + "/documents/" + draft + "/original.pdf", "%PDF", STAFF)
                .file(API + "/documents/" + draft + "/versions/1/file.pdf", "%PDF", STAFF)
                .verify();
    }

    @Test
    void anIssuedDocumentIsEveryonesADraftNobodysOnThePublicSite() {
        Set<Who> nobody = EnumSet.noneOf(Who.class);
        rows.read("/" + SLUG + "/van-ban/" + issued, issuedSubject, EVERYONE)
                .file("/" + SLUG + "/van-ban/" + issued + "/signed.pdf", "%PDF", EVERYONE)
                .file(API + "/documents/" + issued + "/signed.pdf", "%PDF", EVERYONE)
                .read("/" + SLUG + "/van-ban/" + draft, draftSubject, nobody)
                .file("/" + SLUG + "/van-ban/" + draft + "/signed.pdf", "%PDF", nobody)
                .file(API + "/documents/" + draft + "/signed.pdf", "%PDF", nobody)
                .verify();
    }

    @Test
    void anIncomingDocumentIsTheOffices() {
        rows.read(APP + "/incoming/" + incoming, incomingSubject, STAFF)
                .file(APP + "/incoming/" + incoming + "/file.pdf", "%PDF", STAFF)
                .read(API + "/incoming/" + incoming, incomingSubject, STAFF)
                .file(API + "/incoming/" + incoming + "/file.pdf", "%PDF", STAFF)
                .write(
                        "POST documents/incoming/{id}/assign",
                        STAFF,
                        () -> incoming("Văn bản giao tuyến " + hex),
                        (who, id) -> callers.form(
                                who,
                                APP + "/incoming/" + id + "/assign",
                                Map.of("handlerUserId", callers.userId(Who.CLERK))),
                        id -> incomingDetail(id).get("status").asString().equals("ASSIGNED"))
                .write(
                        "POST documents/incoming/{id}/progress",
                        STAFF,
                        () -> assigned(incoming("Văn bản tiến độ tuyến " + hex)),
                        (who, id) -> callers.form(
                                who, APP + "/incoming/" + id + "/progress", Map.of("note", "Đang xử lý tuyến " + hex)),
                        id -> incomingDetail(id).get("progressNote").toString().contains("tuyến " + hex))
                .write(
                        "POST documents/incoming/{id}/complete",
                        STAFF,
                        () -> assigned(incoming("Văn bản xong tuyến " + hex)),
                        (who, id) -> callers.form(
                                who, APP + "/incoming/" + id + "/complete", Map.of("replyNumberSymbol", "15/BC-HĐND")),
                        id -> incomingDetail(id).get("status").asString().equals("DONE"))
                .verify();
    }

    @Test
    void theWorkflowsFormsChangeTheDocumentOnlyForWhomTheyAreMeant() {
        rows.write(
                        "POST documents/{id}/submit",
                        STAFF,
                        () -> draft("Dự thảo trình tuyến " + hex),
                        (who, id) -> callers.form(who, APP + "/" + id + "/submit", Map.of()),
                        id -> status(id).equals("IN_REVIEW"))
                .write(
                        "POST documents/{id}/approve",
                        ADMINS,
                        () -> advance(draft("Dự thảo duyệt tuyến " + hex), "submit"),
                        (who, id) -> callers.form(who, APP + "/" + id + "/approve", Map.of()),
                        id -> status(id).equals("APPROVED"))
                .write(
                        "POST documents/{id}/return",
                        ADMINS,
                        () -> advance(draft("Dự thảo trả lại tuyến " + hex), "submit"),
                        (who, id) -> callers.form(who, APP + "/" + id + "/return", Map.of("comment", "Sửa lại")),
                        id -> status(id).equals("DRAFT"))
                .write(
                        "POST documents/{id}/issue",
                        ADMINS,
                        () -> advance(advance(draft("Dự thảo ban hành tuyến " + hex), "submit"), "approve"),
                        (who, id) -> callers.form(who, APP + "/" + id + "/issue", Map.of()),
                        id -> status(id).equals("ISSUED"))
                .write(
                        "POST documents/{id}/recall",
                        ADMINS,
                        () -> advance(draft("Văn bản thu hồi tuyến " + hex), "issue"),
                        (who, id) -> callers.form(who, APP + "/" + id + "/recall", Map.of("reason", "Sai sót tuyến")),
                        id -> status(id).equals("RECALLED"))
                .write(
                        "POST documents/{id}/withdraw",
                        STAFF,
                        () -> draft("Dự thảo rút tuyến " + hex),
                        (who, id) -> callers.form(who, APP + "/" + id + "/withdraw", Map.of("reason", "Không cần nữa")),
                        id -> status(id).equals("WITHDRAWN"))
                .write(
                        "POST documents/{id}/edit",
                        STAFF,
                        () -> draft("Dự thảo sửa tuyến " + hex),
                        (who, id) -> callers.form(
                                who,
                                APP + "/" + id + "/edit",
                                Map.of(
                                        "typeCode", "NQ",
                                        "issuerSymbol", "HĐND",
                                        "subject", "Dự thảo đã sửa tuyến " + hex,
                                        "signerName", "Người ký tuyến",
                                        "signerPosition", "Chủ tịch HĐND")),
                        id -> client.get(API + "/documents/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains("Dự thảo đã sửa tuyến " + hex))
                .verify();
    }
}
