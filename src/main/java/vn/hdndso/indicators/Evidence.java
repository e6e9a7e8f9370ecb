package vn.hdndso.indicators;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One record behind an indicator's value: a document, a session, a meeting, a dataset; whether it
 * counts towards the numerator, and where to see it.
 *
 * @param kind what the record is, a message-key suffix ({@code document}, {@code session} …)
 * @param id its identifier in its module
 * @param title how it is called ("Nghị quyết 05/NQ-HĐND …")
 * @param day the day that placed it in the period
 * @param counts whether it meets the definition (counts towards the numerator)
 * @param isPublic whether the public may see it; the public evidence lists only these
 * @param url its page, relative to the installation ("/lac-phuong/van-ban/…" or "/app/…")
 */
public record Evidence(
        String kind, String id, String title, @Nullable LocalDate day, boolean counts, boolean isPublic, String url) {}
