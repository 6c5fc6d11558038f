#!/usr/bin/env bash
# docs/walkthrough.md against the code: the line section 4.9 names as the
# one that executes sysretq must be a sysretq line of that file, and every
# `file.S:N`, `file.c:N` or `file.h:N` (or `:N-M`) reference must name an
# existing line of an existing file.  Paths may be written from the top of
# the repository or as bare names (resolved in arch/, kernel/, boot/,
# tools/, user/); a reference that resolves to no file or to several is
# skipped and counted, and more than a few of those is a failure too.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
doc=$root/docs/walkthrough.md
max_unresolved=3
fail() { echo "$*"; exit 1; }

[ -f "$doc" ] || fail "docs/walkthrough.md is missing"

# Print the path (from the top of the repository) that a reference's file
# part names, or nothing if it names no file or several.
resolve() {
	local p=$1 cand
	# an absolute path (objdump -l output): drop leading components
	while [ "${p#/}" != "$p" ]; do
		p=${p#/}
		[ -f "$root/$p" ] && { echo "$p"; return; }
		case $p in */*) p=/${p#*/} ;; *) break ;; esac
	done
	p=${p#./}
	[ -f "$root/$p" ] && { echo "$p"; return; }
	cand=$(cd "$root" && find arch kernel boot tools user -type f \
		-path "*/${p}" 2>/dev/null)
	[ -n "$cand" ] && [ "$(printf '%s\n' "$cand" | wc -l)" -eq 1 ] &&
		echo "$cand"
}

# 1. The sysretq line of section 4.9.
sect=$(awk '/^### 4\.9 /{on=1; next} on && /^#/{exit} on' "$doc")
[ -n "$sect" ] || fail "docs/walkthrough.md has no section 4.9"
sentence=$(printf '%s\n' "$sect" | tr '\n' ' ' |
	grep -oE 'It is in [^.]*`[^`]+\.S`[^.]*line [0-9]+' | head -n 1)
[ -n "$sentence" ] ||
	fail "section 4.9: no sentence 'It is in \`FILE.S\`, ..., line N'"
sfile=$(printf '%s\n' "$sentence" | grep -oE '`[^`]+\.S`' | head -n 1 | tr -d '`')
sline=$(printf '%s\n' "$sentence" | grep -oE 'line [0-9]+' | head -n 1 | cut -d' ' -f2)
spath=$(resolve "$sfile")
[ -n "$spath" ] || fail "section 4.9 names $sfile, which does not exist"
text=$(sed -n "${sline}p" "$root/$spath")
printf '%s\n' "$text" | grep -qE '^[[:space:]]*sysretq([[:space:]]|$)' ||
	fail "section 4.9 says $spath:$sline executes sysretq, but that line is: '$text'" \
		"(grep -n sysretq $spath: $(grep -n '^[[:space:]]*sysretq' "$root/$spath" | tr '\n' ' '))"

# 2. Every file:line reference.
checked=0 unresolved=0 skipped=""
while IFS= read -r ref; do
	[ -n "$ref" ] || continue
	file=${ref%:*}
	range=${ref##*:}
	first=${range%-*}
	last=${range#*-}
	path=$(resolve "$file")
	if [ -z "$path" ]; then
		unresolved=$((unresolved + 1))
		skipped="$skipped $ref"
		continue
	fi
	lines=$(wc -l <"$root/$path")
	for n in $first $last; do
		[ "$n" -ge 1 ] && [ "$n" -le "$lines" ] ||
			fail "docs/walkthrough.md: $ref: $path has $lines lines, no line $n"
	done
	[ "$first" -le "$last" ] || fail "docs/walkthrough.md: $ref: the range is backwards"
	checked=$((checked + 1))
done < <(grep -oE '[A-Za-z0-9_./-]+\.[cSh]:[0-9]+(-[0-9]+)?' "$doc" | sort -u)

[ "$checked" -gt 0 ] || fail "docs/walkthrough.md: no file:line reference found"
[ "$unresolved" -le "$max_unresolved" ] ||
	fail "docs/walkthrough.md: $unresolved references name no single file (at most $max_unresolved allowed):$skipped"
[ "$unresolved" -eq 0 ] || echo "skipped $unresolved unresolved reference(s):$skipped"
exit 0
