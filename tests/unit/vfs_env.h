/*
 * The VFS tests' world: a tmpfs on counting stand-ins for the kernel's
 * page and object allocators (each with a limit, to run them dry) and a
 * clock the test sets.  Include after check.h.
 */
#ifndef VFS_ENV_H
#define VFS_ENV_H

#include "errno.h"
#include "fcntl.h"
#include "vfs.h"

char *strcpy(char *dst, const char *src);	/* not in kernel/lib/string.h */

static long env_pages, env_objs;		/* live */
static long env_page_limit = -1, env_obj_limit = -1;	/* -1: none */
static int64_t env_now = 1000;

static void *env_page_alloc(void)
{
	void *p;

	if (env_page_limit >= 0 && env_pages >= env_page_limit)
		return 0;
	p = aligned_alloc(4096, 4096);
	memset(p, 0, 4096);
	env_pages++;
	return p;
}

static void env_page_free(void *p)
{
	env_pages--;
	free(p);
}

static void *env_zalloc(size_t n)
{
	if (env_obj_limit >= 0 && env_objs >= env_obj_limit)
		return 0;
	env_objs++;
	return calloc(1, n);
}

static void env_free(void *p)
{
	env_objs--;
	free(p);
}

static void env_clock(struct timespec64 *ts)
{
	ts->tv_sec = env_now;
	ts->tv_nsec = 0;
}

static const struct vfs_mem env_mem = {
	env_page_alloc, env_page_free, env_zalloc, env_free,
};

static struct super_block sb;
static struct inode *R;		/* the root, and the walks' start */

/* A fresh tmpfs with no limits; 0 if it could not be made. */
static int env_setup(void)
{
	if (sb.s_root)
		tmpfs_kill_super(&sb);	/* the last case's, all of it */
	if (sb.s_ninodes || nr_files) {	/* the last case leaked references */
		fprintf(stderr, "LEAK %lu inodes %lu files\n",
			(unsigned long)sb.s_ninodes, (unsigned long)nr_files);
		return -1;
	}
	env_pages = env_objs = 0;
	env_page_limit = env_obj_limit = -1;
	env_now = 1000;
	if (tmpfs_fill_super(&sb, &env_mem, env_clock, 0755))
		return -1;
	R = sb.s_root;
	return 0;
}

/* Everything but the root is gone: the live-object counts say so. */
__attribute__((unused)) static int env_only_root(void)
{
	return sb.s_ninodes == 1 && env_pages == 0 && nr_files == 0 &&
	       env_objs == 2;		/* the root inode and its entry list */
}

__attribute__((unused)) static struct inode *lookup(const char *path, unsigned int flags)
{
	struct inode *i;

	if (path_lookupat(R, R, path, flags, &i))
		return 0;
	iput(i);		/* still named, so still there */
	return i;
}

__attribute__((unused)) static int err_of(const char *path, unsigned int flags)
{
	struct inode *i;
	int err = path_lookupat(R, R, path, flags, &i);

	if (!err)
		iput(i);
	return err;
}

static struct file *openf(const char *path, unsigned int flags)
{
	struct file *f;

	return vfs_open(R, R, path, flags, 0644, &f) ? 0 : f;
}

__attribute__((unused)) static int creat_with(const char *path, const char *data)
{
	struct file *f = openf(path, O_CREAT | O_WRONLY | O_TRUNC);
	long n;

	if (!f)
		return -1;
	n = vfs_write(f, data, strlen(data));
	file_put(f);
	return n == (long)strlen(data) ? 0 : -1;
}

/* The last case's tmpfs goes too, so LeakSanitizer sees every object back. */
__attribute__((destructor)) static void env_teardown(void)
{
	if (sb.s_root)
		tmpfs_kill_super(&sb);
}

#endif
