/**
 * Open data on the web: the staff pages, the public pages and files (CSV, JSON, DCAT, ZIP), the JSON
 * API, and Open311 GeoReport v2 over voters' petitions.
 */
@NullMarked
package vn.hdndso.opendata.web;

import org.jspecify.annotations.NullMarked;
