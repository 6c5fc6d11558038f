#!/usr/bin/env bash
# docs/walkthrough.md against the code:
# 1. every reference `file:N (text)` has its text on line N (tools/docrefs;
#    a reference without its text fails too);
# 2. section 4.9 names, as such a reference, the line that executes
#    sysretq, and that line is nothing but sysretq;
# 3. the numbered listings of 4.3, 4.9 and 4.10 are marked as listings of
#    entry_64.S, which makes tools/docrefs compare them with the code;
# 4. every #link inside the document reaches one of its headings (a
#    heading that changes moves its link target).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
doc=docs/walkthrough.md
fail() { echo "$*"; exit 1; }
cd "$root" || exit 1
[ -f "$doc" ] || fail "$doc is missing"

# 1.
out=$(tools/docrefs --committed "$doc" 2>&1) || fail "$out"
n=$(printf '%s\n' "$out" | sed -n 's/^docrefs: \([0-9]*\) references.*/\1/p')
[ "${n:-0}" -ge 100 ] || fail "$doc: only ${n:-0} references found; the scanner lost them ($out)"

# 2.
sect=$(awk '/^### 4\.9 /{on=1; next} on && /^#/{exit} on' "$doc")
[ -n "$sect" ] || fail "$doc has no section 4.9"
ref=$(printf '%s\n' "$sect" | grep -oE '`[^`]*entry_64\.S:[0-9]+ \(sysretq\)`' | head -n 1 | tr -d '`')
[ -n "$ref" ] || fail "section 4.9 names no \`...entry_64.S:N (sysretq)\`"
path=${ref%%:*} line=${ref#*:} line=${line%% *}
[ -f "$path" ] || path=arch/x86_64/$path
text=$(sed -n "${line}p" "$path")
printf '%s\n' "$text" | grep -qE '^[[:space:]]*sysretq[[:space:]]*$' ||
	fail "section 4.9 says $path:$line executes sysretq, but that line is: '$text'" \
		"(grep -n sysretq $path: $(grep -n '^[[:space:]]*sysretq' "$path" | tr '\n' ' '))"

# 3. the listings are marked as such, so that tools/docrefs (step 1)
#    compares them with entry_64.S
n=$(grep -c '^<!-- listing: arch/x86_64/entry_64.S -->$' "$doc")
[ "$n" -ge 5 ] || fail "$doc: $n listings marked <!-- listing: arch/x86_64/entry_64.S --> (4.3 has three, 4.9 and 4.10 one each), so they are not checked"

# 4.
perl -e '
use strict; use warnings;
my ($doc) = @ARGV;
open my $fh, "<", $doc or die "$doc: $!\n";
my ($fence, %slugs, @links) = (0);
while (my $t = <$fh>) {
	$fence = !$fence if $t =~ /^\s*```/;
	next if $fence;
	if ($t =~ /^#+\s+(.*?)\s*$/) {
		(my $s = lc $1) =~ s/[^\w\- ]//g;
		$s =~ s/ /-/g;
		$slugs{$s} = 1;
	}
	push @links, [$., $1] while $t =~ /\]\(#([^)]+)\)/g;
}
my @bad = grep { !$slugs{$_->[1]} } @links;
print "$doc:$_->[0]: the link #$_->[1] reaches no heading\n" for @bad;
exit(@bad ? 1 : 0);
' "$doc" || exit 1
exit 0
