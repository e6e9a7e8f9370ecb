package vn.hdndso.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hdndso.identity.ApiKeyScope;
import vn.hdndso.shared.InvalidInputException;

/** Scopes as forms and JSON write them ({@code read:public}, …); an unknown one is a field error. */
final class ApiKeyScopes {

    private ApiKeyScopes() {}

    static Set<ApiKeyScope> parse(List<String> codes) {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String code : codes) {
            if (code.isBlank()) {
                continue;
            }
            scopes.add(ApiKeyScope.fromCode(code)
                    .orElseThrow(() -> InvalidInputException.of("scopes", "validation.apiKey.scope", code)));
        }
        return scopes.isEmpty() ? ApiKeyScope.DEFAULT : scopes;
    }

    static List<String> codes(Set<ApiKeyScope> scopes) {
        return scopes.stream().sorted().map(ApiKeyScope::code).toList();
    }
}
