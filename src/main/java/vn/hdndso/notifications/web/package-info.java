/** Staff pages and API of the notifications module: what was sent to whom, preferences, subscriptions. */
@NullMarked
package vn.hdndso.notifications.web;

import org.jspecify.annotations.NullMarked;
