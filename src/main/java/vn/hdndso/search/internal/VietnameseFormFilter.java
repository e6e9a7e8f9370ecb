package vn.hdndso.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each token by its exact or folded Vietnamese form ({@link VietnameseText}). */
final class VietnameseFormFilter extends TokenFilter {

    enum Form {
        EXACT,
        FOLDED
    }

    private final Form form;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    VietnameseFormFilter(TokenStream input, Form form) {
        super(input);
        this.form = form;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String value = form == Form.EXACT ? VietnameseText.exact(term) : VietnameseText.folded(term);
        term.setEmpty().append(value);
        return true;
    }
}
