#!/usr/bin/env bash
# docs/walkthrough.md against the code:
# 1. every reference `file:N (text)` has its text on line N (tools/docrefs;
#    a reference without its text fails too);
# 2. section 4.9 names, as such a reference, the line that executes
#    sysretq, and that line is nothing but sysretq;
# 3. the numbered listings (fenced blocks whose lines start with a line
#    number) show what the file named by the reference before them has on
#    those lines: a cat -n listing (number, tab) line for line, an
#    annotated one (number, spaces, code, notes) up to the notes;
# 4. every #link inside the document reaches one of its headings (a
#    heading that changes moves its link target).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
doc=docs/walkthrough.md
fail() { echo "$*"; exit 1; }
cd "$root" || exit 1
[ -f "$doc" ] || fail "$doc is missing"

# 1.
out=$(tools/docrefs "$doc" 2>&1) || fail "$out"
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

# 3. and 4.
perl -e '
use strict; use warnings;
my ($doc) = @ARGV;
open my $fh, "<", $doc or die "$doc: $!\n";
my @l = map { s/\r?\n$//r } <$fh>;
sub norm { my $s = shift; $s =~ s/\s+/ /g; $s =~ s/^ | $//g; $s }
sub resolve {
	my $p = shift;
	return $p if -f $p;
	my @c = grep { m{(^|/)\Q$p\E$} } split /\n/, `find arch kernel boot tools user -type f`;
	return @c == 1 ? $c[0] : undef;
}
my (@err, $file, $fence, %slugs, @links);
my $listings = 0;
for my $i (0 .. $#l) {
	my $t = $l[$i];
	if ($fence) {
		if ($t =~ /^\s*```/) { $fence = 0; next }
		next unless $t =~ /^\s*(\d+)(\t|  +)(.*)$/;
		my ($n, $sep, $shown) = ($1, $2, $3);
		push(@err, "$doc:" . ($i + 1) . ": a listing with no file named before it"), next
			unless defined $file;
		my $src = resolve($file);
		push(@err, "$doc:" . ($i + 1) . ": $file names no single file"), next unless $src;
		open my $s, "<", $src or die; my @sl = map { s/\r?\n$//r } <$s>; close $s;
		my $real = $sl[$n - 1] // "";
		$listings++;
		if ($sep eq "\t") {
			push @err, "$doc:" . ($i + 1) . ": listing line $n says \x27$shown\x27, $src:$n is \x27$real\x27"
				unless $shown eq $real;
		} else {
			(my $code = $real) =~ s{\s*/\*.*}{};
			push @err, "$doc:" . ($i + 1) . ": listing line $n says \x27" . norm($shown) .
				"\x27, $src:$n is \x27" . norm($real) . "\x27"
				unless index(norm($shown), norm($code)) == 0;
		}
		next;
	}
	if ($t =~ /^\s*```/) { $fence = 1; next }
	$file = $1 while $t =~ /`([\w\/.-]+):\d+(?:-\d+)? \([^`]*\)`/g;
	if ($t =~ /^#+\s+(.*)$/) {
		my $s = lc $1;
		$s =~ s/[^\w\- ]//g;
		$s =~ s/ /-/g;
		$slugs{$s} = 1;
	}
	push @links, [$i + 1, $1] while $t =~ /\]\(#([^)]+)\)/g;
}
push @err, "$doc:$_->[0]: the link #$_->[1] reaches no heading" for grep { !$slugs{$_->[1]} } @links;
push @err, "$doc: no numbered listing found (sections 4.3, 4.9, 4.10 have them)" unless $listings;
print "$_\n" for @err;
print "the listings are copies of the code: copy the lines again (sed -n A,Bp FILE | cat -n)\n" if grep { /listing/ } @err;
exit(@err ? 1 : 0);
' "$doc" || exit 1
exit 0
