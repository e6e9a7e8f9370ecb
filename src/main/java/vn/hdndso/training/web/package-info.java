@NullMarked
package vn.hdndso.training.web;

import org.jspecify.annotations.NullMarked;
