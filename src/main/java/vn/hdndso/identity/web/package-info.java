/**
 * Sign-in, second factor, account and user pages, API keys and the audit trail's pages and API.
 */
@NullMarked
package vn.hdndso.identity.web;

import org.jspecify.annotations.NullMarked;
