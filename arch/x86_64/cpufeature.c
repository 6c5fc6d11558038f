/* cpu_detect(): read the CPUID bits the kernel cares about, and log them. */
#include "cpufeature.h"
#include "cpu.h"
#include "printk.h"
#include "string.h"

enum { EAX, EBX, ECX, EDX };

static const struct {
	const char *name;
	uint32_t leaf;
	int reg, bit;
} features[NR_CPU_FEATURES] = {
	[X86_FEATURE_TSC]	= { "tsc",	1, EDX, 4 },
	[X86_FEATURE_PAE]	= { "pae",	1, EDX, 6 },
	[X86_FEATURE_APIC]	= { "apic",	1, EDX, 9 },
	[X86_FEATURE_PGE]	= { "pge",	1, EDX, 13 },
	[X86_FEATURE_SSE]	= { "sse",	1, EDX, 25 },
	[X86_FEATURE_SSE2]	= { "sse2",	1, EDX, 26 },
	[X86_FEATURE_XSAVE]	= { "xsave",	1, ECX, 26 },
	[X86_FEATURE_AVX]	= { "avx",	1, ECX, 28 },
	[X86_FEATURE_RDRAND]	= { "rdrand",	1, ECX, 30 },
	[X86_FEATURE_FSGSBASE]	= { "fsgsbase",	7, EBX, 0 },
	[X86_FEATURE_SMEP]	= { "smep",	7, EBX, 7 },
	[X86_FEATURE_SMAP]	= { "smap",	7, EBX, 20 },
	[X86_FEATURE_UMIP]	= { "umip",	7, ECX, 2 },
	[X86_FEATURE_SYSCALL]	= { "syscall",	0x80000001, EDX, 11 },
	[X86_FEATURE_NX]	= { "nx",	0x80000001, EDX, 20 },
	[X86_FEATURE_PDPE1GB]	= { "pdpe1gb",	0x80000001, EDX, 26 },
	[X86_FEATURE_RDTSCP]	= { "rdtscp",	0x80000001, EDX, 27 },
	[X86_FEATURE_LM]	= { "lm",	0x80000001, EDX, 29 },
};

static bool have[NR_CPU_FEATURES];

static uint32_t reg_of(struct cpuid_regs r, int reg)
{
	return reg == EAX ? r.eax : reg == EBX ? r.ebx : reg == ECX ? r.ecx : r.edx;
}

void cpu_detect(void)
{
	uint32_t max_basic = cpuid(0, 0).eax;
	uint32_t max_ext = cpuid(0x80000000, 0).eax;
	struct cpuid_regs v = cpuid(0, 0);
	char vendor[13], brand[49] = "";

	memcpy(vendor, &v.ebx, 4);
	memcpy(vendor + 4, &v.edx, 4);
	memcpy(vendor + 8, &v.ecx, 4);
	vendor[12] = '\0';
	if (max_ext >= 0x80000004) {
		for (uint32_t i = 0; i < 3; i++) {
			struct cpuid_regs b = cpuid(0x80000002 + i, 0);

			memcpy(brand + 16 * i, &b, 16);
		}
		brand[48] = '\0';
	}
	for (int f = 0; f < NR_CPU_FEATURES; f++) {
		uint32_t leaf = features[f].leaf;
		uint32_t max = leaf >= 0x80000000 ? max_ext : max_basic;

		if (leaf <= max)
			have[f] = reg_of(cpuid(leaf, 0), features[f].reg) >>
				  features[f].bit & 1;
	}

	const char *b = brand;

	while (*b == ' ')
		b++;
	printk("cpu: %s, %s\n", vendor, *b ? b : "(no brand string)");
	printk("cpu features:");
	for (int f = 0; f < NR_CPU_FEATURES; f++)
		printk(" %s%s", have[f] ? "" : "-", features[f].name);
	printk("\n");
}

bool cpu_has(enum cpu_feature f)
{
	return have[f];
}
