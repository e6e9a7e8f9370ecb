package vn.hdndso.councils.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.hdndso.shared.VnText;

/**
 * The 2025 administrative-unit list bundled with the application
 * ({@code data/admin-units/units-2025.csv}, MIT, see its README).
 */
final class AdminUnitCatalog {

    static final String RESOURCE = "data/admin-units/units-2025.csv";
    private static final String HEADER =
            "province_code,province_name,province_full_name,ward_code,ward_name,ward_full_name,ward_type,ward_name_en";

    private final List<AdminUnit> units;

    private AdminUnitCatalog(List<AdminUnit> units) {
        this.units = List.copyOf(units);
    }

    static AdminUnitCatalog bundled() {
        var resource = new ClassPathResource(RESOURCE);
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
            }
            List<AdminUnit> units = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 8) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                units.add(new AdminUnit(
                        f[0].strip(),
                        VnText.normalize(f[2]),
                        f[3].strip(),
                        VnText.normalize(f[4]),
                        VnText.normalize(f[5]),
                        VnText.normalize(f[6])));
            }
            return new AdminUnitCatalog(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commune-level units of a province, by code. */
    List<AdminUnit> unitsOf(String provinceCode) {
        return units.stream()
                .filter(u -> u.provinceCode().equals(provinceCode))
                .sorted(java.util.Comparator.comparing(AdminUnit::code))
                .toList();
    }

    int size() {
        return units.size();
    }
}
