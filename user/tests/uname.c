/*
 * uname: the kernel names itself in Linux's struct new_utsname (six
 * char[65] fields), through `syscall` (x86-64 number 63) and through
 * `int $0x80` (i386 number 122, the same struct: only chars, so no compat
 * handler is needed).  sysname is "trapdoor", machine "x86_64", release is
 * not empty, every field is NUL-terminated inside its 65 bytes, the call
 * writes exactly the 390 bytes of the struct (the bytes around it keep
 * their pattern), and both doors fill in the same bytes.
 */
#include "ulib.h"
#include "vsprintf.h"

#define UTS_LEN 65

struct utsname {
	char sysname[UTS_LEN];
	char nodename[UTS_LEN];
	char release[UTS_LEN];
	char version[UTS_LEN];
	char machine[UTS_LEN];
	char domainname[UTS_LEN];
};

/* The struct with guard bytes on both sides. */
struct guarded {
	unsigned char before[64];
	struct utsname u;
	unsigned char after[64];
};

static int all_bytes(const unsigned char *p, size_t n, unsigned char c)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != c)
			return 0;
	return 1;
}

static int nul_terminated(const char *field)
{
	for (int i = 0; i < UTS_LEN; i++)
		if (!field[i])
			return 1;
	return 0;
}

static void check_fields(const struct utsname *u, const char *door)
{
	static const char *const names[6] = {
		"sysname", "nodename", "release", "version", "machine",
		"domainname",
	};
	char what[128];
	const char *f = (const char *)u;

	for (int i = 0; i < 6; i++) {
		int ok = nul_terminated(f + i * UTS_LEN);

		td_snprintf(what, sizeof(what), "%s: %s is NUL-terminated "
			    "within 65 bytes", door, names[i]);
		CHECK(ok, what);
		if (ok)
			printf("  %s = \"%s\"\n", names[i], f + i * UTS_LEN);
	}
	td_snprintf(what, sizeof(what), "%s: sysname is \"trapdoor\"", door);
	CHECK(nul_terminated(u->sysname) && !strcmp(u->sysname, "trapdoor"),
	      what);
	td_snprintf(what, sizeof(what), "%s: machine is \"x86_64\"", door);
	CHECK(nul_terminated(u->machine) && !strcmp(u->machine, "x86_64"),
	      what);
	td_snprintf(what, sizeof(what), "%s: release is not empty", door);
	CHECK(u->release[0] != '\0', what);
}

int main(void)
{
	/* Static, not on the stack: int $0x80 takes 32-bit pointers, and the
	 * stack is above 4 GiB. */
	static struct guarded g64, g32;

	CHECK_EQ(sizeof(struct utsname), 390, "struct new_utsname is 6 x 65 bytes");

	memset(&g64, 0xa5, sizeof(g64));
	CHECK_EQ(sc_uname(&g64.u), 0, "uname through syscall (63) returns 0");
	CHECK(all_bytes(g64.before, sizeof(g64.before), 0xa5) &&
	      all_bytes(g64.after, sizeof(g64.after), 0xa5),
	      "syscall uname writes nothing outside the struct");
	check_fields(&g64.u, "syscall");

	memset(&g32, 0x5a, sizeof(g32));
	CHECK_EQ(i80_uname(&g32.u), 0, "uname through int $0x80 (122) returns 0");
	CHECK(all_bytes(g32.before, sizeof(g32.before), 0x5a) &&
	      all_bytes(g32.after, sizeof(g32.after), 0x5a),
	      "int $0x80 uname writes nothing outside the struct");
	check_fields(&g32.u, "int $0x80");

	CHECK(!memcmp(&g64.u, &g32.u, sizeof(g64.u)),
	      "both doors give the same 390 bytes");
	check_done();
}
