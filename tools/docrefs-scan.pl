# docrefs-scan.pl: how tools/docrefs reads a document: the references of
# its prose, the listings of its code, and the code files they point at.
# Loaded by tools/docrefs (require), which owns %by_name, the tree's files
# by name.
use strict;
use warnings;
use File::Basename qw(basename);
our %by_name;

# A path as prose writes one: directories, then a name with a letter in it.
my $PATH = qr{(?:[\w.+-]+/)*[\w+-][\w.+-]*};
sub looks_like_file {
	my ($p) = @_;
	my $name = basename($p);
	return 0 unless $name =~ /[A-Za-z]/;
	return 1 if $p =~ m{/} || $name =~ /\.[A-Za-z]\w*$/;
	return exists $by_name{$name};
}

my %lines_of;
sub file_lines {
	my ($f) = @_;
	return $lines_of{$f} //= do {
		open my $fh, '<', $f or die "docrefs: $f: $!\n";
		[ map { s/\r?\n$//r } <$fh> ];
	};
}
sub norm { my $s = shift; $s =~ s/\s+/ /g; $s =~ s/^ | $//g; return $s }
# The text must stand as whole words at its ends: `swapgs` is not on the
# line `restore_regs_noswapgs:`, nor `sti` inside `sti_enable`.
sub has_anchor {
	my ($line, $anchor) = (norm($_[0]), norm($_[1]));
	my $re = quotemeta($anchor);
	$re = '(?<![A-Za-z0-9_])' . $re if $anchor =~ /^\w/;
	$re .= '(?![A-Za-z0-9_])' if $anchor =~ /\w$/;
	return $line =~ /$re/;
}

# The file a reference's path names: itself from the top, else the one
# file of that name (or ending in that path) in the tree.
sub resolve {
	my ($p) = @_;
	return ($p, []) if -f $p;
	my $name = basename($p);
	my @c = grep { $_ eq $p || m{/\Q$p\E$} } @{ $by_name{$name} // [] };
	return (@c == 1 ? $c[0] : undef, \@c);
}

# The references of one text: [line, raw text, path, N, M, anchor] for
# the anchored ones, [line, raw text, problem] for the others.  $text is
# one paragraph of prose (or one line of a .dot), $line0 its first line.
my $SPAN = qr/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/s;
my $ANCHORED = qr/($PATH):(\d+)(?:-(\d+))? \(((?:[^()\n]|\([^()\n]*\))+)\)/;
sub scan_text {
	my ($text, $line0, $dot, $heading, $refs, $bad) = @_;
	my $at = sub { $line0 + (substr($text, 0, $_[0]) =~ tr/\n//) };
	my $how = "write `FILE:N (text on line N)`";
	if ($dot) {
		$text =~ s/&lt;/</g; $text =~ s/&gt;/>/g;
		$text =~ s/&quot;/"/g; $text =~ s/&amp;/&/g;
		while ($text =~ /(?<![\w\/.-])$ANCHORED/g) {
			push @$refs, [$line0, substr($&, 0), $1, $2, $3 // $2, $4]
				if looks_like_file($1);
		}
		$text =~ s/(?<![\w\/.-])$ANCHORED//g;
		$how = "write FILE:N (text on line N)";
	} else {
		while ($text =~ /$SPAN/g) {
			my ($span, $pos) = ($2, $-[0]);
			$span =~ s/^ (.*) $/$1/s;
			my $n = $at->($pos);
			if ($span =~ /^($PATH):(\d+)(?:-(\d+))? \(([^\n]+)\)$/ && looks_like_file($1)) {
				if ($heading) {
					push @$bad, [$n, $span, "a reference in a heading changes the heading's #link whenever it moves: put it in the text below"];
				} else {
					push @$refs, [$n, $span, $1, $2, $3 // $2, $4];
				}
			} elsif ($span =~ /(?<![\w\/.-])($PATH):\d+/ && looks_like_file($1)) {
				my $multi = $span =~ /\n/;
				$span =~ s/\n/ /g;
				push @$bad, [$n, $span, $multi
					? "a reference must be one code span on one line: $how"
					: "no (text) after the line number: $how"];
			}
		}
		# what is left: prose, without code spans, link targets, addresses
		$text =~ s/$SPAN/(my $s = $&) =~ s{[^\n]}{ }g; $s/ge;
		$text =~ s{\]\([^)]*\)}{]}g;
		$text =~ s{\b\w+://\S+}{}g;
		$how = "put it in a code span with its text: $how";
	}
	while ($text =~ /(?<![\w\/.-])(($PATH):\d+(?:-\d+)?)/g) {
		push @$bad, [$at->($-[0]), $1, "no (text) after the line number: $how"]
			if looks_like_file($2);
	}
	while ($text =~ /(?:^|[\s(])(:\d+(?:-\d+)?)\b/g) {
		push @$bad, [$at->($-[1]), $1, "a line number without its file: $how"];
	}
}

# Every reference of one document, by paragraphs of prose: code spans may
# run over a line break.  Code blocks are skipped, except a fenced block
# right after a line `<!-- listing: FILE -->`: its lines that begin with a
# line number are copies of FILE (see listing_ok).
sub scan {
	my ($doc) = @_;
	my (@refs, @bad, @listings);
	my $lines = file_lines($doc);
	if ($doc =~ /\.dot$/) {
		scan_text($lines->[$_], $_ + 1, 1, 0, \@refs, \@bad) for 0 .. $#$lines;
		return (\@refs, \@bad, \@listings);
	}
	my ($fence, $prev_blank, $in_indent, $marked, $listing) = ('', 1, 0, undef, undef);
	my ($para, $start) = ('', 0);
	my $flush = sub {
		scan_text($para, $start, 0, 0, \@refs, \@bad) if $para ne '';
		$para = '';
	};
	for my $i (0 .. $#$lines) {
		my $l = $lines->[$i];
		if ($fence) {
			if ($l =~ /^\s*\Q$fence\E\s*$/) {
				$fence = '';
				push @listings, $listing if $listing;
				$listing = undef;
			} elsif ($listing && $l =~ /^\s*(\d+)(\t| {2,})(.*)$/) {
				push @{ $listing->{rows} }, [$i + 1, $1, $2, $3];
			}
			next;
		}
		if ($l =~ /^\s*(```+|~~~+)/) {
			$flush->();
			$fence = $1;
			$listing = { doc => $doc, line => $i + 1, file => $marked, rows => [] } if $marked;
			$marked = undef;
			next;
		}
		if ($l =~ /^<!--\s*listing:\s*(\S+)\s*-->\s*$/) { $flush->(); $marked = $1; next }
		my $blank = $l =~ /^\s*$/;
		$marked = undef unless $blank;
		# an indented code block starts after a blank line
		if (!$blank && $l =~ /^(?: {4}|\t)/ && ($prev_blank || $in_indent)) {
			$flush->();
			($in_indent, $prev_blank) = (1, 0);
			next;
		}
		$in_indent = 0 unless $blank;
		$prev_blank = $blank;
		if ($blank) { $flush->(); next }
		if ($l =~ /^\s{0,3}#/) {
			$flush->();
			scan_text($l, $i + 1, 0, 1, \@refs, \@bad);
			next;
		}
		# a table row or a list item is a paragraph of its own
		$flush->() if $l =~ /^\s*(?:\||[-*+] |\d+\. )/;
		$start = $i + 1 if $para eq '';
		$para .= ($para eq '' ? '' : "\n") . $l;
		$flush->() if $l =~ /^\s*\|/;
	}
	$flush->();
	return (\@refs, \@bad, \@listings);
}

# Whether a listing's numbered rows, each moved by $d lines, show what the
# file has there.  A row "N<tab>text" (cat -n) must be the line exactly; a
# row "N  code  notes" must begin with the line's code (its comment cut
# off, white space as one blank), the notes being the doc's own.
sub listing_ok {
	my ($flines, $rows, $d) = @_;
	for my $r (@$rows) {
		my (undef, $n, $sep, $shown) = @$r;
		my $real = $n + $d >= 1 ? $flines->[$n + $d - 1] : undef;
		return 0 unless defined $real;
		if ($sep eq "\t") {
			return 0 unless $shown eq $real;
		} else {
			(my $code = $real) =~ s{\s*/\*.*}{};
			return 0 unless index(norm($shown), norm($code)) == 0;
		}
	}
	return 1;
}

1;
