/**
 * The OParl objects built from the councils', documents' and sessions' APIs.
 */
@NullMarked
package vn.hdndso.oparl.internal;

import org.jspecify.annotations.NullMarked;
