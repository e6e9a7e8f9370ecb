package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/** The registers through the API, opened as a clerk would: in a spreadsheet and printed. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistersIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Registers-Pass-2026";
    private static final String API = "/api/v1/councils/" + SLUG;
    private static final String SUBJECT =
            "Báo cáo kết quả giám sát việc giải quyết ý kiến cử tri – đợt " + System.nanoTime();

    @Autowired
    TestClient client;

    private String clerk;
    private String chair;
    private String numberSymbol;
    private int year;

    @BeforeAll
    void documents() {
        clerk = TestClient.uniqueUsername("reg.clerk");
        String clerkId = client.createUser(SLUG, clerk, PASSWORD, "Lê Thị Xử Lý", "CLERK");
        chair = TestClient.uniqueUsername("reg.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch sổ", "COUNCIL_ADMIN");
        year = LocalDate.now(VnTime.ZONE).getYear();

        var registered = client.postMultipart(
                API + "/incoming",
                List.of(
                        Part.json("metadata", """
                                {"issuingBody":"Ủy ban nhân dân xã Lạc Phượng","numberSymbol":"%s/BC-UBND",
                                 "documentDate":"%s","typeCode":"BC","subject":"%s","urgency":"HỎA TỐC"}""".formatted(
                                        System.nanoTime() % 1000, LocalDate.now(VnTime.ZONE), SUBJECT)),
                        Part.file("file", "bao-cao.pdf", "application/pdf", TestPdfs.plan(SUBJECT, 1))),
                clerk,
                PASSWORD);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(client.postJson(
                                API + "/incoming/" + id + "/assign",
                                Map.of(
                                        "handlerUserId",
                                        clerkId,
                                        "deadline",
                                        LocalDate.now(VnTime.ZONE).toString()),
                                clerk,
                                PASSWORD)
                        .status())
                .isEqualTo(200);

        var draft = client.postMultipart(
                API + "/documents",
                List.of(
                        Part.json("metadata", """
                                {"typeCode":"TB","issuerSymbol":"TTHĐND","subject":"Thông báo lịch tiếp xúc cử tri",
                                 "signerName":"Phạm Văn Đức","signerPosition":"Chủ tịch HĐND",
                                 "recipients":["Ủy ban MTTQ xã","Lưu: VT"]}"""),
                        Part.file("file", "tb.pdf", "application/pdf", TestPdfs.plan("Thông báo", 1))),
                clerk,
                PASSWORD);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        var issued = client.request(
                "POST", API + "/documents/" + draft.json().get("id").asString() + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        numberSymbol = issued.json().get("numberSymbol").asString();
    }

    @Test
    void exportsTheIncomingRegisterAsXlsxWithTheDecree30Columns() throws Exception {
        var response = client.getBytes(API + "/registers/incoming?year=" + year + "&format=xlsx", clerk, PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("so-van-ban-den-" + year + ".xlsx");
        List<List<String>> rows = rows(response.body());
        assertThat(rows.get(0)).first().asString().startsWith("Hội đồng nhân dân");
        assertThat(rows.get(1)).first().isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN – NĂM " + year);
        assertThat(rows.get(3))
                .containsExactly(
                        "Ngày đến",
                        "Số đến",
                        "Tác giả",
                        "Số, ký hiệu",
                        "Ngày tháng",
                        "Tên loại và trích yếu nội dung",
                        "Đơn vị hoặc người nhận",
                        "Ngày chuyển",
                        "Ký nhận",
                        "Ghi chú");
        List<String> entry = rows.stream()
                .filter(r -> r.size() > 5 && r.get(5).contains(SUBJECT))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get(2)).isEqualTo("Ủy ban nhân dân xã Lạc Phượng");
        assertThat(entry.get(5)).isEqualTo("Báo cáo: " + SUBJECT);
        assertThat(entry.get(6)).isEqualTo("Lê Thị Xử Lý");
        assertThat(entry.get(9)).contains("HỎA TỐC").contains("Không có chữ ký số");
    }

    @Test
    void printsTheFollowUpRegisterAsAPdfWithVietnameseText() throws Exception {
        var response = client.getBytes(API + "/registers/follow-up?year=" + year + "&format=pdf", clerk, PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN – NĂM " + year)
                    .contains("Hạn giải quyết")
                    .contains("Lê Thị Xử Lý")
                    .contains("giám sát việc giải quyết ý kiến cử tri")
                    .contains("Trang 1/" + pdf.getNumberOfPages());
        }
    }

    @Test
    void listsIssuedDocumentsInTheOutgoingRegisterAsJsonXlsxAndPdf() throws Exception {
        var json = client.get(API + "/registers/outgoing?year=" + year + "&type=TB", clerk, PASSWORD);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("title").asString()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM " + year);
        assertThat(json.json().get("rows").valueStream().map(r -> r.get(0).asString()))
                .contains(numberSymbol);

        List<List<String>> rows =
                rows(client.getBytes(API + "/registers/outgoing?year=" + year + "&format=xlsx", clerk, PASSWORD)
                        .body());
        List<String> entry = rows.stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(numberSymbol))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get(2)).isEqualTo("Thông báo: Thông báo lịch tiếp xúc cử tri");
        assertThat(entry.get(3)).isEqualTo("Phạm Văn Đức");
        assertThat(entry.get(4)).contains("Ủy ban MTTQ xã");

        var pdf = client.getBytes(API + "/registers/outgoing?year=" + year + "&format=pdf", clerk, PASSWORD);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC))
                    .contains(numberSymbol)
                    .contains("Phạm Văn Đức");
        }
    }

    @Test
    void refusesAnUnknownRegisterOrFormat() {
        assertThat(client.get(API + "/registers/secret", clerk, PASSWORD).status())
                .isEqualTo(404);
        var format = client.get(API + "/registers/incoming?format=docx", clerk, PASSWORD);
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body()).contains("Định dạng «docx» không được hỗ trợ");
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }
}
