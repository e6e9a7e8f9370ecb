package vn.hdndso.documents.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * Checks a draft's metadata field by field, for a new draft and for an edit alike: every problem is
 * added to the collector, each naming its field; the visibility defaults to the type's.
 */
@Component
class DraftDetailsCheck {

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_NAME = 200;
    private static final int MAX_RECIPIENTS = 4000;

    private final CouncilOrganisation organisation;
    private final VisibilityDefaults visibility;

    DraftDetailsCheck(CouncilOrganisation organisation, VisibilityDefaults visibility) {
        this.organisation = organisation;
        this.visibility = visibility;
    }

    /** The issuer symbols the council may number under: HĐND, TTHĐND and its committees'. */
    List<String> issuerSymbols(CouncilId council) {
        Set<String> symbols = new LinkedHashSet<>(OutgoingDocuments.COUNCIL_SYMBOLS);
        organisation.profile(council).bodies().stream()
                .map(b -> b.body().symbol())
                .filter(s -> s != null && !s.isBlank())
                .forEach(symbols::add);
        return List.copyOf(symbols);
    }

    /** The checked details, or empty with the problems in {@code problems}. */
    Optional<OutgoingDocument.Details> check(
            CouncilId council, NewOutgoingDocument draft, InvalidInputException.Collector found) {
        var problems = new InvalidInputException.Collector();
        String typeCode = draft.typeCode();
        Optional<DocumentType> type = typeCode == null ? Optional.empty() : DocumentType.byCode(typeCode);
        if (typeCode == null || typeCode.isBlank()) {
            problems.add("typeCode", "documents.typeCode.required");
        } else if (type.isEmpty()) {
            problems.add("typeCode", "documents.typeCode.unknown", typeCode);
        }
        String issuer = FieldText.clean(draft.issuerSymbol());
        List<String> allowed = issuerSymbols(council);
        if (issuer.isEmpty()) {
            problems.add("issuerSymbol", "documents.issuerSymbol.required");
        } else if (!allowed.contains(issuer)) {
            problems.add("issuerSymbol", "documents.issuerSymbol.unknown", issuer, String.join(", ", allowed));
        }
        String unit = FieldText.clean(draft.unitSymbol());
        if (!unit.isEmpty() && (unit.contains(" ") || unit.contains("/") || unit.length() > 30)) {
            problems.add("unitSymbol", "documents.unitSymbol.invalid");
        }
        if (draft.normative() && type.isPresent() && !type.get().isResolution()) {
            problems.add("normative", "documents.normative.onlyResolutions");
        }
        String subject = FieldText.clean(draft.subject());
        FieldText.requireText(problems, "documents", "subject", subject, MAX_SUBJECT);
        String signerName = FieldText.clean(draft.signerName());
        FieldText.requireText(problems, "documents", "signerName", signerName, MAX_NAME);
        String signerPosition = FieldText.clean(draft.signerPosition());
        FieldText.requireText(problems, "documents", "signerPosition", signerPosition, MAX_NAME);
        String recipients = recipients(draft.recipients());
        if (recipients.length() > MAX_RECIPIENTS) {
            problems.add("recipients", "documents.field.tooLong", MAX_RECIPIENTS);
        }
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> found.add(p.field(), p.messageKey(), p.arguments()));
            return Optional.empty();
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Boolean restricted = draft.restricted();
        return Optional.of(new OutgoingDocument.Details(
                type.get(),
                issuer,
                unit.isEmpty() ? null : unit,
                draft.normative(),
                subject,
                signerName,
                signerPosition,
                recipients,
                restricted == null ? visibility.restrictedByDefault(type.get()) : restricted));
    }

    private static String recipients(@Nullable String recipients) {
        return recipients == null
                ? ""
                : recipients
                        .lines()
                        .map(VnText::normalize)
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.joining("\n"));
    }
}
