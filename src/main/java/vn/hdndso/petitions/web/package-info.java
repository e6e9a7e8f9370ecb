@NullMarked
package vn.hdndso.petitions.web;

import org.jspecify.annotations.NullMarked;
