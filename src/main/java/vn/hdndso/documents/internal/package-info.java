/**
 * The implementation of the documents module's API: the use cases of outgoing and incoming
 * documents, the registers, the repositories and the demo content. Everything here is
 * package-private; other packages see only the interfaces at the module's root.
 */
@NullMarked
package vn.hdndso.documents.internal;

import org.jspecify.annotations.NullMarked;
