/*
 * The memory calls: brk, mmap, munmap, mprotect, mremap, madvise, and the
 * demand paging behind them.  Linux's semantics, argument checks and errno
 * values; only anonymous memory exists (there are no files to map).
 */
#include "syscalls.h"
#include "errno.h"
#include "layout.h"
#include "mm.h"
#include "task.h"
#include "vm.h"
#include "elf.h"
#include "memory.h"

#define MAP_SHARED		0x01
#define MAP_PRIVATE		0x02
#define MAP_SHARED_VALIDATE	0x03
#define MAP_TYPE		0x0f
#define MAP_FIXED		0x10
#define MAP_ANONYMOUS		0x20
#define MAP_NORESERVE		0x4000
#define MAP_FIXED_NOREPLACE	0x100000
#define MREMAP_MAYMOVE		1
#define MREMAP_FIXED		2
#define MREMAP_DONTUNMAP	4
#define MADV_NORMAL		0
#define MADV_RANDOM		1
#define MADV_SEQUENTIAL		2
#define MADV_WILLNEED		3
#define MADV_DONTNEED		4
#define MADV_FREE		8

#define PAGE_MASK	(~(uint64_t)(PAGE_SIZE - 1))
#define PAGE_UP(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

static struct mm *cur_mm(void)
{
	return &current->mm;
}

uint64_t mm_mmap_top(void)
{
	return USER_STACK_TOP - STACK_MAX - STACK_GUARD;
}

bool mm_fault(struct mm *mm, uint64_t addr, bool write, bool exec)
{
	struct vma *v = vma_find(&mm->vmas, addr);

	if (!v || addr >= USER_TOP)
		return false;
	if ((write && !(v->prot & PROT_WRITE)) ||
	    (exec && !(v->prot & PROT_EXEC)) ||
	    v->prot == PROT_NONE)
		return false;
	if (vm_is_mapped(mm->pml4, addr))
		return false;	/* present, and still a fault: protection */
	return vm_map_new(mm->pml4, addr & PAGE_MASK, v->prot) != 0;
}

/*
 * Linux's default overcommit heuristic: one allocation may not be larger
 * than all of RAM (there is no swap).  Pages come only when touched, so
 * without this a program asking for a terabyte would get it.
 */
static bool commit_ok(uint64_t len)
{
	return len / PAGE_SIZE <= memory_top() / PAGE_SIZE;
}

/* Unmaps [start, end) from both the VMAs and the page tables. */
static int unmap(struct mm *mm, uint64_t start, uint64_t end)
{
	if (vma_remove(&mm->vmas, start, end))
		return -ENOMEM;
	vm_unmap_range(mm->pml4, start, end);
	return 0;
}

long sys_brk(unsigned long brk)
{
	struct mm *mm = cur_mm();
	uint64_t old_end = PAGE_UP(mm->brk), new_end = PAGE_UP(brk);

	/* As Linux: out of range or failing, brk answers the current brk.
	 * brk_start is past the image, which elf_check keeps above
	 * MMAP_MIN_ADDR; the floor is checked here too, so that no path
	 * places a mapping below it. */
	if (brk < mm->brk_start || brk < MMAP_MIN_ADDR || brk > mm_mmap_top())
		return (long)mm->brk;
	if (new_end < old_end) {
		if (unmap(mm, new_end, old_end))
			return (long)mm->brk;
	} else if (new_end > old_end) {
		if (!commit_ok(new_end - old_end) ||
		    vma_overlaps(&mm->vmas, old_end, new_end) ||
		    vma_add(&mm->vmas, old_end, new_end,
			    PROT_READ | PROT_WRITE, VMA_HEAP))
			return (long)mm->brk;
	}
	mm->brk = brk;
	return (long)brk;
}

static bool prot_valid(unsigned long prot)
{
	/* PROT_GROWSDOWN/GROWSUP (0x01000000/0x02000000) are not ours */
	return !(prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC));
}

long sys_mmap(unsigned long addr, unsigned long len, unsigned long prot,
	      unsigned long flags, unsigned long fd, unsigned long off)
{
	struct mm *mm = cur_mm();
	unsigned long type = flags & MAP_TYPE;

	(void)fd;
	if (off & ~PAGE_MASK)
		return -EINVAL;
	if (type != MAP_PRIVATE && type != MAP_SHARED &&
	    type != MAP_SHARED_VALIDATE)
		return -EINVAL;
	if (!len)
		return -EINVAL;
	if (!prot_valid(prot))
		return -EINVAL;
	len = PAGE_UP(len);
	if (!len || len > USER_TOP)		/* rounding wrapped */
		return -ENOMEM;
	if (!(flags & MAP_ANONYMOUS))
		return -EBADF;			/* no file can be mapped */
	if ((prot & PROT_WRITE) && !(flags & MAP_NORESERVE) && !commit_ok(len))
		return -ENOMEM;

	uint64_t start;

	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
		if (addr & ~PAGE_MASK)
			return -EINVAL;
		if (addr > USER_TOP - len)
			return -ENOMEM;
		if (addr < MMAP_MIN_ADDR)
			return -EPERM;
		if (vma_overlaps(&mm->vmas, addr, addr + len)) {
			if (flags & MAP_FIXED_NOREPLACE)
				return -EEXIST;
			if (unmap(mm, addr, addr + len))
				return -ENOMEM;
		}
		start = addr;
	} else {
		/* A hint is taken when the range there is free. */
		uint64_t hint = addr & PAGE_MASK;

		if (hint >= MMAP_MIN_ADDR && hint <= USER_TOP - len &&
		    !vma_overlaps(&mm->vmas, hint, hint + len))
			start = hint;
		else if (!(start = vma_find_gap(&mm->vmas, len, MMAP_MIN_ADDR,
						 mm_mmap_top())))
			return -ENOMEM;
	}
	if (vma_add(&mm->vmas, start, start + len, (uint32_t)prot, VMA_ANON))
		return -ENOMEM;
	return (long)start;
}

long sys_munmap(unsigned long addr, size_t len)
{
	if ((addr & ~PAGE_MASK) || !len)
		return -EINVAL;
	len = PAGE_UP(len);
	if (!len || addr > USER_TOP || len > USER_TOP - addr)
		return -EINVAL;
	return unmap(cur_mm(), addr, addr + len);
}

long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm *mm = cur_mm();

	if ((start & ~PAGE_MASK) || !prot_valid(prot))
		return -EINVAL;
	/* As Linux: only a length of 0 is nothing to do; one that rounds
	 * up to 0 (or whose end wraps) is -ENOMEM. */
	if (!len)
		return 0;
	len = PAGE_UP(len);
	if (start + len <= start)
		return -ENOMEM;
	if (start + len > USER_TOP || !vma_covers(&mm->vmas, start, start + len))
		return -ENOMEM;
	if (vma_protect(&mm->vmas, start, start + len, (uint32_t)prot))
		return -ENOMEM;
	vm_protect_range(mm->pml4, start, start + len, (uint32_t)prot);
	return 0;
}

long sys_mremap(unsigned long addr, unsigned long old_len,
		unsigned long new_len, unsigned long flags,
		unsigned long new_addr)
{
	struct mm *mm = cur_mm();

	if (flags & ~(unsigned long)(MREMAP_MAYMOVE | MREMAP_FIXED |
				     MREMAP_DONTUNMAP))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (flags & MREMAP_DONTUNMAP)
		return -EINVAL;		/* not supported here */
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_UP(old_len);
	new_len = PAGE_UP(new_len);
	if (!new_len || new_len > USER_TOP)
		return -EINVAL;
	/* An old range that leaves user space is no mapping of ours (and
	 * addr + old_len must not wrap past the checks below). */
	if (old_len > USER_TOP || addr > USER_TOP - old_len)
		return -EFAULT;
	struct vma *v = vma_find(&mm->vmas, addr);

	if (!v || addr + old_len > v->end || !old_len)
		return -EFAULT;		/* Linux: the old range must be one VMA */
	uint32_t prot = v->prot;
	enum vma_kind kind = v->kind;

	if (new_len > old_len && (prot & PROT_WRITE) &&
	    !commit_ok(new_len - old_len))
		return -ENOMEM;

	if (flags & MREMAP_FIXED) {
		if ((new_addr & ~PAGE_MASK) || new_addr > USER_TOP - new_len)
			return -EINVAL;
		if (new_addr < addr + old_len && addr < new_addr + new_len)
			return -EINVAL;
		/* The same floor as mmap(MAP_FIXED): no page 0 by moving. */
		if (new_addr < MMAP_MIN_ADDR)
			return -EPERM;
	} else if (new_len <= old_len) {
		if (new_len < old_len && unmap(mm, addr + new_len, addr + old_len))
			return -ENOMEM;
		return (long)addr;
	} else if (!vma_overlaps(&mm->vmas, addr + old_len, addr + new_len) &&
		   addr + new_len <= USER_TOP) {
		if (vma_add(&mm->vmas, addr + old_len, addr + new_len, prot, kind))
			return -ENOMEM;
		return (long)addr;		/* grown in place */
	} else if (!(flags & MREMAP_MAYMOVE)) {
		return -ENOMEM;
	} else if (!(new_addr = vma_find_gap(&mm->vmas, new_len, MMAP_MIN_ADDR,
					      mm_mmap_top()))) {
		return -ENOMEM;
	}
	/*
	 * Move: the target gets the pages, the old range goes.  It must
	 * complete or fail with the old mapping intact, so whatever can fail
	 * comes first: room in the VMA list for the new VMA and for a split
	 * of the old one, and the target's page tables (vm_move_range gets
	 * them all before it moves a page).
	 */
	uint64_t moved = old_len < new_len ? old_len : new_len;

	if (mm->vmas.n + 2 > MAX_VMAS)
		return -ENOMEM;
	if ((flags & MREMAP_FIXED) && unmap(mm, new_addr, new_addr + new_len))
		return -ENOMEM;
	if (vma_add(&mm->vmas, new_addr, new_addr + new_len, prot, kind))
		return -ENOMEM;
	if (vm_move_range(mm->pml4, addr, new_addr, moved)) {
		vma_remove(&mm->vmas, new_addr, new_addr + new_len);
		return -ENOMEM;
	}
	unmap(mm, addr, addr + old_len);
	return (long)new_addr;
}

long sys_madvise(unsigned long start, size_t len, int behavior)
{
	struct mm *mm = cur_mm();

	switch (behavior) {
	case MADV_NORMAL: case MADV_RANDOM: case MADV_SEQUENTIAL:
	case MADV_WILLNEED: case MADV_DONTNEED: case MADV_FREE:
		break;
	default:
		return -EINVAL;
	}
	if (start & ~PAGE_MASK)
		return -EINVAL;
	/* As Linux: a length that rounds up to 0, or an end that wraps, is
	 * -EINVAL; only a length of 0 is nothing to do. */
	size_t len_in = len;

	len = PAGE_UP(len);
	if ((len_in && !len) || start + len < start)
		return -EINVAL;
	if (!len)
		return 0;
	if (start + len > USER_TOP)
		return -ENOMEM;		/* nothing is mapped up there */
	/* Private anonymous memory reads back as zeros after DONTNEED (and
	 * FREE, which Linux may do lazily; we do it at once).  A hole in the
	 * range does not stop it: the mapped parts get the advice, then the
	 * call says -ENOMEM, as Linux's. */
	if (behavior == MADV_DONTNEED || behavior == MADV_FREE)
		vm_unmap_range(mm->pml4, start, start + len);
	return vma_covers(&mm->vmas, start, start + len) ? 0 : -ENOMEM;
}
