/**
 * Spring Security configuration, accounts and API keys in the database, sign-in throttling and
 * the TOTP second factor.
 */
@NullMarked
package vn.hdndso.identity.internal;

import org.jspecify.annotations.NullMarked;
