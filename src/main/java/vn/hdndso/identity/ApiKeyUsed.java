package vn.hdndso.identity;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An API key was used for the first time on a day (Vietnam time); later uses that day publish nothing. */
public record ApiKeyUsed(CouncilId council, UUID apiKey, LocalDate day) implements CouncilEvent {}
