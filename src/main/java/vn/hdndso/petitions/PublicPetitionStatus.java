package vn.hdndso.petitions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding a tracking code may see: the status, field and — once published — the
 * de-identified answer. No name, contact, address or the petition's own text.
 */
public record PublicPetitionStatus(
        String trackingCode,
        String councilSlug,
        String councilName,
        IssueStatus status,
        String field,
        String fieldName,
        CompetentLevel level,
        LocalDate receivedOn,
        int petitionCount,
        @Nullable String competentBody,
        @Nullable LocalDate deadline,
        @Nullable AnswerClass answerClass,
        @Nullable String answer,
        @Nullable LocalDate answerPromisedOn,
        @Nullable LocalDate answeredOn,
        @Nullable LocalDate publishedOn) {}
