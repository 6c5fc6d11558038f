# gdb_doc.py: the docs/gdb.md side of tests/qemu/gdb_doc.sh, run by gdb's
# own Python (gdb -batch -nx -x gdb_doc.py: the project needs gdb, not a
# separate python3).  TD_MODE says what to do:
#   commands  write the session's commands, one a line, to TD_CMDS
#   drive     (sourced in the live gdb session) run TD_CMDS one by one,
#             each output after a marker line "@@td N"
#   check     compare the transcript blocks with the session's output
#             (TD_OUT), and the ```console block's "debug: " lines with
#             what tools/debug.sh prints; exit 1 with a diff when they differ
#   update    rewrite the transcript blocks of docs/gdb.md from TD_OUT
#
# The transcript is every ```gdb fenced block of the doc, in order: a line
# "(gdb) CMD" is a command and the lines after it, up to the next command,
# its output.  Only the first block may start with output: what gdb prints
# while it reads the gdbinit of make debug.  The ```gdb-commands block is
# the same commands alone.
import difflib
import os
import re
import sys

ROOT = os.environ.get("TD_ROOT", "")
DOC = os.path.join(ROOT, "docs/gdb.md")
# The doc shows the repository as this, not as the path of one checkout.
SHOWN_ROOT = "/path/to/trapdoor"
PROMPT = "(gdb) "
MARK = re.compile(r"^@@td (\d+|end)$")


def _exit(status):
    sys.stdout.flush()
    os._exit(status)


def read_doc():
    """[(kind, lines)]: kind 'text', 'gdb' or 'gdb-commands'; lines
    without their newline.  A fenced block's lines exclude the fences."""
    parts, kind, cur = [], "text", []
    with open(DOC) as f:
        for line in f.read().split("\n"):
            if kind == "text":
                m = re.match(r"^```(gdb|gdb-commands)\s*$", line)
                if m:
                    cur.append(line)
                    parts.append(("text", cur))
                    kind, cur = m.group(1), []
                    continue
            elif line == "```":
                parts.append((kind, cur))
                kind, cur = "text", [line]
                continue
            cur.append(line)
    if kind != "text":
        sys.stderr.write("gdb_doc: docs/gdb.md: a ```%s block is not closed\n"
                         % kind)
        _exit(1)
    parts.append(("text", cur))
    return parts


def commands(parts):
    """The session's commands, in order."""
    out = []
    for n, (kind, lines) in enumerate(parts):
        if kind != "gdb":
            continue
        for line in lines:
            if line.startswith(PROMPT):
                out.append(line[len(PROMPT):])
    return out


def read_output(path, ncmds):
    """(banner lines, [output lines of command i])."""
    with open(path, errors="replace") as f:
        text = f.read().replace(ROOT, SHOWN_ROOT) if ROOT else f.read()
    banner, outs, cur, seen_end = [], [], None, False
    for line in text.split("\n"):
        m = MARK.match(line)
        if m and m.group(1) == "end":
            seen_end = True
            break
        if m:
            cur = []
            outs.append(cur)
            continue
        (banner if cur is None else cur).append(line)
    if not seen_end or len(outs) != ncmds:
        sys.stderr.write("gdb_doc: the session ended after %d of %d commands; "
                         "its output:\n%s\n" % (len(outs), ncmds, text))
        _exit(1)
    return banner, outs


def fresh_blocks(parts, banner, outs):
    """Each ```gdb block as the session printed it."""
    blocks, i = [], 0
    first = True
    for kind, lines in parts:
        if kind != "gdb":
            continue
        new = []
        if lines and not lines[0].startswith(PROMPT):
            if not first:
                sys.stderr.write("gdb_doc: docs/gdb.md: a ```gdb block other "
                                 "than the first starts with output: %r\n"
                                 % lines[0])
                _exit(1)
            new += banner
        for line in lines:
            if line.startswith(PROMPT):
                new.append(PROMPT + line[len(PROMPT):])
                new += outs[i]
                i += 1
        blocks.append(new)
        first = False
    return blocks


# What moves when any code changes, and nothing else: addresses of code
# and data (user 0x400000.., kernel image and direct map), of stacks (user
# below 0x800000000000, kernel stacks in the direct map); and the padding
# that aligns them in columns.
def _is_addr(v):
    return (0x400000 <= v < 0x1000000 or
            0x7f0000000000 <= v < 0x800000000000 or
            0xffff800000000000 <= v < 0xfffffffff0000000)


def mask(line):
    line = re.sub(r"\b0x[0-9a-fA-F]+\b",
                  lambda m: "ADDR" if _is_addr(int(m.group(0), 16))
                  else m.group(0), line)
    line = re.sub(r"\b\d{7,}\b",
                  lambda m: "ADDR" if _is_addr(int(m.group(0)))
                  else m.group(0), line)
    return re.sub(r"[ \t]+", " ", line).rstrip()


def check(parts, blocks):
    old = [lines for kind, lines in parts if kind == "gdb"]
    bad = 0
    for n, (a, b) in enumerate(zip(old, blocks)):
        ma, mb = [mask(l) for l in a], [mask(l) for l in b]
        if ma != mb:
            bad += 1
            print("docs/gdb.md, transcript block %d (of %d), masked: "
                  "--- the doc, +++ gdb now" % (n + 1, len(old)))
            for d in difflib.unified_diff(ma, mb, "doc", "gdb", n=2,
                                          lineterm=""):
                print("  " + d)
    bad += check_console()
    cmds = commands(parts)
    for kind, lines in parts:
        if kind == "gdb-commands" and lines != cmds:
            bad += 1
            print("docs/gdb.md: the ```gdb-commands block is not the "
                  "session's commands in order")
    return bad


def check_console():
    """The ```console block's "debug: " lines must be ones that
    tools/debug.sh prints, its variables standing for anything."""
    with open(os.path.join(ROOT, "tools/debug.sh")) as f:
        pats = [re.compile("^" + re.sub(r"\\\$\w+", ".+", re.escape(m)) + "$")
                for m in re.findall(r'echo "(debug: [^"]*)"', f.read())]
    with open(DOC) as f:
        blocks = re.findall(r"^```console\n(.*?)^```$", f.read(), re.M | re.S)
    bad = 0
    for line in "".join(blocks).split("\n"):
        if line.startswith("debug: ") and not any(p.match(line)
                                                  for p in pats):
            bad += 1
            print("docs/gdb.md: tools/debug.sh prints no line like %r "
                  "(the ```console block is kept by hand)" % line)
    return bad


def update(parts, blocks):
    it = iter(blocks)
    out = []
    for kind, lines in parts:
        if kind == "gdb":
            out += next(it)
        elif kind == "gdb-commands":
            out += commands(parts)
        else:
            out += lines
    with open(DOC + ".tmp", "w") as f:
        f.write("\n".join(out))
    os.replace(DOC + ".tmp", DOC)


def drive(path):
    import gdb
    with open(path) as f:
        cmds = f.read().split("\n")[:-1]
    for i, c in enumerate(cmds):
        gdb.write("@@td %d\n" % i)
        gdb.flush()
        try:
            # from_tty: what a terminal shows ("Continuing." and so on).
            gdb.execute(c, from_tty=True)
        except gdb.error as e:
            gdb.write("%s\n" % e)
        gdb.flush()
    gdb.write("@@td end\n")
    gdb.flush()


def main():
    mode = os.environ.get("TD_MODE")
    if mode == "drive":
        drive(os.environ["TD_CMDS"])
        return
    parts = read_doc()
    cmds = commands(parts)
    if mode == "commands":
        with open(os.environ["TD_CMDS"], "w") as f:
            f.write("".join(c + "\n" for c in cmds))
        _exit(0 if cmds else 1)
    banner, outs = read_output(os.environ["TD_OUT"], len(cmds))
    blocks = fresh_blocks(parts, banner, outs)
    if mode == "update":
        update(parts, blocks)
        print("gdb_doc: rewrote %d transcript blocks of docs/gdb.md "
              "(%d commands)" % (len(blocks), len(cmds)))
        _exit(0)
    bad = check(parts, blocks)
    if bad:
        print("gdb_doc: docs/gdb.md's transcript no longer matches what gdb "
              "shows; if the change is meant, run "
              "tests/qemu/gdb_doc.sh --update and read the diff")
    _exit(1 if bad else 0)


main()
