/* Linux's struct sysinfo on x86-64 (its uapi linux/sysinfo.h): one copy,
 * for sys_sysinfo, which fills it, and the tracer, which shows it. */
#ifndef TRAPDOOR_SYSINFO_H
#define TRAPDOOR_SYSINFO_H

struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram;
	unsigned long totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;
	char _f[20 - 2 * sizeof(long) - sizeof(int)];
};

_Static_assert(sizeof(struct sysinfo) == 112, "x86-64 struct sysinfo");

#endif
