/* tls: __thread variables of the main thread: initialised ones (.tdata)
 * have their values, others (.tbss) are zero, a 64-byte-aligned one is
 * aligned, writes stick, errno is per-thread storage at a stable place;
 * the addresses are only compared, never printed. */
#include <stdio.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

static __thread int a = 42;
static __thread long long b = -7;
static __thread char s[16] = "tls string";
static __thread int zero[100];
static __thread double d = 2.5;
static __thread _Alignas(64) unsigned char aligned[64] = { 1, 2, 3 };
__thread int exported = 99;

int main(void)
{
	int z = 0;
	for (int i = 0; i < 100; i++)
		z |= zero[i];
	printf("a=%d b=%lld s=[%s] d=%g exported=%d zero: %s\n", a, b, s, d,
	       exported, z ? "no" : "yes");
	printf("aligned to 64: %s, contents %d %d %d %d\n",
	       ((uintptr_t)aligned & 63) ? "no" : "yes", aligned[0], aligned[1],
	       aligned[2], aligned[3]);
	a += 8;
	b *= 6;
	strcpy(s, "changed");
	zero[99] = 5;
	d /= 2;
	printf("after writes: a=%d b=%lld s=[%s] zero[99]=%d d=%g\n", a, b, s,
	       zero[99], d);
	int *e1 = &errno;
	errno = 33;
	printf("errno at a stable address: %s, value %d\n",
	       e1 == &errno ? "yes" : "no", *e1);
	return 0;
}
