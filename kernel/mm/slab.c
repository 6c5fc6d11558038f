/*
 * The object allocator.  Why power-of-two size classes with the bookkeeping
 * inside each frame, rather than per-type caches or a free list threaded
 * through the objects:
 *  - the VFS asks for a handful of sizes (an inode, a file, a directory
 *    entry with its name, a symlink target), so eight classes from 16 to
 *    2048 bytes waste at most half an object and need no set-up per type;
 *  - every frame of a class starts with a header (struct slab) that says
 *    which class it serves and, in a bitmap, which slots are taken.  kfree
 *    rounds the pointer down to its frame and checks the header, the slot
 *    boundary and the bit, so a stray pointer or a double free is a loud
 *    panic instead of a free list quietly corrupted;
 *  - a frame whose last object goes is given back at once, so the live
 *    frame count is exact and the self-check can report it.
 * A request above 2048 bytes takes a whole frame.  Such a pointer is
 * frame-aligned, which a slot never is (the header comes first), and the
 * frame is remembered on a list so that kfree can still tell it from junk.
 *
 * One CPU and no allocation from interrupt handlers: no locking.
 */
#include "slab.h"
#include "panic.h"
#include "string.h"

#define SLAB_PAGE	4096ul
#define SLAB_MAGIC	0x51ab51abu
#define SLAB_HDR	64	/* sizeof(struct slab), rounded: slot alignment */
#define SLAB_BIG	(KMALLOC_CLASSES - 1)	/* the whole-frame class */

struct slab {
	uint32_t magic;
	uint16_t cls;
	uint16_t inuse;
	struct slab *prev, *next;	/* the class's frames with a free slot */
	uint64_t map[4];		/* 1 = slot taken; 252 slots at most */
};
_Static_assert(sizeof(struct slab) <= SLAB_HDR, "the header outgrew its room");

/* A whole-frame object, remembered so that kfree can check it. */
struct big {
	void *page;
	struct big *next;
};

static struct slab *partial[SLAB_BIG];
static struct big *bigs;
static uint64_t live_objects[KMALLOC_CLASSES], live_pages[KMALLOC_CLASSES];

static unsigned int class_size(unsigned int cls)
{
	return KMALLOC_MIN << cls;
}

static unsigned int slots(unsigned int cls)
{
	return (SLAB_PAGE - SLAB_HDR) / class_size(cls);
}

static void unlink_slab(struct slab *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		partial[s->cls] = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->prev = s->next = 0;
}

static void push_slab(struct slab *s)
{
	s->prev = 0;
	s->next = partial[s->cls];
	if (s->next)
		s->next->prev = s;
	partial[s->cls] = s;
}

static void *alloc_big(void)
{
	struct big *b = kmalloc(sizeof(*b));

	if (!b)
		return 0;
	if (!(b->page = slab_page_alloc())) {
		kfree(b);
		return 0;
	}
	b->next = bigs;
	bigs = b;
	live_objects[SLAB_BIG]++;
	live_pages[SLAB_BIG]++;
	return b->page;
}

static void free_big(const void *obj)
{
	for (struct big **pp = &bigs; *pp; pp = &(*pp)->next) {
		struct big *b = *pp;

		if (b->page != obj)
			continue;
		*pp = b->next;
		slab_page_free(b->page);
		kfree(b);
		live_objects[SLAB_BIG]--;
		live_pages[SLAB_BIG]--;
		return;
	}
	panic("kfree(%p): not a kmalloc'd frame (or freed twice)", obj);
}

void *kmalloc(size_t size)
{
	unsigned int cls = 0;

	if (!size || size > KMALLOC_MAX)
		return 0;
	while (class_size(cls) < size)
		cls++;
	if (cls == SLAB_BIG)
		return alloc_big();

	struct slab *s = partial[cls];

	if (!s) {
		if (!(s = slab_page_alloc()))
			return 0;
		s->magic = SLAB_MAGIC;
		s->cls = (uint16_t)cls;
		push_slab(s);
		live_pages[cls]++;
	}
	unsigned int i = 0;

	while (s->map[i / 64] & (1ull << (i % 64)))
		i++;		/* there is a free slot: s is on the list */
	s->map[i / 64] |= 1ull << (i % 64);
	if (++s->inuse == slots(cls))
		unlink_slab(s);
	live_objects[cls]++;
	return (char *)s + SLAB_HDR + (size_t)i * class_size(cls);
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *obj)
{
	uintptr_t a = (uintptr_t)obj;

	if (!obj)
		return;
	if (!(a % SLAB_PAGE)) {
		free_big(obj);
		return;
	}

	struct slab *s = (struct slab *)(a - a % SLAB_PAGE);
	uintptr_t off = a % SLAB_PAGE;

	/* The header is read before anything is trusted: a pointer into a
	 * frame that is not a slab most likely fails the magic. */
	if (s->magic != SLAB_MAGIC || s->cls >= SLAB_BIG || off < SLAB_HDR)
		panic("kfree(%p): not a kmalloc'd object", obj);

	unsigned int size = class_size(s->cls);
	uintptr_t i = (off - SLAB_HDR) / size;

	if ((off - SLAB_HDR) % size || i >= slots(s->cls))
		panic("kfree(%p): not the start of a %u-byte object", obj, size);
	if (!(s->map[i / 64] & (1ull << (i % 64))))
		panic("kfree(%p): %u-byte object freed twice", obj, size);
	s->map[i / 64] &= ~(1ull << (i % 64));
	live_objects[s->cls]--;
	if (s->inuse-- == slots(s->cls))
		push_slab(s);	/* it was full, so off the list */
	if (!s->inuse) {
		unlink_slab(s);
		live_pages[s->cls]--;
		s->magic = 0;	/* a stale pointer into it stays caught */
		slab_page_free(s);
	}
}

void kmem_stats(struct kmem_class_stats st[KMALLOC_CLASSES])
{
	for (unsigned int c = 0; c < KMALLOC_CLASSES; c++) {
		st[c].size = c == SLAB_BIG ? KMALLOC_MAX : class_size(c);
		st[c].objects = live_objects[c];
		st[c].pages = live_pages[c];
	}
}

uint64_t kmem_live_objects(void)
{
	uint64_t n = 0;

	for (unsigned int c = 0; c < KMALLOC_CLASSES; c++)
		n += live_objects[c];
	return n;
}

uint64_t kmem_live_pages(void)
{
	uint64_t n = 0;

	for (unsigned int c = 0; c < KMALLOC_CLASSES; c++)
		n += live_pages[c];
	return n;
}
