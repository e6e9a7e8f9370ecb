package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.ANONYMOUS;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.CITY_ADMIN;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.CLERK;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.COUNCIL_ADMIN;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.DELEGATE;
import static vn.hdndso.AuthorisationMatrixIntegrationTest.Who.OTHER_COUNCIL_ADMIN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Who may call which endpoint of the JSON API, as a table. Each endpoint is called as each kind of
 * caller and must answer the expected status: allowed roles 2xx; other roles of the same council
 * 403; an administrator of another council 404 (nobody learns what another council holds);
 * anonymous callers 401 on protected endpoints.
 *
 * <p>To cover a new endpoint, add one line to {@link #ENDPOINTS}: {@link #open} for public
 * endpoints, {@link #onlyFor} for protected ones (or {@link #rows} with explicit statuses). Paths
 * and bodies may use the placeholders of {@link #fixtures}, e.g. {@code {slug}} and {@code
 * {userId}}; a placeholder is resolved anew for every row, so {@code {apiKeyId}} is a fresh key
 * each time.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTest {

    /** The council under test and the other council whose administrator must not see it. */
    static final String SLUG = "lac-phuong";

    static final String OTHER_SLUG = "nhi-chieu";

    private static final String PASSWORD = "Matrix-Pass-2026";

    /** Who calls. */
    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        OTHER_COUNCIL_ADMIN
    }

    /** One call and the status it must get. */
    record Row(String method, String path, String body, Who who, int status) {

        @Override
        public String toString() {
            return method + " " + path + " as " + who + " → " + status;
        }
    }

    /** The body of a row that uploads a new document draft (multipart: metadata and a PDF). */
    static final String DOCUMENT_UPLOAD = "<multipart: document draft>";

    /** The body of a row that posts an edXML package (application/xml: an issued document's export). */
    static final String EDXML_PACKAGE = "<application/xml: edXML package>";

    /** The body of a row that registers an incoming document (multipart: metadata and a PDF). */
    static final String INCOMING_UPLOAD = "<multipart: incoming document>";

    /** The body of a row that imports a CSV file into a dataset (multipart: the file). */
    static final String DATASET_UPLOAD = "<multipart: dataset CSV>";

    /** The body of a row that imports a petition list (multipart: a CSV file). */
    static final String PETITION_LIST = "<multipart: petition list>";

    /** The body of a row that uploads a plan to be read (multipart: the Nhị Chiểu plan's text). */
    static final String PLAN_UPLOAD = "<multipart: plan text>";

    /** The body of a row that hands in a body's report in a round (multipart: reporter, PDF, summary). */
    static final String REPORT_SUBMISSION = "<multipart: reporting-round submission>";

    static final List<Row> ENDPOINTS = Stream.of(
                    // councils (public)
                    open("GET", "/api/v1/councils"),
                    open("GET", "/api/v1/councils/{slug}"),
                    open("GET", "/api/v1/councils/{slug}/delegates"),
                    // identity: accounts, API keys, audit trail
                    onlyFor("POST", "/api/v1/councils/{slug}/users", """
                            {"username":"{newUsername}","password":"Matrix-New-2026","fullName":"Tài khoản ma trận",
                             "roles":["CLERK"]}""", 201, CITY_ADMIN, COUNCIL_ADMIN),
                    onlyFor("GET", "/api/v1/councils/{slug}/users", null, 200, CITY_ADMIN, COUNCIL_ADMIN),
                    onlyFor("POST", "/api/v1/councils/{slug}/api-keys", """
                            {"userId":"{userId}","name":"Khóa ma trận"}""", 201, CITY_ADMIN, COUNCIL_ADMIN),
                    onlyFor("GET", "/api/v1/councils/{slug}/api-keys", null, 200, CITY_ADMIN, COUNCIL_ADMIN),
                    onlyFor(
                            "DELETE",
                            "/api/v1/councils/{slug}/api-keys/{apiKeyId}",
                            null,
                            204,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor("GET", "/api/v1/councils/{slug}/audit", null, 200, CITY_ADMIN, COUNCIL_ADMIN),
                    onlyFor("GET", "/api/v1/councils/{slug}/audit/verification", null, 200, CITY_ADMIN, COUNCIL_ADMIN),
                    // plan tasks: the tasks of confirmed plans are public (without notes, persons, evidence);
                    // a task added by hand is the staff's; the office adds and plans, holders record progress
                    open("GET", "/api/v1/councils/{slug}/tasks"),
                    open("GET", "/api/v1/councils/{slug}/tasks?due=overdue&mine=true&body=STANDING_COMMITTEE"),
                    open("GET", "/api/v1/councils/{slug}/tasks/{publicTaskId}"),
                    rows(
                            "GET",
                            "/api/v1/councils/{slug}/tasks/{taskId}",
                            null,
                            Map.of(
                                    ANONYMOUS, 404,
                                    CITY_ADMIN, 200,
                                    COUNCIL_ADMIN, 200,
                                    CLERK, 200,
                                    DELEGATE, 200,
                                    OTHER_COUNCIL_ADMIN, 404)),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/tasks/{taskId}/history",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor("POST", "/api/v1/councils/{slug}/tasks", """
                            {"text":"Nhiệm vụ ma trận","dueOn":"{today}","assignee":{"body":"STANDING_COMMITTEE"}}""", 201, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "PATCH",
                            "/api/v1/councils/{slug}/tasks/{taskId}",
                            """
                            {"status":"IN_PROGRESS","note":"Ghi chú ma trận"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/tasks/{taskId}/evidence",
                            """
                            {"kind":"LINK","reference":"https://hdnd.example.vn/ma-tran","title":"Tin ma trận"}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "DELETE",
                            "/api/v1/councils/{slug}/tasks/{taskEvidence}",
                            null,
                            204,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // plans: reading, review, confirmation, amendment; drafts are the council staff's
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/plans",
                            PLAN_UPLOAD,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/plans"),
                    open("GET", "/api/v1/councils/{slug}/plans/{confirmedPlanId}"),
                    open("GET", "/api/v1/councils/{slug}/plans/{confirmedPlanId}/versions"),
                    open("GET", "/api/v1/councils/{slug}/plans/{confirmedPlanId}/restored"),
                    rows(
                            "GET",
                            "/api/v1/councils/{slug}/plans/{planId}/restored",
                            null,
                            Map.of(
                                    ANONYMOUS, 404,
                                    CITY_ADMIN, 200,
                                    COUNCIL_ADMIN, 200,
                                    CLERK, 200,
                                    DELEGATE, 200,
                                    OTHER_COUNCIL_ADMIN, 404)),
                    rows(
                            "GET",
                            "/api/v1/councils/{slug}/plans/{planId}",
                            null,
                            Map.of(
                                    ANONYMOUS, 404,
                                    CITY_ADMIN, 200,
                                    COUNCIL_ADMIN, 200,
                                    CLERK, 200,
                                    DELEGATE, 200,
                                    OTHER_COUNCIL_ADMIN, 404)),
                    onlyFor(
                            "PUT",
                            "/api/v1/councils/{slug}/plans/{planId}/review",
                            """
                            {"targets":[{"code":"T1","text":"100% văn bản ký số","threshold":{"min":100}}],"tasks":[]}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/plans/{planId}/confirm",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/plans/{confirmedPlanId}/amendments",
                            null,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // reports: the council office (clerk, council admin) writes the standing committee's report
                    // and reads it with its DOCX; it opens reporting rounds; rounds and submissions are for the
                    // office and the reporting bodies' accounts (committee members, executive officers: covered
                    // by ReportingRoundsIntegrationTest), not delegates nor the public
                    onlyFor("POST", "/api/v1/councils/{slug}/reports", """
                            {"period":"2026-H1"}""", 201, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor("GET", "/api/v1/councils/{slug}/reports", null, 200, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/reports/{reportId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/documents/{reportDocumentId}/original.docx",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/reporting-rounds",
                            """
                            {"period":"2026-H1","dueOn":"2026-07-10","reporters":["{committeeId}"]}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/reporting-rounds",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/reporting-rounds/{roundId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/reporting-rounds/{roundId}/submissions",
                            REPORT_SUBMISSION,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/reporting-rounds/{roundSubmission}/file",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // indicators: figures are public for every council and the city; evidence is public too,
                    // filtered to public records except for the council's staff (IndicatorsApiIntegrationTest)
                    open("GET", "/api/v1/councils/{slug}/indicators"),
                    open("GET", "/api/v1/councils/{slug}/indicators?period=2026-H1"),
                    open("GET", "/api/v1/councils/{slug}/indicators/T1"),
                    open("GET", "/api/v1/councils/{slug}/indicators/T1/evidence?period=2026"),
                    open("GET", "/api/v1/indicators?code=T1&period=2026"),
                    everyone("GET", "/api/v1/councils/{slug}/indicators?period=2026-H3", 400),
                    everyone("GET", "/api/v1/indicators?code=T12", 400),
                    // councils: delegates, terms, bodies and seats, executive units
                    onlyFor("POST", "/api/v1/councils/{slug}/delegates", """
                            {"fullName":"Đại biểu ma trận","birthYear":1980}""", 201, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    open("GET", "/api/v1/councils/{slug}/delegates/{delegateId}"),
                    onlyFor(
                            "PATCH",
                            "/api/v1/councils/{slug}/delegates/{delegateId}",
                            """
                            {"position":"Ủy viên ma trận"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/delegates/{delegateId}/end",
                            """
                            {"endedOn":"{today}","reason":"Chuyển công tác"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/terms"),
                    open("GET", "/api/v1/councils/{slug}/terms/{termId}"),
                    onlyFor("POST", "/api/v1/councils/{slug}/terms", """
                            {"name":"Nhiệm kỳ thử {futureYear}","startsOn":"{futureYear}-01-01",
                             "endsOn":"{futureYear}-12-31"}""", 201, CITY_ADMIN, COUNCIL_ADMIN),
                    // making a term current would change the term every other test relies on: an unknown
                    // term shows that the administrators get past authorisation (404: no such term)
                    // and everyone else is stopped before it
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/terms/{unknownId}/current",
                            null,
                            404,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    open("GET", "/api/v1/councils/{slug}/bodies"),
                    open("GET", "/api/v1/councils/{slug}/bodies/{bodyId}"),
                    onlyFor("POST", "/api/v1/councils/{slug}/bodies", """
                            {"kind":"DELEGATE_GROUP","name":"Tổ ma trận {futureYear}"}""", 201, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "PATCH",
                            "/api/v1/councils/{slug}/bodies/{bodyId}",
                            """
                            {"description":"Đơn vị bầu cử thử"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "DELETE",
                            "/api/v1/councils/{slug}/bodies/{bodyId}",
                            null,
                            204,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/bodies/{bodyId}/members",
                            """
                            {"delegateId":"{delegateId}","role":"MEMBER"}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "DELETE",
                            "/api/v1/councils/{slug}/bodies/{seat}",
                            null,
                            204,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/executive-units"),
                    open("GET", "/api/v1/councils/{slug}/executive-units/{unitId}"),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/bodies/{bodyId}/move",
                            """
                            {"direction":"DOWN"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/executive-units",
                            """
                            {"name":"Phòng ma trận {futureYear}","kind":"OFFICE"}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "PATCH",
                            "/api/v1/councils/{slug}/executive-units/{unitId}",
                            """
                            {"phone":"0225 3000 000"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // documents: the public signature check (multipart only; a JSON body gets 415 from
                    // every caller, anonymous included: never 401 or 403)
                    everyone("POST", "/api/v1/signatures/validate", 415),
                    // documents: staff (clerk, council admin) draft and read; the council admin signs;
                    // an issued document's signed PDF is public
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/documents",
                            DOCUMENT_UPLOAD,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor("GET", "/api/v1/councils/{slug}/documents", null, 200, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/documents/{draftId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/documents/{draftId}/original.pdf",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/documents/{draftId}/submit",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/documents/{reviewId}/approve",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/documents/{draftId}/issue",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/documents/{issuedId}/recall",
                            """
                            {"reason":"Thu hồi để thử quyền"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    open("GET", "/api/v1/councils/{slug}/documents/{issuedId}/signed.pdf"),
                    // documents: edXML export, validation and status messages are for staff
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/documents/{issuedId}/edxml?to=000.00.99.T02",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/documents/{issuedId}/edxml/status?code=01",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/edxml/validate",
                            EDXML_PACKAGE,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // documents: incoming documents and their follow-up are the staff's (clerk, council admin)
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/incoming",
                            INCOMING_UPLOAD,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor("GET", "/api/v1/councils/{slug}/incoming", null, 200, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/incoming/{incomingId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/incoming/{incomingId}/file.pdf",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/incoming/{incomingId}/assign",
                            """
                            {"handlerUserId":"{userId}","deadline":"{today}"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/incoming/{assignedIncomingId}/progress",
                            """
                            {"note":"Đang xử lý để thử quyền"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/incoming/{assignedIncomingId}/complete",
                            """
                            {"replyNumberSymbol":"01/BC-HĐND"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // documents: the registers (Decree 30, Annex IV) are the staff's
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/registers/incoming",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/registers/outgoing",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/registers/follow-up",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // petitions: the public sends and tracks; the office (clerk, council admin) works the
                    // petitions and issues; delegates read meetings and record what voters raised there
                    everyone("POST", "/api/v1/councils/{slug}/petitions", """
                            {"content":"{petitionText}","consent":true,"channel":"WEB"}""", 201),
                    open("GET", "/api/v1/petitions/{trackingCode}"),
                    open("GET", "/api/v1/councils/{slug}/petition-answers"),
                    open("GET", "/api/v1/petition-fields"),
                    onlyFor("GET", "/api/v1/councils/{slug}/petitions", null, 200, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petitions/{petitionId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petitions/{petitionId}/classification",
                            """
                            {"field":"KHAC","level":"COMMUNE"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petitions/{petitionId}/duplicates",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petitions/{petitionId}/correction",
                            """
                            {"contact":"0912000000"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petitions/{petitionId}/anonymise",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petitions/by-contact?contact=0912000000",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petitions/{petitionId}/split",
                            """
                            {"intoIssueId":"{issueId}"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petition-issues",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petition-issues/overdue",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petition-issues/{issueId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-issues/{issueId}",
                            """
                            {"title":"Vấn đề thử quyền","field":"KHAC","level":"COMMUNE"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-issues/{issueId}/merge",
                            """
                            {"otherIssueId":"{otherIssueId}"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-issues/{issueId}/transfer",
                            """
                            {"bodyKind":"AGENCY","bodyName":"Cơ quan thử quyền","reason":"Thử quyền chuyển nơi khác"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-issues/{transferredIssueId}/answer",
                            """
                            {"answerClass":"EXPLAINED","answer":"Trả lời thử quyền"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-issues/{answeredIssueId}/publish",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/petition-statistics",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    rows(
                            "GET",
                            "/api/v1/councils/thanh-pho/petition-issues/city-level",
                            null,
                            Map.of(
                                    ANONYMOUS, 401,
                                    CITY_ADMIN, 200,
                                    COUNCIL_ADMIN, 404,
                                    CLERK, 404,
                                    DELEGATE, 404,
                                    OTHER_COUNCIL_ADMIN, 404)),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/voter-meetings",
                            """
                            {"title":"Hội nghị thử quyền","format":"IN_PERSON","place":"Nhà văn hóa",
                             "heldOn":"{today}","timing":"BEFORE"}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/voter-meetings",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/voter-meetings/{meetingId}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/voter-meetings/{meetingId}/minutes",
                            """
                            {"minutes":"Biên bản thử quyền"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/voter-meetings/{meetingId}/petitions",
                            """
                            {"petitions":[{"content":"{petitionText}"}]}""",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/petition-imports",
                            PETITION_LIST,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // search: the search is public (each caller finds what they may see); the index
                    // is the city administrator's
                    open("GET", "/api/v1/search?q=ke+hoach+chuyen+doi+so"),
                    open("GET", "/api/v1/search?q=ke+hoach&council={slug}&type=document&year=2025"),
                    cityAdminOnly("GET", "/api/v1/search/index", 200),
                    cityAdminOnly("POST", "/api/v1/search/index/rebuild", 202),
                    // sessions: the staff plan and run sessions; the council admin (standing committee)
                    // convenes, opens, closes and opens/closes votes; only a delegate of the term votes or
                    // checks themself in; a convened session, its attendance and tallies are public. The
                    // live streams (…/events) are covered by SessionLiveIntegrationTest: they never end.
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions",
                            "{\"title\":\"Kỳ họp ma trận\",\"startsAt\":\"2027-01-05T08:00:00+07:00\",\"kind\":\"REGULAR\"}",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/sessions"),
                    open("GET", "/api/v1/councils/{slug}/sessions/{convenedSessionId}"),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/convene",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/start",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{liveSessionId}/close",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/agenda-items",
                            "{\"title\":\"Báo cáo ma trận\",\"motion\":false}",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "PUT",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/agenda-order",
                            "{\"order\":[]}",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{motion}/vote/open",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{openMotion}/vote/close",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{motion}/vote/analog",
                            "{\"yes\":0,\"no\":0,\"abstain\":0}",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/sessions/{openMotion}/vote"),
                    open("GET", "/api/v1/councils/{slug}/sessions/{openMotion}/votes"),
                    rows(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{openMotion}/votes",
                            "{\"choice\":\"YES\"}",
                            Map.of(
                                    DELEGATE,
                                    200,
                                    CITY_ADMIN,
                                    403,
                                    COUNCIL_ADMIN,
                                    403,
                                    CLERK,
                                    403,
                                    ANONYMOUS,
                                    401,
                                    OTHER_COUNCIL_ADMIN,
                                    404)),
                    onlyFor(
                            "PUT",
                            "/api/v1/councils/{slug}/sessions/{motion}/recording-offset",
                            "{\"seconds\":90}",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "PUT",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/recording-url",
                            "{\"url\":\"https://example.org/ky-hop\"}",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    open("GET", "/api/v1/councils/{slug}/sessions/{liveSessionId}/attendance"),
                    rows(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{liveSessionId}/attendance",
                            null,
                            Map.of(
                                    DELEGATE,
                                    200,
                                    CITY_ADMIN,
                                    403,
                                    COUNCIL_ADMIN,
                                    403,
                                    CLERK,
                                    403,
                                    ANONYMOUS,
                                    401,
                                    OTHER_COUNCIL_ADMIN,
                                    404)),
                    onlyFor(
                            "PUT",
                            "/api/v1/councils/{slug}/sessions/{liveSessionId}/attendance/{delegateId}",
                            "{\"present\":true}",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/recording/uploads",
                            "{\"fileName\":\"ky-hop.mp4\",\"size\":1000}",
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/sessions/{recordingUpload}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // a chunk that is not a video is refused (400) once the caller may upload at all
                    rows(
                            "PUT",
                            "/api/v1/councils/{slug}/sessions/{recordingUpload}?offset=0",
                            "{\"not\":\"a video\"}",
                            Map.of(
                                    CITY_ADMIN,
                                    400,
                                    COUNCIL_ADMIN,
                                    400,
                                    CLERK,
                                    400,
                                    DELEGATE,
                                    403,
                                    ANONYMOUS,
                                    401,
                                    OTHER_COUNCIL_ADMIN,
                                    404)),
                    everyone("GET", "/api/v1/councils/{slug}/sessions/{convenedSessionId}/recording", 404),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/pack",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/pack",
                            DOCUMENT_UPLOAD,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/sessions/{packDocument}.pdf",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/pack.zip",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK,
                            DELEGATE),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/sessions/{sessionId}/pack/receipts",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // opendata: anyone reads published datasets, their rows and the city-wide list; an
                    // unpublished dataset exists only for the council's clerks and administrators; they
                    // create, describe, import, publish and make the bulk export
                    open("GET", "/api/v1/councils/{slug}/datasets"),
                    open("GET", "/api/v1/datasets"),
                    open("GET", "/api/v1/councils/{slug}/datasets/{publishedDatasetId}"),
                    open("GET", "/api/v1/councils/{slug}/datasets/{publishedDatasetId}/rows?sort=nam&order=desc"),
                    rows(
                            "GET",
                            "/api/v1/councils/{slug}/datasets/{datasetId}",
                            null,
                            Map.of(
                                    ANONYMOUS, 404,
                                    CITY_ADMIN, 200,
                                    COUNCIL_ADMIN, 200,
                                    CLERK, 200,
                                    DELEGATE, 404,
                                    OTHER_COUNCIL_ADMIN, 404)),
                    onlyFor("POST", "/api/v1/councils/{slug}/datasets", """
                            {"title":"Bộ dữ liệu ma trận","theme":"BUDGET"}""", 201, CITY_ADMIN, COUNCIL_ADMIN, CLERK),
                    onlyFor(
                            "PATCH",
                            "/api/v1/councils/{slug}/datasets/{datasetId}",
                            """
                            {"period":"2026"}""",
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/datasets/{datasetId}/imports",
                            DATASET_UPLOAD,
                            201,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "GET",
                            "/api/v1/councils/{slug}/datasets/{datasetImport}",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/datasets/{importedDatasetId}/publish",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    onlyFor(
                            "POST",
                            "/api/v1/councils/{slug}/open-data/export",
                            null,
                            200,
                            CITY_ADMIN,
                            COUNCIL_ADMIN,
                            CLERK),
                    // portal, calendar, OParl: the public site, its feeds and the OParl API are open to
                    // everyone (credentials change nothing); a draft never appears in OParl
                    open("GET", "/"),
                    open("GET", "/{slug}"),
                    open("GET", "/{slug}/van-ban"),
                    open("GET", "/{slug}/van-ban/{issuedId}"),
                    open("GET", "/{slug}/van-ban/{issuedId}/signed.pdf"),
                    open("GET", "/feed.atom"),
                    open("GET", "/{slug}/feed.atom"),
                    open("GET", "/{slug}/lich.ics"),
                    open("GET", "/sitemap.xml"),
                    open("GET", "/robots.txt"),
                    open("GET", "/oparl/v1/system"),
                    open("GET", "/oparl/v1/bodies"),
                    open("GET", "/oparl/v1/bodies/{slug}"),
                    open("GET", "/oparl/v1/bodies/{slug}/organizations"),
                    open("GET", "/oparl/v1/bodies/{slug}/organizations/{bodyId}"),
                    open("GET", "/oparl/v1/bodies/{slug}/persons"),
                    open("GET", "/oparl/v1/bodies/{slug}/persons/{delegateId}"),
                    open("GET", "/oparl/v1/bodies/{slug}/memberships"),
                    open("GET", "/oparl/v1/bodies/{slug}/legislative-terms"),
                    open("GET", "/oparl/v1/bodies/{slug}/legislative-terms/{termId}"),
                    open("GET", "/oparl/v1/bodies/{slug}/papers"),
                    open("GET", "/oparl/v1/bodies/{slug}/papers/{issuedId}"),
                    open("GET", "/oparl/v1/bodies/{slug}/files"),
                    open("GET", "/oparl/v1/bodies/{slug}/files/{issuedId}"),
                    open("GET", "/oparl/v1/bodies/{slug}/meetings"),
                    open("GET", "/oparl/v1/bodies/{slug}/agenda-items"),
                    open("GET", "/oparl/v1/bodies/{slug}/locations"),
                    everyone("GET", "/oparl/v1/bodies/{slug}/papers/{draftId}", 404),
                    everyone("GET", "/oparl/v1/bodies/{slug}/files/{draftId}", 404),
                    // opendata, Open311 GeoReport v2: public to everyone (credentials change nothing);
                    // a POST registers a petition with the voter's consent
                    open("GET", "/open311/v2/discovery.json"),
                    open("GET", "/open311/v2/services.json?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/services.xml?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/services/DAT_DAI.json?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/requests.json?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/requests.xml?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/requests/{trackingCode}.json?jurisdiction_id={slug}"),
                    open("GET", "/open311/v2/requests/{trackingCode}.xml?jurisdiction_id={slug}"),
                    everyone(
                            "POST",
                            "/open311/v2/requests.json?jurisdiction_id={slug}&service_code=GIAO_DUC"
                                    + "&description=Xin%20sua%20lai%20mai%20truong%20mau%20giao%20thon%20Dong"
                                    + "&attribute%5Bconsent%5D=true",
                            null,
                            201),
                    everyone(
                            "POST",
                            "/open311/v2/requests.xml?jurisdiction_id={slug}&service_code=GIAO_DUC"
                                    + "&description=Xin%20sua%20lai%20mai%20truong%20mau%20giao%20thon%20Dong"
                                    + "&attribute%5Bconsent%5D=true",
                            null,
                            201))
            .flatMap(List::stream)
            .toList();

    /** Everyone, signed in or not, gets 200. */
    static List<Row> open(String method, String path) {
        return Arrays.stream(Who.values())
                .map(who -> new Row(method, path, null, who, 200))
                .toList();
    }

    /** Everyone, signed in or not, gets the same status for the same body: the endpoint is public. */
    static List<Row> everyone(String method, String path, String body, int status) {
        return Arrays.stream(Who.values())
                .map(who -> new Row(method, path, body, who, status))
                .toList();
    }

    /** Everyone, signed in or not, gets the same status: the endpoint is public. */
    static List<Row> everyone(String method, String path, int status) {
        return Arrays.stream(Who.values())
                .map(who -> new Row(method, path, null, who, status))
                .toList();
    }

    /**
     * Only the given callers get {@code allowedStatus}; other roles of the council 403, the other
     * council's administrator 404, anonymous callers 401.
     */
    static List<Row> onlyFor(String method, String path, String body, int allowedStatus, Who... allowed) {
        Set<Who> permitted = Set.of(allowed);
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(
                    who,
                    permitted.contains(who)
                            ? allowedStatus
                            : switch (who) {
                                case ANONYMOUS -> 401;
                                case OTHER_COUNCIL_ADMIN -> 404;
                                default -> 403;
                            });
        }
        return rows(method, path, body, expected);
    }

    /** An installation-wide endpoint of the city administrator: everyone else signed in 403, anonymous 401. */
    static List<Row> cityAdminOnly(String method, String path, int allowedStatus) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(
                    who,
                    switch (who) {
                        case CITY_ADMIN -> allowedStatus;
                        case ANONYMOUS -> 401;
                        default -> 403;
                    });
        }
        return rows(method, path, null, expected);
    }

    /** Explicit statuses, one per caller. */
    static List<Row> rows(String method, String path, String body, Map<Who, Integer> expected) {
        List<Row> rows = new ArrayList<>();
        expected.forEach((who, status) -> rows.add(new Row(method, path, body, who, status)));
        return rows;
    }

    @Autowired
    TestClient client;

    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private String clerkId;

    @BeforeAll
    void createTheCallers() {
        usernames.put(CITY_ADMIN, TestClient.ADMIN);
        usernames.put(COUNCIL_ADMIN, account(SLUG, "matrix.admin", "COUNCIL_ADMIN"));
        usernames.put(CLERK, account(SLUG, "matrix.clerk", "CLERK"));
        usernames.put(DELEGATE, account(SLUG, "matrix.delegate", "DELEGATE"));
        usernames.put(OTHER_COUNCIL_ADMIN, account(OTHER_SLUG, "matrix.other", "COUNCIL_ADMIN"));
        clerkId = client.get(
                        "/api/v1/councils/" + SLUG + "/users?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(u -> u.get("username").asString().equals(usernames.get(CLERK)))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
    }

    /** Values for the placeholders of paths and bodies; each is computed when a row uses it. */
    private Map<String, Supplier<String>> fixtures() {
        return Map.ofEntries(
                Map.entry("{slug}", (Supplier<String>) () -> SLUG),
                Map.entry("{userId}", (Supplier<String>) () -> clerkId),
                Map.entry("{newUsername}", (Supplier<String>) () -> TestClient.uniqueUsername("matrix.new")),
                Map.entry("{apiKeyId}", (Supplier<String>) this::freshApiKey),
                Map.entry("{delegateId}", (Supplier<String>) this::freshDelegate),
                Map.entry("{bodyId}", (Supplier<String>) this::freshBody),
                Map.entry("{seat}", (Supplier<String>) this::freshSeat),
                Map.entry("{termId}", (Supplier<String>) () -> first("/terms")),
                Map.entry("{unitId}", (Supplier<String>) () -> first("/executive-units")),
                Map.entry("{futureYear}", (Supplier<String>)
                        () -> Integer.toString(2100 + futureYears.incrementAndGet())),
                Map.entry("{draftId}", (Supplier<String>) this::freshDraft),
                Map.entry("{reviewId}", (Supplier<String>) () -> advance(freshDraft(), "submit")),
                Map.entry("{issuedId}", (Supplier<String>) () -> advance(freshDraft(), "issue")),
                Map.entry("{incomingId}", (Supplier<String>) this::freshIncoming),
                Map.entry("{assignedIncomingId}", (Supplier<String>) () -> assigned(freshIncoming())),
                Map.entry("{petitionText}", (Supplier<String>) this::petitionText),
                Map.entry("{trackingCode}", (Supplier<String>) () -> freshPetition()[0]),
                Map.entry("{petitionId}", (Supplier<String>) () -> freshPetition()[1]),
                Map.entry("{issueId}", (Supplier<String>) () -> freshPetition()[2]),
                Map.entry("{otherIssueId}", (Supplier<String>) () -> freshPetition()[2]),
                Map.entry("{transferredIssueId}", (Supplier<String>) () -> transferredIssue()),
                Map.entry("{answeredIssueId}", (Supplier<String>) () -> answeredIssue()),
                Map.entry("{meetingId}", (Supplier<String>) this::freshMeeting),
                Map.entry("{datasetId}", (Supplier<String>) this::freshDataset),
                Map.entry("{importedDatasetId}", (Supplier<String>) () -> imported(freshDataset())),
                Map.entry("{publishedDatasetId}", (Supplier<String>) () -> published(imported(freshDataset()))),
                Map.entry("{datasetImport}", (Supplier<String>) this::freshDatasetImport),
                Map.entry("{taskId}", (Supplier<String>) this::freshTask),
                Map.entry("{publicTaskId}", (Supplier<String>) this::publicTask),
                Map.entry("{taskEvidence}", (Supplier<String>) this::freshTaskEvidence),
                Map.entry("{planId}", (Supplier<String>) this::freshPlan),
                Map.entry("{confirmedPlanId}", (Supplier<String>) () -> confirmed(freshPlan())),
                Map.entry("{unknownId}", (Supplier<String>)
                        () -> UUID.randomUUID().toString()),
                Map.entry("{today}", (Supplier<String>)
                        () -> java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .toString()),
                // sessions
                Map.entry("{sessionId}", (Supplier<String>) this::freshSession),
                Map.entry("{convenedSessionId}", (Supplier<String>) () -> sessionAction(freshSession(), "convene")),
                Map.entry("{liveSessionId}", (Supplier<String>) () -> sessionAction(freshSession(), "start")),
                Map.entry("{motion}", (Supplier<String>) this::freshMotion),
                Map.entry("{openMotion}", (Supplier<String>) () -> sessionAction(freshMotion(), "vote/open")),
                Map.entry("{recordingUpload}", (Supplier<String>) this::freshRecordingUpload),
                Map.entry("{packDocument}", (Supplier<String>) this::freshPackDocument),
                // reports
                Map.entry("{reportId}", (Supplier<String>)
                        () -> freshReport().get("id").asString()),
                Map.entry("{reportDocumentId}", (Supplier<String>)
                        () -> freshReport().get("documentId").asString()),
                Map.entry("{committeeId}", (Supplier<String>) this::committee),
                Map.entry("{roundId}", (Supplier<String>) this::freshRound),
                Map.entry("{roundSubmission}", (Supplier<String>) this::freshRoundSubmission));
    }

    Stream<Row> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answersEachCallerAsTheTableSays(Row row) {
        String path = resolve(row.path());
        String body = row.body() == null ? null : resolve(row.body());
        String user = row.who() == ANONYMOUS ? null : usernames.get(row.who());
        String password = row.who() == CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;

        TestClient.Response response = DOCUMENT_UPLOAD.equals(body)
                ? client.postMultipart(path, documentDraft(), user, password)
                : EDXML_PACKAGE.equals(body)
                        ? client.postBytes(path, "application/xml", edxmlPackage(), user, password)
                        : INCOMING_UPLOAD.equals(body)
                                ? client.postMultipart(path, incomingDocument(), user, password)
                                : PETITION_LIST.equals(body)
                                        ? client.postMultipart(path, petitionList(), user, password)
                                        : DATASET_UPLOAD.equals(body)
                                                ? client.postMultipart(path, datasetCsv(), user, password)
                                                : PLAN_UPLOAD.equals(body)
                                                        ? client.postMultipart(path, planText(), user, password)
                                                        : REPORT_SUBMISSION.equals(body)
                                                                ? client.postMultipart(
                                                                        path, reportSubmission(), user, password)
                                                                : client.request(
                                                                        row.method(), path, body, user, password);

        assertThat(response.status()).as(row + ": " + response.body()).isEqualTo(row.status());
        if (row.status() >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private String resolve(String template) {
        String resolved = template;
        for (var fixture : fixtures().entrySet()) {
            if (resolved.contains(fixture.getKey())) {
                resolved = resolved.replace(fixture.getKey(), fixture.getValue().get());
            }
        }
        return resolved;
    }

    // plan tasks fixtures: a task added by hand (the staff's), a task of the demo plan (public), evidence

    private String freshTask() {
        return created(
                "/tasks",
                Map.of(
                        "text", "Nhiệm vụ ma trận " + UUID.randomUUID(),
                        "dueOn",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                        .toString(),
                        "assignee", Map.of("body", "STANDING_COMMITTEE")));
    }

    private String publicTask() {
        return client.get("/api/v1/councils/" + SLUG + "/tasks?size=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    /** "{taskId}/evidence/{evidenceId}" of fresh evidence. */
    private String freshTaskEvidence() {
        String task = freshTask();
        var added = client.postJson(
                "/api/v1/councils/" + SLUG + "/tasks/" + task + "/evidence",
                Map.of("kind", "LINK", "reference", "https://hdnd.example.vn/ma-tran"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return task + "/evidence/"
                + added.json().get("evidence").get(0).get("id").asString();
    }

    // reports fixtures: a report written for 2026-H1, a round asking a committee, a submission in it

    private tools.jackson.databind.JsonNode freshReport() {
        var response = client.postJson(
                "/api/v1/councils/" + SLUG + "/reports",
                Map.of("period", "2026-H1"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private String committee() {
        for (var body :
                client.get("/api/v1/councils/" + SLUG + "/bodies").json().get("items")) {
            if (body.get("kind").asString().equals("COMMITTEE")) {
                return body.get("id").asString();
            }
        }
        throw new AssertionError("no committee in " + SLUG);
    }

    /** The reporter of the round last made, for the submission rows. */
    private String roundReporter;

    private String freshRound() {
        var response = client.postJson(
                "/api/v1/councils/" + SLUG + "/reporting-rounds",
                Map.of("period", "2026-H1", "dueOn", "2026-07-10", "reporters", List.of(committee())),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        roundReporter = response.json().get("reporters").get(0).get("id").asString();
        return response.json().get("id").asString();
    }

    private List<TestClient.Part> reportSubmission() {
        return List.of(
                new TestClient.Part(
                        "reporterId",
                        null,
                        "text/plain; charset=UTF-8",
                        roundReporter.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                TestClient.Part.file(
                        "file",
                        "bao-cao-ban.pdf",
                        "application/pdf",
                        vn.hdndso.documents.TestPdfs.plan("Báo cáo của Ban", 1)),
                new TestClient.Part(
                        "summary",
                        null,
                        "text/plain; charset=UTF-8",
                        "Ban báo cáo kết quả 6 tháng.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** "{roundId}/submissions/{submissionId}" of a report handed in to a fresh round. */
    private String freshRoundSubmission() {
        String round = freshRound();
        var response = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/reporting-rounds/" + round + "/submissions",
                reportSubmission(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return round + "/submissions/" + response.json().get("id").asString();
    }

    // plans fixtures: a plan read from the Nhị Chiểu seed, as a draft or confirmed

    private List<TestClient.Part> planText() {
        try {
            return List.of(TestClient.Part.file(
                    "file",
                    "ke-hoach.txt",
                    "text/plain",
                    java.nio.file.Files.readAllBytes(
                            java.nio.file.Path.of("testdata/plans/ke-hoach-57-nhi-chieu.txt"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String freshPlan() {
        var response = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/plans", planText(), TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String confirmed(String planId) {
        var response = client.request(
                "POST",
                "/api/v1/councils/" + SLUG + "/plans/" + planId + "/confirm",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return planId;
    }

    private String account(String slug, String prefix, String role) {
        String username = TestClient.uniqueUsername(prefix);
        client.createUser(slug, username, PASSWORD, "Người thử quyền " + role, role);
        return username;
    }

    private final java.util.concurrent.atomic.AtomicInteger futureYears =
            new java.util.concurrent.atomic.AtomicInteger();

    private String freshDelegate() {
        return created("/delegates", Map.of("fullName", "Đại biểu cố định ma trận"));
    }

    private String freshBody() {
        return created("/bodies", Map.of("kind", "COMMITTEE", "name", "Ban ma trận " + UUID.randomUUID()));
    }

    /** "{bodyId}/members/{delegateId}" of a fresh seat. */
    private String freshSeat() {
        String body = freshBody();
        String delegate = freshDelegate();
        created("/bodies/" + body + "/members", Map.of("delegateId", delegate, "role", "MEMBER"));
        return body + "/members/" + delegate;
    }

    private String created(String path, Map<String, Object> body) {
        var response =
                client.postJson("/api/v1/councils/" + SLUG + path, body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().has("id") ? response.json().get("id").asString() : "";
    }

    private String first(String path) {
        return client.get("/api/v1/councils/" + SLUG + path)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    private static List<TestClient.Part> documentDraft() {
        return List.of(
                TestClient.Part.json("metadata", """
                        {"typeCode":"KH","issuerSymbol":"HĐND","subject":"Kế hoạch thử quyền",
                         "signerName":"Người ký thử","signerPosition":"Chủ tịch HĐND"}"""),
                TestClient.Part.file(
                        "file", "thong-bao.pdf", "application/pdf", vn.hdndso.documents.TestPdfs.plan("Thử quyền", 1)));
    }

    private String freshDraft() {
        var created = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/documents",
                documentDraft(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        return created.json().get("id").asString();
    }

    private byte[] edxmlPackage;

    /** An issued document of the council exported as edXML, made once. */
    private byte[] edxmlPackage() {
        if (edxmlPackage == null) {
            var exported = client.getBytes(
                    "/api/v1/councils/" + SLUG + "/documents/" + advance(freshDraft(), "issue")
                            + "/edxml?to=000.00.99.T02",
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(exported.status()).isEqualTo(200);
            edxmlPackage = exported.body();
        }
        return edxmlPackage;
    }

    private String advance(String documentId, String action) {
        var done = client.request(
                "POST",
                "/api/v1/councils/" + SLUG + "/documents/" + documentId + "/" + action,
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return documentId;
    }

    private static List<TestClient.Part> incomingDocument() {
        return List.of(
                TestClient.Part.json("metadata", """
                        {"issuingBody":"UBND xã Lạc Phượng","numberSymbol":"%s/BC-UBND","documentDate":"%s",
                         "typeCode":"BC","subject":"Báo cáo thử quyền"}""".formatted(
                                UUID.randomUUID(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))),
                TestClient.Part.file(
                        "file", "bao-cao.pdf", "application/pdf", vn.hdndso.documents.TestPdfs.plan("Thử quyền", 1)));
    }

    private String freshIncoming() {
        var created = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/incoming",
                incomingDocument(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String assigned(String incomingId) {
        var done = client.postJson(
                "/api/v1/councils/" + SLUG + "/incoming/" + incomingId + "/assign",
                Map.of("handlerUserId", clerkId),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return incomingId;
    }

    private String freshApiKey() {
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/api-keys",
                Map.of("userId", clerkId, "name", "Khóa để thu hồi"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        return created.json().get("id").asString();
    }

    // petitions: fresh petitions (each its own issue), transferred and answered issues, a meeting

    /** Words no other petition uses, so that a fresh petition opens an issue of its own. */
    private String petitionText() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder text = new StringBuilder("Đề nghị xử lý việc");
        for (int i = 0; i < 32; i += 4) {
            text.append(" q").append(hex, i, i + 4);
        }
        return text.toString();
    }

    /** Tracking code, petition id and issue id of a fresh public petition. */
    private String[] freshPetition() {
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/petitions", Map.of("content", petitionText(), "consent", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("trackingCode").asString();
        var petition = client.get(
                        "/api/v1/councils/" + SLUG + "/petitions?size=50", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        return new String[] {
            code, petition.get("id").asString(), petition.get("issueId").asString()
        };
    }

    private String transferredIssue() {
        String issue = freshPetition()[2];
        var done = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "AGENCY", "bodyName", "Cơ quan thử quyền", "reason", "Thử quyền chuyển nơi khác"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return issue;
    }

    private String answeredIssue() {
        String issue = transferredIssue();
        var done = client.postJson(
                "/api/v1/councils/" + SLUG + "/petition-issues/" + issue + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đã giải quyết (thử quyền)"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return issue;
    }

    private String freshMeeting() {
        return created(
                "/voter-meetings",
                Map.of(
                        "title", "Hội nghị thử quyền " + UUID.randomUUID(),
                        "format", "ONLINE",
                        "onlineLink", "https://hop.example.vn/thu",
                        "heldOn", "2026-11-20",
                        "timing", "AFTER"));
    }

    private List<TestClient.Part> petitionList() {
        String csv = "Nội dung kiến nghị;Thôn\n" + petitionText() + ";Thôn Đông\n";
        return List.of(TestClient.Part.file(
                "file", "danh-sach.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // sessions: fresh sessions, motions, uploads and pack documents of the council under test

    private String freshSession() {
        return created(
                "/sessions",
                Map.of("title", "Kỳ họp ma trận", "startsAt", "2027-01-05T08:00:00+07:00", "kind", "REGULAR"));
    }

    /** {@code path} ("{sessionId}" or "{sessionId}/agenda-items/{itemId}") after the action. */
    private String sessionAction(String path, String action) {
        var done = client.request(
                "POST",
                "/api/v1/councils/" + SLUG + "/sessions/" + path + "/" + action,
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return path;
    }

    /** "{sessionId}/agenda-items/{itemId}" of a motion of a session in progress, vote not opened. */
    private String freshMotion() {
        String session = sessionAction(freshSession(), "start");
        String item = created(
                "/sessions/" + session + "/agenda-items",
                Map.of("title", "Tờ trình ma trận", "motion", true, "majority", "MORE_THAN_HALF_OF_ALL"));
        return session + "/agenda-items/" + item;
    }

    /** "{sessionId}/recording/uploads/{uploadId}". */
    private String freshRecordingUpload() {
        String session = freshSession();
        return session + "/recording/uploads/"
                + created("/sessions/" + session + "/recording/uploads", Map.of("fileName", "a.mp4", "size", 1000));
    }

    /** "{sessionId}/pack/{documentId}". */
    private String freshPackDocument() {
        String session = freshSession();
        var added = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/sessions/" + session + "/pack",
                documentDraft(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return session + "/pack/" + added.json().get("id").asString();
    }

    // opendata fixtures: a dataset, imported (one version), published
    private static List<TestClient.Part> datasetCsv() {
        return List.of(TestClient.Part.file(
                "file",
                "ngan-sach.csv",
                "text/csv",
                "Tỉnh,Tổng thu (triệu đồng),Năm\r\nHải Phòng,\"9.752.000\",2006\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String freshDataset() {
        return created("/datasets", Map.of("title", "Bộ dữ liệu ma trận " + UUID.randomUUID(), "theme", "BUDGET"));
    }

    private String imported(String datasetId) {
        var done = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/datasets/" + datasetId + "/imports",
                datasetCsv(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        return datasetId;
    }

    /** "{datasetId}/imports/{importId}" of a finished import. */
    private String freshDatasetImport() {
        String datasetId = freshDataset();
        var done = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/datasets/" + datasetId + "/imports",
                datasetCsv(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        return datasetId + "/imports/" + done.json().get("importId").asString();
    }

    private String published(String datasetId) {
        var done = client.request(
                "POST",
                "/api/v1/councils/" + SLUG + "/datasets/" + datasetId + "/publish",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return datasetId;
    }
}
