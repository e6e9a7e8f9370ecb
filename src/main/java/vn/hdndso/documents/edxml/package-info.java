/**
 * edXML (QCVN 102:2016/BTTTT, amended 2022): writing and reading packages and status messages
 * with the JDK's StAX, securely (no DTD, no external entity), and the validation rules of
 * DOMAIN.md. Internal to the documents module; its API is {@link vn.hdndso.documents.EdxmlPackages}.
 */
@NullMarked
package vn.hdndso.documents.edxml;

import org.jspecify.annotations.NullMarked;
