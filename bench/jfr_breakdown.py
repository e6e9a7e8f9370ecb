"""Reads `jfr print --events jdk.ExecutionSample` from stdin and attributes each sample to a layer:
first the sub-tasks that run anywhere below (resource URL lookup, message bundles, the database),
then the innermost frame that belongs to a known framework. A rough 'self time by layer' of a web
request, not a precise profile."""
import collections
import re
import sys

# anywhere in the stack: the whole sub-task, whatever it calls
SUBTASKS = [
    ("resource URL lookup for links (ResourceUrlProvider)", ("org.springframework.web.servlet.resource.ResourceUrlProvider.",)),
    ("message bundles", ("MessageSource",)),
    ("JDBC, PostgreSQL driver, Hikari pool", ("org.postgresql.", "com.zaxxer.", "org.springframework.jdbc.")),
]
# otherwise the innermost frame of one of these
LAYERS = [
    ("Thymeleaf rendering, SpEL expressions", ("org.thymeleaf.", "org.springframework.expression.")),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("Spring Session", ("org.springframework.session.",)),
    ("Tomcat, HTTP, output buffers", ("org.apache.",)),
    ("Spring MVC, other Spring", ("org.springframework.",)),
    ("application code", ("vn.hdndso.",)),
]
FRAME = re.compile(r"^\s+([\w$.<>]+)\(", re.M)

samples = sys.stdin.read().split("jdk.ExecutionSample {")[1:]
counts = collections.Counter()
for sample in samples:
    layer = "JDK only (no framework frame)"
    frames = FRAME.findall(sample)
    subtask = next((name for name, prefixes in SUBTASKS if any(p in f for f in frames for p in prefixes)), None)
    if subtask:
        counts[subtask] += 1
        continue
    for frame in frames:
        found = next((name for name, prefixes in LAYERS if any(p in frame for p in prefixes)), None)
        if found:
            layer = found
            break
    counts[layer] += 1
total = max(len(samples), 1)
for layer, n in counts.most_common():
    print(f"{100 * n / total:5.1f} %  {layer}")
print(f"({len(samples)} samples)")
