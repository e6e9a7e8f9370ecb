package vn.hdndso.documents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a clerk enters when registering an incoming document; checked by {@link
 * IncomingDocuments#register}.
 *
 * @param receivedOn the day it arrived; today (Vietnam time) when {@code null}
 * @param urgency {@code null} means {@link Urgency#NORMAL}
 * @param confirmDuplicate register it although it looks like one already registered
 */
public record NewIncomingDocument(
        @Nullable LocalDate receivedOn,
        @Nullable String issuingBody,
        @Nullable String numberSymbol,
        @Nullable LocalDate documentDate,
        @Nullable String typeCode,
        @Nullable String subject,
        @Nullable Urgency urgency,
        boolean confirmDuplicate) {}
