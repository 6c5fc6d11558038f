/* selftest=NAME: the kernel breaks itself on purpose, for the tests. */
#ifndef SELFTEST_H
#define SELFTEST_H

/* Runs the named test; returns only if it passed (or never, if it panics
 * as intended).  An unknown name ends the boot with a one-line error. */
struct boot_info;

void selftest_run(const char *name, const struct boot_info *bi);

#endif
