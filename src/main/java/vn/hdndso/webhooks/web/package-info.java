/** The webhooks JSON API and the council administrator's workspace page. */
@NullMarked
package vn.hdndso.webhooks.web;

import org.jspecify.annotations.NullMarked;
