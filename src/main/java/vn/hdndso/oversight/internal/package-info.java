/** The oversight module's implementations: questions, commitments, the programme and topics, T11. */
@NullMarked
package vn.hdndso.oversight.internal;

import org.jspecify.annotations.NullMarked;
