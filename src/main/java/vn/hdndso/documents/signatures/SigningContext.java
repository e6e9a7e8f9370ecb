package vn.hdndso.documents.signatures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a signature says about the document it signs.
 *
 * @param numberSymbol the document's number/symbol ({@code 03/KH-TTHĐND})
 * @param placeAndDate the place and date line ({@code Lạc Phượng, ngày 05 tháng 9 năm 2025}), shown in
 *     the visible signature when given
 * @param reason why it is signed ("Ban hành văn bản 03/KH-TTHĐND")
 * @param location the place name
 * @param signedAt the signing time the signature claims
 */
public record SigningContext(
        String numberSymbol, @Nullable String placeAndDate, String reason, String location, Instant signedAt) {}
