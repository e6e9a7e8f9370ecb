package vn.hdndso.petitions;

import java.time.Instant;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An answer was published on the council's site, de-identified: public, for search and the portal. */
public record AnswerPublished(
        CouncilId council,
        UUID issueId,
        String title,
        String field,
        AnswerClass answerClass,
        String text,
        Instant publishedAt,
        boolean withinLegalWindow,
        boolean publicVisible)
        implements CouncilEvent {}
