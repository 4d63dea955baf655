#!/usr/bin/env python3
# usage: bench/pch_compile_time.py BUILD_DIR FILE...   (a build configured with AELAB_PCH=ON)
# Compile the same translation units of an ASan build with and without the precompiled header,
# interleaved, and print CPU seconds (user+sys) for each.
import json, os, resource, shlex, subprocess, sys, time
build = sys.argv[1]
wanted = sys.argv[2:]
cmds = {}
for e in json.load(open(os.path.join(build, 'compile_commands.json'))):
    for w in wanted:
        if e['file'].endswith(w): cmds[w] = (e['directory'], e['command'])
def run(cmd, d):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, shell=True, cwd=d, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
tot = [0, 0]
for w in wanted:
    d, c = cmds[w]
    args = shlex.split(c)
    out = [a for a in args]
    i = out.index('-o'); out[i+1] = '/tmp/micro.o'
    pch = shlex.join(out)
    nop = []
    skip = False
    for a in out:
        if skip: skip = False; continue
        if a == '-include' : skip = True; continue
        if a == '-Winvalid-pch': continue
        nop.append(a)
    nop = shlex.join(nop)
    a = run(pch, d); b = run(nop, d)
    tot[0] += a; tot[1] += b
    print(f'{w:50s} pch {a:6.1f} s   no pch {b:6.1f} s', flush=True)
print(f'{"total":50s} pch {tot[0]:6.1f} s   no pch {tot[1]:6.1f} s')
