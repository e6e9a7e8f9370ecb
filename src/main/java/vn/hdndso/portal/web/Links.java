package vn.hdndso.portal.web;

import vn.hdndso.shared.InstallationProperties;

/** Absolute addresses of the public site, from {@code HDND_BASE_URL}. */
final class Links {

    private Links() {}

    /** The base URL without a trailing slash. */
    static String base(InstallationProperties installation) {
        String base = installation.baseUrl().strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
