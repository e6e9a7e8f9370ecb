package vn.hdndso.files;

import org.jspecify.annotations.Nullable;

/**
 * An upload that passed the checks.
 *
 * @param type what its content is
 * @param size in bytes
 * @param pageCount pages of a PDF, {@code null} for other types
 */
public record CheckedUpload(
        FileType type, long size, @Nullable Integer pageCount) {}
