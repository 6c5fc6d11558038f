# gensyscalls.awk: everything the system call tables generate.  Run by
# tools/gensyscalls, which says which file to make (-v what=...).
#
# Inputs, in this order: syscall_64.tbl, syscall_32.tbl, and for the
# dispatch tables the list of implemented handlers (one sys_NAME a line).
#   syscall_64.tbl:  nr  abi  name  entry  (prototype arguments)
#   syscall_32.tbl:  nr  abi  name  [entry  [compat entry  [noreturn]]]
#                    (a compat entry of "-" means none, as in Linux)
# Output on stdout; deterministic (no dates, sorted by number).

BEGIN {
	FS = "\t+"
	# Entries that Linux shares between the ABIs but that read i386
	# structures themselves when in_compat_syscall() (32-bit iovecs):
	# no i386 twin here until they get a compat handler.
	split("sys_readv sys_writev sys_process_vm_readv sys_process_vm_writev sys_vmsplice", l, " ")
	for (i in l) compat_inside[l[i]] = 1
}

# Which input this line is from, by position (an empty file has no
# first line to count).
FNR == 1 {
	for (i = 1; i < ARGC; i++)
		if (ARGV[i] == FILENAME) { file = i; break }
}
/^[ \t]*(#|$)/ { next }

file == 1 {
	nr = $1 + 0
	name64[nr] = $3; entry64[nr] = $4; args64[nr] = $5
	byname64[$3] = nr
	byentry64[$4] = nr
	if (nr > max64) max64 = nr
	have64[nr] = 1
	next
}
file == 2 {
	nr = $1 + 0
	name32[nr] = $3; entry32[nr] = $4; compat32[nr] = ($5 == "-") ? "" : $5
	if (nr > max32) max32 = nr
	have32[nr] = 1
	next
}
file == 3 { impl[$1] = 1; next }
file == 4 { partial[$1] = $2; next }

function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }

# Splits "(type a, type b)" into argt[1..n] / argn[1..n]; returns n.
function parse_args(a,    inner, parts, n, i, p, id) {
	inner = a
	sub(/^[ \t]*\(/, "", inner); sub(/\)[ \t]*$/, "", inner)
	inner = trim(inner)
	if (inner == "void" || inner == "")
		return 0
	n = split(inner, parts, ",")
	for (i = 1; i <= n; i++) {
		p = trim(parts[i])
		# "type name", or just a type (Linux leaves some unnamed):
		# a trailing C keyword is part of the type ("unsigned int")
		if (match(p, /[A-Za-z_][A-Za-z0-9_]*$/) && RSTART > 1 &&
		    substr(p, RSTART) !~ /^(int|long|char|short|unsigned|signed)$/) {
			argn[i] = substr(p, RSTART)
			argt[i] = trim(substr(p, 1, RSTART - 1))
		} else {
			argn[i] = "arg" i
			argt[i] = p
		}
	}
	return n
}

# The x86-64 line an i386 line shares a handler with: same Linux entry,
# and no compat entry (the layouts agree).  -1 if none.
function match32(nr) {
	if (compat32[nr] != "" || entry32[nr] == "" || entry32[nr] == "sys_ni_syscall" ||
	    (entry32[nr] in compat_inside))
		return -1
	if (!(entry32[nr] in byentry64))
		return -1
	return byentry64[entry32[nr]]
}

function c_string(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }

function header(what) {
	printf "/* generated from arch/x86_64/syscalls/syscall_64.tbl and syscall_32.tbl by tools/gensyscalls (%s) — do not edit */\n", what
}

END {
	if (what == "syscall_nr.h") {
		header(what)
		print "#ifndef SYSCALL_NR_H\n#define SYSCALL_NR_H\n"
		printf "#define NR_syscalls\t\t%d\n", max64 + 1
		printf "#define IA32_NR_syscalls\t%d\n", max32 + 1
		print "\n#endif"
	} else if (what == "syscalls.h") {
		header(what)
		print "/* Every handler's prototype, as the table gives it. */"
		print "#ifndef SYSCALLS_H\n#define SYSCALLS_H\n"
		print "#include \"syscall_types.h\"\n"
		# forward declarations of the structs and unions the prototypes name
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			s = args64[nr]
			while (match(s, /(struct|union) [A-Za-z_][A-Za-z0-9_]*/)) {
				tag = substr(s, RSTART, RLENGTH)
				if (!(tag in seen)) { seen[tag] = 1; tags[++ntags] = tag }
				s = substr(s, RSTART + RLENGTH)
			}
		}
		for (i = 1; i <= ntags; i++) print tags[i] ";"
		print ""
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			a = args64[nr]; sub(/^\(/, "", a); sub(/\)$/, "", a)
			printf "long sys_%s(%s);\n", name64[nr], a
		}
		print "\n#endif"
	} else if (what == "syscall_64.c" || what == "syscall_32.c") {
		is32 = what == "syscall_32.c"
		split(is32 ? "bx cx dx si di bp" : "di si dx r10 r8 r9", reg, " ")
		header(what)
		print "#include <stdint.h>\n#include \"syscall.h\"\n#include \"syscalls.h\"\n#include \"errno.h\"\n"
		prefix = is32 ? "__ia32_" : "__x64_"
		printf "static long %ssys_ni_syscall(const struct pt_regs *regs)\n{\n\t(void)regs;\n\treturn -ENOSYS;\n}\n\n", prefix
		max = is32 ? max32 : max64
		# one wrapper per implemented handler: the registers, decoded once
		for (nr = 0; nr <= max; nr++) {
			m = is32 ? match32(nr) : (have64[nr] ? nr : -1)
			if (m < 0 || !(("sys_" name64[m]) in impl)) continue
			n = parse_args(args64[m])
			printf "/* %d %s */\nstatic long %ssys_%s(const struct pt_regs *regs)\n{\n", nr, is32 ? name32[nr] : name64[m], prefix, name64[m]
			if (n == 0) printf "\t(void)regs;\n"
			printf "\treturn sys_%s(", name64[m]
			for (i = 1; i <= n; i++)
				printf "%s(%s)%sregs->%s", (i > 1 ? ",\n\t\t" : ""), argt[i], (is32 ? "(unsigned long)(uint32_t)" : ""), reg[i]
			printf ");\n}\n\n"
			wired[nr] = prefix "sys_" name64[m]
		}
		printf "const sys_call_ptr_t %s[%s] = {\n", is32 ? "ia32_sys_call_table" : "sys_call_table", is32 ? "IA32_NR_syscalls" : "NR_syscalls"
		for (nr = 0; nr <= max; nr++) {
			nm = is32 ? (have32[nr] ? name32[nr] : "") : (have64[nr] ? name64[nr] : "")
			printf "\t[%d] = %s,%s\n", nr, (nr in wired) ? wired[nr] : prefix "sys_ni_syscall", nm != "" ? "\t/* " nm " */" : ""
		}
		print "};"
	} else if (what == "syscall_names.c") {
		header(what)
		print "#include \"syscall_names.h\"\n"
		print "const struct syscall_desc syscall_desc_64[] = {"
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			n = parse_args(args64[nr])
			a = args64[nr]; sub(/^\(/, "", a); sub(/\)$/, "", a)
			if (a == "void") a = ""
			printf "\t[%d] = { %s, %s, %d },\n", nr, c_string(name64[nr]), c_string(a), n
		}
		print "};\n"
		print "const struct syscall_desc syscall_desc_32[] = {"
		for (nr = 0; nr <= max32; nr++) {
			if (!have32[nr]) continue
			m = match32(nr)
			a = m >= 0 ? args64[m] : ""
			n = m >= 0 ? parse_args(a) : -1
			sub(/^\(/, "", a); sub(/\)$/, "", a)
			if (a == "void") a = ""
			printf "\t[%d] = { %s, %s, %d },\n", nr, c_string(name32[nr]), c_string(a), n
		}
		print "};"
	} else if (what == "unistd_64.h" || what == "unistd_32.h") {
		is32 = what == "unistd_32.h"
		header(what)
		guard = is32 ? "TD_UNISTD_32_H" : "TD_UNISTD_64_H"
		printf "#ifndef %s\n#define %s\n\n", guard, guard
		max = is32 ? max32 : max64
		for (nr = 0; nr <= max; nr++) {
			if (is32 ? !have32[nr] : !have64[nr]) continue
			printf "#define __NR_%s%s %d\n", is32 ? "ia32_" : "", is32 ? name32[nr] : name64[nr], nr
		}
		printf "\n#endif\n"
	} else if (what == "syscall_stubs.h") {
		header(what)
		print "/*\n * One macro per system call, for the user runtime: sc_NAME(...) through\n * `syscall`, i80_NAME(...) through `int $0x80` (i386 numbers, only for\n * calls whose i386 and x86-64 forms agree).  The raw __scN and __i80_N\n * macros are in user/include/syscall_raw.h.\n */"
		print "#ifndef TD_SYSCALL_STUBS_H\n#define TD_SYSCALL_STUBS_H\n"
		print "#include \"unistd_64.h\"\n#include \"unistd_32.h\"\n#include \"syscall_raw.h\"\n"
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			n = parse_args(args64[nr])
			stub("sc_", name64[nr], "__NR_" name64[nr], "__sc", n)
		}
		print ""
		for (nr = 0; nr <= max32; nr++) {
			if (!have32[nr] || (m = match32(nr)) < 0) continue
			n = parse_args(args64[m])
			stub("i80_", name32[nr], "__NR_ia32_" name32[nr], "__i80_", n)
		}
		print "\n#endif"
	} else if (what == "syscalls.md") {
		print "<!-- generated from arch/x86_64/syscalls/syscall_64.tbl, partial.txt and the kernel's handlers by tools/gensyscalls (make docs) — do not edit -->"
		print "# System calls: what trapdoor implements\n"
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			total++
			if (("sys_" name64[nr]) in impl) { if (name64[nr] in partial) npart++; else nfull++ }
		}
		printf "%d of the %d x86-64 system calls have a handler: %d in full, %d in part. ", nfull + npart, total, nfull, npart
		print "Every other number returns -ENOSYS (-38) and does nothing else, as Linux does for a call it does not have. "
		print "The i386 numbers of `int $0x80` reach the same handlers where Linux's i386 table names the same entry without a compat one (see README.md).\n"
		print "| nr | name | status | notes |"
		print "|---:|---|---|---|"
		for (nr = 0; nr <= max64; nr++) {
			if (!have64[nr]) continue
			if (("sys_" name64[nr]) in impl)
				st = (name64[nr] in partial) ? "partial" : "implemented"
			else
				st = (entry64[nr] == "sys_ni_syscall") ? "ENOSYS (as on Linux)" : "ENOSYS"
			note = (name64[nr] in partial) ? partial[name64[nr]] : ""
			printf "| %d | %s | %s | %s |\n", nr, name64[nr], st, note
		}
	} else {
		print "gensyscalls.awk: unknown output " what > "/dev/stderr"
		exit 2
	}
}

function stub(pfx, name, nrsym, raw, n,    i, params, call) {
	params = ""; call = ""
	for (i = 1; i <= n; i++) {
		params = params (i > 1 ? ", " : "") "a" i
		call = call ", (long)(a" i ")"
	}
	printf "#define %s%s(%s) %s%d(%s%s)\n", pfx, name, params, raw, n, nrsym, call
}
