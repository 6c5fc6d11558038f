/* uname: uname() succeeds and every field is a NUL-terminated string;
 * only facts true of any x86-64 Linux-compatible kernel are printed:
 * sysname and release non-empty, machine "x86_64". */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(void)
{
	struct utsname u;
	memset(&u, 0xff, sizeof u);
	int r = uname(&u);
	printf("uname: %d\n", r);
	printf("sysname non-empty: %s\n", u.sysname[0] ? "yes" : "no");
	printf("release non-empty: %s\n", u.release[0] ? "yes" : "no");
	printf("machine: %s\n", u.machine);
	int terminated = memchr(u.sysname, 0, sizeof u.sysname) &&
		memchr(u.nodename, 0, sizeof u.nodename) &&
		memchr(u.release, 0, sizeof u.release) &&
		memchr(u.version, 0, sizeof u.version) &&
		memchr(u.machine, 0, sizeof u.machine);
	printf("all fields terminated: %s\n", terminated ? "yes" : "no");
	return 0;
}
