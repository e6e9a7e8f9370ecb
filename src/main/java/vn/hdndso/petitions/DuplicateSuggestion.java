package vn.hdndso.petitions;

import java.util.UUID;

/** An issue that probably asks for the same thing as a petition, and how similar (0–1). */
public record DuplicateSuggestion(UUID issueId, String title, int petitionCount, double similarity) {}
