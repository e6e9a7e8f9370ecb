package vn.hdndso.oparl;

/** The addresses of OParl objects of one council ({@code <base>/oparl/v1/bodies/<slug>/…}). */
public record OparlLinks(String base, String slug) {

    public static final String ROOT = "/oparl/v1";

    public String system() {
        return base + ROOT + "/system";
    }

    public String body() {
        return base + ROOT + "/bodies/" + slug;
    }

    /** A list of the body ({@code "papers"}) or one object in it ({@code "papers", id}). */
    public String of(String list, Object... id) {
        return id.length == 0 ? body() + "/" + list : body() + "/" + list + "/" + id[0];
    }

    /** The public web page of the council, or a page under it. */
    public String web(String path) {
        return base + "/" + slug + path;
    }
}
