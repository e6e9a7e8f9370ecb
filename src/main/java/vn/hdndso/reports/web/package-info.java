/** The reports' JSON API and the standing committee's workspace page. */
@NullMarked
package vn.hdndso.reports.web;

import org.jspecify.annotations.NullMarked;
