package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A crafted workbook (a merged region A1:GR1048576 over a sheet with a cell in its last row: 200
 * million cells once filled) is refused at upload with a Vietnamese message, quickly, and nothing
 * is imported (issue 17, finding 9d).
 */
@IntegrationTest
class WorkbookLimitsIntegrationTest {

    private static final String COUNCIL = "duong-an";
    private static final String PASSWORD = "Mat-khau-thu-2026";

    @Autowired
    TestClient client;

    @Test
    void aWorkbookThatWouldFillTwoHundredMillionCellsIsRefusedWithAClearMessage() throws IOException {
        String clerk = TestClient.uniqueUsername("od.clerk");
        client.createUser(COUNCIL, clerk, PASSWORD, "Văn thư thử", "CLERK");
        var created = client.postJson(
                "/api/v1/councils/" + COUNCIL + "/datasets",
                Map.of("title", "Dữ liệu bẫy", "description", "Thử nghiệm", "theme", "BUDGET", "period", "2026"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String dataset = created.json().get("id").asString();

        long started = System.nanoTime();
        var refused = client.postMultipart(
                "/api/v1/councils/" + COUNCIL + "/datasets/" + dataset + "/imports",
                List.of(TestClient.Part.file(
                        "file",
                        "bay.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        trap())),
                clerk,
                PASSWORD);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Trang tính quá lớn để nhập");
        assertThat(System.nanoTime() - started).isLessThan(30_000_000_000L);
    }

    private static byte[] trap() throws IOException {
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Bẫy");
            s.createRow(0).createCell(0).setCellValue("STT");
            s.createRow(1).createCell(0).setCellValue(1);
            s.createRow(1_048_575).createCell(0).setCellValue("cuối");
            s.addMergedRegionUnsafe(CellRangeAddress.valueOf("A1:GR1048576"));
            wb.write(out);
            return out.toByteArray();
        }
    }
}
