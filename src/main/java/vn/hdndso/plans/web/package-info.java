/** The plans' JSON API and the clerk's pages for reading, reviewing and confirming a plan. */
@NullMarked
package vn.hdndso.plans.web;

import org.jspecify.annotations.NullMarked;
