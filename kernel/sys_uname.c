/* uname: who this kernel is, in Linux's struct new_utsname. */
#include "syscalls.h"
#include "errno.h"
#include "string.h"

#define UTS_LEN	65

struct new_utsname {
	char sysname[UTS_LEN];
	char nodename[UTS_LEN];
	char release[UTS_LEN];
	char version[UTS_LEN];
	char machine[UTS_LEN];
	char domainname[UTS_LEN];
};

static void set(char *field, const char *s)
{
	memset(field, 0, UTS_LEN);
	memcpy(field, s, strnlen(s, UTS_LEN - 1));
}

long sys_uname(struct new_utsname __user *name)
{
	struct new_utsname u;

	set(u.sysname, "trapdoor");
	set(u.nodename, "trapdoor");
	set(u.release, TRAPDOOR_VERSION);
	set(u.version, "#1");
	set(u.machine, "x86_64");
	set(u.domainname, "(none)");
	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}
