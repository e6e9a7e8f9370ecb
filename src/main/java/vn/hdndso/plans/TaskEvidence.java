package vn.hdndso.plans;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence that a task was done: a document, session or dataset of the council (by its id), a
 * training course, or a link.
 *
 * @param reference the record's id, the course's reference or the link's address
 * @param title how it is called ("10/KH-TTHĐND – Kế hoạch …")
 */
public record TaskEvidence(
        UUID id, EvidenceKind kind, String reference, String title, String addedBy, Instant addedAt) {}
