package vn.hdndso.opendata;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a dataset version: its row in the imported file and its typed values, one per
 * column (String, java.math.BigDecimal, Integer for years, java.time.LocalDate, or null).
 */
public record DataRow(int sourceRow, List<@Nullable Object> values) {}
