package vn.hdndso.documents;

import java.time.LocalDate;

/**
 * The place and date line of a document (Decree 30, Art. 8.2):
 * {@code Lạc Phượng, ngày 05 tháng 9 năm 2025}. Days below 10 and the months January and February
 * are zero-padded ({@code ngày 03 tháng 02 năm 2026}).
 */
public record PlaceAndDate(String place, LocalDate date) {

    public String format() {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return place + ", ngày " + DocumentNumber.padded(date.getDayOfMonth()) + " tháng " + monthText + " năm "
                + date.getYear();
    }

    /** The place name of a council: its unit name without "Xã", "Phường", "Đặc khu", "Thành phố". */
    public static String placeOf(String councilName) {
        for (String prefix : new String[] {"Xã ", "Phường ", "Đặc khu ", "Thành phố ", "Tỉnh "}) {
            if (councilName.startsWith(prefix)) {
                return councilName.substring(prefix.length());
            }
        }
        return councilName;
    }

    @Override
    public String toString() {
        return format();
    }
}
