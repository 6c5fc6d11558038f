/* sysinfo_rlimit: sysinfo succeeds with plausible values (mem_unit >= 1,
 * totalram > 0, freeram <= totalram, procs >= 1), getrlimit and prlimit
 * on this process agree and have cur <= max for the stack, files and
 * address space; only yes/no is printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/sysinfo.h>
#include <sys/resource.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	struct sysinfo si;
	int r = sysinfo(&si);
	printf("sysinfo: %d, mem_unit >= 1: %s, totalram > 0: %s, freeram <= totalram: %s, procs >= 1: %s\n",
	       r, yesno(si.mem_unit >= 1), yesno(si.totalram > 0),
	       yesno(si.freeram <= si.totalram), yesno(si.procs >= 1));
	static const struct { int res; const char *name; } rs[] = {
		{ RLIMIT_STACK, "STACK" }, { RLIMIT_NOFILE, "NOFILE" },
		{ RLIMIT_AS, "AS" }, { RLIMIT_DATA, "DATA" } };
	for (int i = 0; i < 4; i++) {
		struct rlimit a, b;
		int r1 = getrlimit(rs[i].res, &a);
		int r2 = prlimit(0, rs[i].res, NULL, &b);
		printf("RLIMIT_%-6s getrlimit %d prlimit %d agree: %s cur <= max: %s\n",
		       rs[i].name, r1, r2, yesno(a.rlim_cur == b.rlim_cur && a.rlim_max == b.rlim_max),
		       yesno(a.rlim_max == RLIM_INFINITY || a.rlim_cur <= a.rlim_max));
	}
	return 0;
}
