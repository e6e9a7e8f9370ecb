package vn.hdndso.councils;

import org.jspecify.annotations.Nullable;

/** A delegate's contact details: personal data, visible to the council's staff only, reads audited. */
public record DelegateContact(
        DelegateId delegateId,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address) {}
