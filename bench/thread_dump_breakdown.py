#!/usr/bin/env python3
"""Where the application's threads are, over a series of thread dumps taken during a benchmark.

Take the dumps (virtual threads included) while the benchmark runs, e.g. every half second:

    pid=$(pgrep -f "^/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar .*surefirebooter" | head -1)
    for i in $(seq 1 20); do jcmd $pid Thread.dump_to_file -overwrite /tmp/td/td$i.txt; sleep 0.5; done
    python3 bench/thread_dump_breakdown.py '/tmp/td/td*.txt'

For each dump, every thread with a frame of the application is counted once, by its innermost
application frame (tenancy and web plumbing left out), as waiting for a database connection (HikariPool.getConnection), in a database
call, or elsewhere; the figures are per dump (averages), so 72.8 means 73 threads at any moment.
"""
import collections
import glob
import re
import sys


def app_frame(lines):
    """The innermost frame of the application's own work (not the tenancy or web plumbing)."""
    app = [l for l in lines if 'vn.hdndso' in l and 'CGLIB' not in l and 'lambda$' not in l]
    own = [l for l in app if '.shared.tenancy.' not in l and '.shared.web.' not in l]
    chosen = own[0] if own else (app[-1] if app else None)
    return re.sub(r'\(.*', '', chosen).replace('at ', '') if chosen else None


def main(pattern):
    files = sorted(glob.glob(pattern))
    waiting, in_db, parked = collections.Counter(), collections.Counter(), collections.Counter()
    for f in files:
        for block in open(f, errors='replace').read().split('\n\n'):
            lines = [l.strip() for l in block.strip().split('\n')]
            if not lines or not lines[0].startswith('#'):
                continue
            text = '\n'.join(lines)
            frame = app_frame(lines)
            if frame is None:
                continue
            if 'HikariPool.getConnection' in text:
                waiting[frame] += 1
            elif 'org.postgresql' in text or 'TenantAwareTransactionManager' in text or 'Poller.poll' in text:
                in_db[frame] += 1
            elif 'Semaphore' in text or 'ReentrantLock' in text or 'Object.wait' in text:
                parked[frame] += 1
    n = max(1, len(files))
    for title, counter in (('waiting for a connection', waiting), ('in a database call', in_db),
                           ('parked on a lock or semaphore', parked)):
        print(f'-- {title} (threads per dump, {len(files)} dumps), by innermost application frame:')
        for frame, count in counter.most_common(15):
            print(f'{count / n:7.1f}  {frame}')


if __name__ == '__main__':
    main(sys.argv[1])
