/**
 * The OParl 1.1 JSON API.
 */
@NullMarked
package vn.hdndso.oparl.web;

import org.jspecify.annotations.NullMarked;
