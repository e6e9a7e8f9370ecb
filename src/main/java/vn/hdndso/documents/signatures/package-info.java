/**
 * PAdES signatures: signing with a council's key ({@link vn.hdndso.documents.signatures.PadesSigner},
 * {@link vn.hdndso.documents.signatures.CouncilKeys}) and validating the signatures of a PDF
 * against the trust store ({@link vn.hdndso.documents.signatures.PadesValidator}). Internal to the
 * documents module (not a named interface).
 */
@NullMarked
package vn.hdndso.documents.signatures;

import org.jspecify.annotations.NullMarked;
