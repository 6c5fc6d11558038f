/*
 * tmpfs file data: a sparse tree of pages per file, as x86-64's page
 * tables are.  A node is one page of 512 pointers; a tree of height h
 * covers 512^h pages, and grows a level on top when a write goes past
 * that.  Height 0 is a file of one page at most: the root is that page.  A page that was never written is a hole: no page, read as
 * zeros.  Three levels cover 512 GiB, tmpfs's largest file here (EFBIG
 * past it).  No page for data or for a node is -ENOSPC, as on Linux.
 */
#include "errno.h"
#include "string.h"
#include "tmpfs.h"

#define PAGE_SIZE	4096
#define SLOTS		512
#define SLOT_SHIFT	9
#define MAX_HEIGHT	3
#define TMPFS_MAXBYTES	((int64_t)1 << (SLOT_SHIFT * MAX_HEIGHT + 12))

struct tmpfs_pages {
	void **root;
	unsigned int height;
};

_Static_assert(sizeof(struct tmpfs_pages) <= 2 * sizeof(void *),
	       "tmpfs_get_inode allocates two pointers for it");

static uint64_t span(unsigned int height)	/* pages under a node */
{
	return (uint64_t)1 << (SLOT_SHIFT * height);
}

/*
 * The slot that holds page idx's pointer, or 0 if it does not exist
 * (create false) or no page could be had for a node (*err -ENOSPC).
 */
static void **page_slot(struct inode *inode, uint64_t idx, bool create,
			int *err)
{
	struct tmpfs_pages *p = inode->i_private;
	const struct vfs_mem *mem = inode->i_sb->s_mem;
	void **slot = (void **)&p->root;

	if (!p->root) {
		if (!create)
			return 0;
		while (idx >= span(p->height))
			p->height++;
	}
	while (idx >= span(p->height)) {
		void **top;

		if (!create)
			return 0;
		if (!(top = mem->page_alloc()))
			goto nospc;
		top[0] = p->root;
		p->root = top;
		p->height++;
	}
	for (unsigned int level = p->height; level; level--) {
		if (!*slot) {
			if (!create)
				return 0;
			if (!(*slot = mem->page_alloc()))
				goto nospc;
		}
		slot = &((void **)*slot)[(idx >> (SLOT_SHIFT * (level - 1))) %
					 SLOTS];
	}
	return slot;
nospc:
	*err = -ENOSPC;
	return 0;
}

/* Frees the pages at or past first under node (level, its first page
 * base); true if it freed the node itself too. */
static bool free_from(struct inode *inode, void **node, unsigned int level,
		      uint64_t base, uint64_t first)
{
	const struct vfs_mem *mem = inode->i_sb->s_mem;
	uint64_t each = span(level - 1);

	for (unsigned int i = 0; i < SLOTS; i++) {
		uint64_t b = base + i * each;

		if (!node[i] || b + each <= first)
			continue;
		if (level == 1) {
			mem->page_free(node[i]);
			inode->i_blocks -= PAGE_SIZE / 512;
			node[i] = 0;
		} else if (free_from(inode, node[i], level - 1, b, first)) {
			node[i] = 0;
		}
	}
	if (base < first)
		return false;
	mem->page_free(node);
	return true;
}

/* Frees every page from first on, and the nodes left with none. */
static void free_tree(struct inode *inode, uint64_t first)
{
	struct tmpfs_pages *p = inode->i_private;

	if (!p || !p->root)
		return;
	if (p->height == 0) {		/* the root is page 0 itself */
		if (first)
			return;
		inode->i_sb->s_mem->page_free(p->root);
		inode->i_blocks -= PAGE_SIZE / 512;
	} else if (!free_from(inode, p->root, p->height, 0, first)) {
		return;
	}
	p->root = 0;
	p->height = 0;
}

void tmpfs_free_pages(struct inode *inode)
{
	free_tree(inode, 0);
}

int tmpfs_setsize(struct inode *inode, int64_t size)
{
	int err = 0;

	if (size < 0)
		return -EINVAL;
	if (size > TMPFS_MAXBYTES)
		return -EFBIG;
	if (size < inode->i_size) {
		uint64_t keep = ((uint64_t)size + PAGE_SIZE - 1) / PAGE_SIZE;
		void **slot;

		free_tree(inode, keep);
		/* The rest of the last page must read as zeros if regrown. */
		if (size % PAGE_SIZE &&
		    (slot = page_slot(inode, (uint64_t)size / PAGE_SIZE, false, &err)) &&
		    *slot)
			memset((char *)*slot + size % PAGE_SIZE, 0,
			       PAGE_SIZE - size % PAGE_SIZE);
	}
	inode->i_size = size;
	inode_touch(inode, false, true, true);
	return 0;
}

static long tmpfs_read(struct file *f, void *buf, size_t n, int64_t *pos)
{
	struct inode *inode = f->f_inode;
	size_t done = 0;
	int err = 0;

	if (*pos >= inode->i_size)
		return 0;
	if (n > (uint64_t)(inode->i_size - *pos))
		n = (size_t)(inode->i_size - *pos);
	while (done < n) {
		uint64_t at = (uint64_t)*pos + done;
		size_t off = at % PAGE_SIZE, chunk = PAGE_SIZE - off;
		void **slot = page_slot(inode, at / PAGE_SIZE, false, &err);

		if (chunk > n - done)
			chunk = n - done;
		if (slot && *slot)
			memcpy((char *)buf + done, (char *)*slot + off, chunk);
		else
			memset((char *)buf + done, 0, chunk);
		done += chunk;
	}
	*pos += (int64_t)done;
	inode_touch(inode, true, false, false);
	return (long)done;
}

/* A short write when space runs out part-way, -ENOSPC if at once. */
static long tmpfs_write(struct file *f, const void *buf, size_t n,
			int64_t *pos)
{
	struct inode *inode = f->f_inode;
	size_t done = 0;
	int err = 0;

	if (!n)
		return 0;		/* and no timestamps change, as Linux */
	if (*pos >= TMPFS_MAXBYTES)
		return -EFBIG;
	if (n > (uint64_t)(TMPFS_MAXBYTES - *pos))
		n = (size_t)(TMPFS_MAXBYTES - *pos);
	while (done < n) {
		uint64_t at = (uint64_t)*pos + done;
		size_t off = at % PAGE_SIZE, chunk = PAGE_SIZE - off;
		void **slot = page_slot(inode, at / PAGE_SIZE, true, &err);

		if (slot && !*slot) {
			*slot = inode->i_sb->s_mem->page_alloc();
			if (*slot)
				inode->i_blocks += PAGE_SIZE / 512;
			else
				err = -ENOSPC;
		}
		if (err)
			break;
		if (chunk > n - done)
			chunk = n - done;
		memcpy((char *)*slot + off, (const char *)buf + done, chunk);
		done += chunk;
	}
	if (!done && err)
		return err;
	*pos += (int64_t)done;
	if (*pos > inode->i_size)
		inode->i_size = *pos;
	inode_touch(inode, false, true, true);
	return (long)done;
}

const struct file_operations tmpfs_file_fops = {
	.read = tmpfs_read,
	.write = tmpfs_write,
};
