package vn.hdndso.documents.web;

import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.hdndso.councils.Council;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;

/** The draft form, for a new draft and for editing one: what it shows and the choices it offers. */
@Component
class DraftFormPage {

    private final OutgoingDocuments documents;

    DraftFormPage(OutgoingDocuments documents) {
        this.documents = documents;
    }

    /** @param editing the draft being edited; null for a new one */
    String show(
            Council council,
            DraftForm form,
            Map<String, String> errors,
            Model model,
            @Nullable OutgoingDocument editing) {
        model.addAttribute("council", council);
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", Arrays.stream(DocumentType.values()).toList());
        model.addAttribute("issuers", documents.issuerSymbols(council.id()));
        return "documents/form";
    }
}
