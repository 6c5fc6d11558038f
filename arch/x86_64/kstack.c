/* See kstack.h.  Slot i is [guard page][KSTACK_SIZE of stack]. */
#include "kstack.h"
#include "gdt.h"
#include "layout.h"
#include "memory.h"
#include "paging.h"
#include "segment.h"
#include "cpu.h"
#include "vsprintf.h"

#define SLOT_SIZE	(PAGE_SIZE + KSTACK_SIZE)
/* In the lowest word of every kernel stack: a stack that grew that deep
 * overwrote it (the guard page catches what goes further). */
#define KSTACK_CANARY	0x57ac4ca7a57ac4caull
#define MAX_KSTACKS	64

struct kstack {
	uint64_t bottom, top;
	const char *name;
};

static struct kstack stacks[MAX_KSTACKS];
static int nstacks;

extern char boot_stack_top[];

/* Undoes a partial allocation: unmaps and frees [bottom, end). */
static void unmap_stack(uint64_t bottom, uint64_t end)
{
	for (uint64_t va = bottom; va < end; va += PAGE_SIZE) {
		uint64_t *pte = lookup_pte(kernel_pml4, va);

		free_frame(*pte & PTE_ADDR);
		*pte = 0;
		invlpg(va);
	}
}

uint64_t kstack_alloc(const char *name)
{
	if (nstacks == MAX_KSTACKS)
		return 0;
	uint64_t bottom = KSTACK_BASE + (uint64_t)nstacks * SLOT_SIZE + PAGE_SIZE;

	for (uint64_t va = bottom; va < bottom + KSTACK_SIZE; va += PAGE_SIZE) {
		uint64_t pa = alloc_frame();

		if (!pa || map_page(kernel_pml4, va, pa,
				    PTE_W | PTE_G | pte_nx)) {
			if (pa)
				free_frame(pa);
			unmap_stack(bottom, va);
			return 0;
		}
	}
	stacks[nstacks++] = (struct kstack){ bottom, bottom + KSTACK_SIZE, name };
	*(uint64_t *)bottom = KSTACK_CANARY;
	return bottom + KSTACK_SIZE;
}

const char *kstack_check_canaries(void)
{
	for (int i = 0; i < nstacks; i++)
		if (*(uint64_t *)stacks[i].bottom != KSTACK_CANARY)
			return stacks[i].name;
	return 0;
}

const char *kstack_name(uint64_t addr)
{
	for (int i = 0; i < nstacks; i++) {
		if (addr >= stacks[i].bottom && addr < stacks[i].top)
			return stacks[i].name;
		if (addr >= stacks[i].bottom - PAGE_SIZE &&
		    addr < stacks[i].bottom) {
			static char what[64];

			td_snprintf(what, sizeof(what), "guard page below %s: "
				    "stack overflow", stacks[i].name);
			return what;
		}
	}
	uint64_t boot = (uint64_t)boot_stack_top;

	if (addr < boot && addr >= boot - BOOT_STACK_SIZE)
		return "boot stack";
	return "unknown";
}

long kstack_room(uint64_t addr)
{
	for (int i = 0; i < nstacks; i++)
		if (addr >= stacks[i].bottom && addr <= stacks[i].top)
			return (long)(addr - stacks[i].bottom);
	return -1;
}

void ist_stacks_init(void)
{
	static const char *const names[IST_COUNT] = {
		[IST_DF - 1] = "IST1 (double fault)",
		[IST_NMI - 1] = "IST2 (NMI)",
		[IST_MC - 1] = "IST3 (machine check)",
	};

	for (int i = 1; i <= IST_COUNT; i++) {
		uint64_t top = kstack_alloc(names[i - 1]);

		if (top)	/* else the boot IST stack stays in place */
			tss_set_ist(i, top);
	}
}

void run_on_stack(uint64_t top, void (*fn)(void))
{
	asm volatile("movq %0, %%rsp\n\t"
		     "xorl %%ebp, %%ebp\n\t"	/* a fresh frame chain */
		     "call *%1\n\t"
		     "ud2"
		     : : "r"(top), "r"(fn) : "memory");
	__builtin_unreachable();
}
