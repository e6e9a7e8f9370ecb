"""Reads `jfr print --events jdk.ExecutionSample` from stdin and splits the request threads' samples
(tomcat-handler-…) of a portal run into the page cache's hit path (PublicCachingFilter.answerFromCache
or a filter before it, no handler) and the rest, then attributes each hit-path sample to the layer
of its innermost known frame. Also says whether any hit-path sample was in the template engine, the
security filter chain, a handler or the JDBC driver (none should be). Usage:

    jfr print --events jdk.ExecutionSample /tmp/portal.jfr | python3 bench/jfr_hit_path.py
"""
import collections
import re
import sys

LAYERS = [
    ("page cache: answer, key, look-up (portal)", ("vn.hdndso.portal.",)),
    ("other application filters (client address, language, body limits)", ("vn.hdndso.",)),
    ("Micrometer (HTTP server observation)", ("io.micrometer.", "org.springframework.web.filter.ServerHttpObservationFilter")),
    ("Spring Session (request wrapper)", ("org.springframework.session.",)),
    ("Spring filters (encoding, request context, form content)", ("org.springframework.",)),
    ("Tomcat: HTTP parsing, headers, output", ("org.apache.",)),
]
MUST_NOT = [
    ("template engine", "org.thymeleaf."),
    ("Spring Security chain", "org.springframework.security.web.FilterChainProxy"),
    ("a handler (DispatcherServlet)", "org.springframework.web.servlet.DispatcherServlet."),
    ("the JDBC driver", "org.postgresql."),
]
FRAME = re.compile(r"^\s+([\w$.<>]+)\(", re.M)
THREAD = re.compile(r'sampledThread = "([^"]+)"')

samples = sys.stdin.read().split("jdk.ExecutionSample {")[1:]
request = hit = 0
layers = collections.Counter()
forbidden = collections.Counter()
for sample in samples:
    thread = THREAD.search(sample)
    if not thread or not thread.group(1).startswith("tomcat-handler"):
        continue
    request += 1
    frames = FRAME.findall(sample)
    if "vn.hdndso.portal.internal.PublicCachingFilter.answerFromCache" not in frames and any(
        f.startswith("org.springframework.web.servlet.DispatcherServlet.") for f in frames
    ):
        continue  # rendered: a miss, a 304 of a miss, or another page
    if not any(f.startswith("vn.hdndso.portal.internal.PublicCachingFilter") for f in frames) and not any(
        f.startswith("org.apache.") for f in frames
    ):
        continue
    hit += 1
    for name, prefix in MUST_NOT:
        if any(f.startswith(prefix) for f in frames):
            forbidden[name] += 1
    layer = "JDK only (no known frame)"
    for frame in frames:
        found = next((name for name, prefixes in LAYERS if frame.startswith(prefixes)), None)
        if found:
            layer = found
            break
    layers[layer] += 1

print(f"request-thread samples: {request}; on the cache's hit path (no handler): {hit}")
for layer, n in layers.most_common():
    print(f"  {layer}: {n} ({100 * n / max(hit, 1):.1f} %)")
for name, _ in MUST_NOT:
    print(f"  hit-path samples in {name}: {forbidden[name]}")
