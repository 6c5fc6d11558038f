#!/usr/bin/env bash
# tools/docrefs: on a small tree of its own, that it finds each kind of
# reference, fails with a message that names the doc, the reference and
# what the line says now, that --fix moves stale numbers (ranges keep
# their length, moved files are found, a text on several lines follows its
# neighbours) and says what it cannot fix; then that every reference in
# the real docs (README.md, docs/**/*.md, docs/diagrams/*.dot) is on its
# line.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "$*"; exit 1; }
tool=$root/tools/docrefs
run() { "$tool" -C "$T" "$@" >"$T/out" 2>&1; }

mkdir -p "$T/arch/x86_64" "$T/kernel" "$T/docs/diagrams"
printf '%s\n' 'entry:' '	swapgs' '	pushq %rax' '	call do_it' '	swapgs' '	sysretq' \
	>"$T/arch/x86_64/entry.S"
printf '%s\n' '/* x */' 'void do_it(void)' '{' '	stuff();' '}' >"$T/kernel/do.c"
printf '%s\n' 'one:' '	ret' '/* one: is above */' >"$T/arch/x86_64/one.S"
cat >"$T/docs/a.md" <<'EOF'
# A doc

The entry is `arch/x86_64/entry.S:1 (entry:)`, the call
`entry.S:4 (call do_it)`, the way out `entry.S:5-6 (swapgs)` and a
function `kernel/do.c:2-5 (void do_it(void))`, or bare `do.c:4 (stuff();)`,
and `one.S:1 (one:)`.

```
a transcript: entry.S:99 and do.c:77 are not checked
```

    an indented block: entry.S:98 is not checked either

<!-- listing: arch/x86_64/entry.S -->
```
4		call do_it
5		swapgs
```

<!-- listing: entry.S -->
```
1  entry:           the label
6      sysretq      back
```
EOF
sed -i 's/\\t/\t/g' "$T/docs/a.md"
printf '%s\n' 'digraph g { a [label=<entry.S:6 (sysretq)<BR/>x &amp; y>]; }' \
	>"$T/docs/diagrams/g.dot"

# 1. all good
run || fail "clean tree: $(cat "$T/out")"
grep -q '^docrefs: 9 references in 2 files' "$T/out" ||
	fail "expected 9 references (2 of them listings) in 2 files: $(cat "$T/out")"
run --list
for r in 'entry.S:1 (entry:)' 'entry.S:5-6 (swapgs)' 'do.c:4 (stuff();)' 'entry.S:6 (sysretq)'; do
	grep -qF "$r" "$T/out" || fail "--list misses $r: $(cat "$T/out")"
done
grep -q ':99\|:98\|:77' "$T/out" && fail "a code block was read: $(cat "$T/out")"

# 2. code moves: the check fails and says where, what, and how to fix
sed -i '1i /* two new\n lines */' "$T/arch/x86_64/entry.S"
sed -i '1i /* moved */' "$T/arch/x86_64/one.S"
run && fail "two lines inserted, but the check passed: $(cat "$T/out")"
grep -qF "docs/a.md:4: \`entry.S:4 (call do_it)\`: line 4 of arch/x86_64/entry.S does not contain 'call do_it'; it says now: 'swapgs'" "$T/out" ||
	fail "the message lacks doc:line, reference, or what the line says now: $(cat "$T/out")"
grep -q 'docs/diagrams/g.dot:1: `entry.S:6 (sysretq)`' "$T/out" ||
	fail "the .dot reference was not checked: $(cat "$T/out")"
grep -q 'tools/docrefs --fix' "$T/out" || fail "the message does not suggest --fix: $(cat "$T/out")"

# 3. --fix: numbers follow the text, a range keeps its length, the
# swapgs of 5-6 (on two lines) follows its neighbours, one: (on two lines,
# no neighbour) goes to the line it begins, the .dot keeps &amp;
mv "$T/kernel/do.c" "$T/kernel/moved.c" 2>/dev/null
mkdir -p "$T/kernel/sub" && printf '%s\n' '/* x */' '/* y */' 'void do_it(void)' '{' '	stuff();' '}' \
	>"$T/kernel/sub/do.c" && rm -f "$T/kernel/moved.c"
run --fix || fail "--fix left something: $(cat "$T/out")"
want=("\`arch/x86_64/entry.S:3 (entry:)\`" "\`entry.S:6 (call do_it)\`" "\`entry.S:7-8 (swapgs)\`"
      "\`kernel/sub/do.c:3-6 (void do_it(void))\`" "\`do.c:5 (stuff();)\`"
      "\`one.S:2 (one:)\`")
for w in "${want[@]}"; do
	grep -qF "$w" "$T/docs/a.md" || fail "after --fix, no $w in: $(cat "$T/docs/a.md") -- $(cat "$T/out")"
done
grep -qF 'entry.S:8 (sysretq)<BR/>x &amp; y' "$T/docs/diagrams/g.dot" ||
	fail "the .dot was not fixed as written: $(cat "$T/docs/diagrams/g.dot")"
grep -q '98\|99' "$T/docs/a.md" || fail "--fix touched a code block: $(cat "$T/docs/a.md")"
grep -qP '^6\t\tcall do_it$' "$T/docs/a.md" && grep -qP '^7\t\tswapgs$' "$T/docs/a.md" &&
	grep -qx '3  entry:           the label' "$T/docs/a.md" && grep -qx '8      sysretq      back' "$T/docs/a.md" ||
	fail "--fix did not renumber the listings: $(cat "$T/docs/a.md")"
run || fail "after --fix the check still fails: $(cat "$T/out")"

# 4. what --fix cannot do, it says, and leaves alone
sed -i 's/call do_it/call done/' "$T/arch/x86_64/entry.S"
cp "$T/docs/a.md" "$T/a.before"
run --fix && fail "--fix passed with a text that is gone: $(cat "$T/out")"
grep -q "entry.S:6 (call do_it).*cannot fix: 'call do_it' is nowhere in arch/x86_64/entry.S" "$T/out" ||
	fail "--fix does not say what it could not fix: $(cat "$T/out")"
cmp -s "$T/docs/a.md" "$T/a.before" || fail "--fix changed a reference it could not fix"
sed -i 's/call done/call do_it/' "$T/arch/x86_64/entry.S"

# 4b. the text stands as whole words: `swapgs` is not on a line that only
# says `restore_regs_noswapgs:`, so a reference moved there is stale
sed -i 's/^\tswapgs$/restore_regs_noswapgs:/' "$T/arch/x86_64/entry.S"
run && fail "'swapgs' was found inside 'restore_regs_noswapgs:': $(cat "$T/out")"
grep -q "entry.S:7-8 (swapgs)\`: line 7 of arch/x86_64/entry.S does not contain 'swapgs'" "$T/out" ||
	fail "no whole-word complaint about swapgs: $(cat "$T/out")"
cp "$T/a.before" "$T/docs/a.md"
sed -i 's/^restore_regs_noswapgs:$/\tswapgs/' "$T/arch/x86_64/entry.S"
run || fail "after restoring swapgs: $(cat "$T/out")"

# 5. references nothing could check are errors in prose
cat >>"$T/docs/a.md" <<'EOF'

A bare `entry.S:3` and a bare entry.S:3 in prose, a lone (:4), and one
split `entry.S:3
(entry:)` over two lines.

## Where `entry.S:3 (entry:)` is
EOF
run && fail "unanchored references passed: $(cat "$T/out")"
bare=$(grep -n '^A bare' "$T/docs/a.md" | cut -d: -f1)
head=$(grep -n '^## Where' "$T/docs/a.md" | cut -d: -f1)
for w in "a.md:$bare: entry.S:3: no (text)" "a.md:$bare: :4: a line number without its file" \
	 "a.md:$((bare + 1)): entry.S:3 (entry:): a reference must be one code span on one line" \
	 "a.md:$head: entry.S:3 (entry:): a reference in a heading"; do
	grep -qF "$w" "$T/out" || fail "no '$w' in: $(cat "$T/out")"
done
[ "$(grep -c "a.md:$bare: entry.S:3: no (text)" "$T/out")" = 2 ] ||
	fail "the bare reference in a code span and the one in prose: $(cat "$T/out")"

# 6. the real docs
out=$("$tool" 2>&1) || fail "$out"
exit 0
