/*
 * Path lookup: the one walk every *at call, open and exec go through.
 *
 * A walk holds one reference, on the directory it stands in (w->cur).
 * Each component moves it: "." stays, ".." goes to i_parent (and stays at
 * the walk's root, so ".." of "/" is "/"), a name asks the directory's
 * i_op->lookup.  A symlink met in the middle of a path, or at its end when
 * the caller follows, is walked from the directory that holds it, by the
 * same routine; MAXSYMLINKS links in one lookup is ELOOP.
 */
#include "errno.h"
#include "string.h"
#include "vfs.h"

struct walk {
	struct inode *root;
	struct inode *cur;	/* one reference */
	int nlinks;		/* symlinks followed in this lookup */
};

static void walk_move(struct walk *w, struct inode *next)
{
	iput(w->cur);
	w->cur = next;
}

/*
 * Where a lookup lands once it has the child.  The mount hook: when a
 * file system is mounted on child, its root is where the walk goes on.
 * (".." from a mounted root must then cross back to the mount point;
 * that is the matching hook in walk_dotdot.)
 */
static struct inode *step_into(struct inode *child)
{
	if (child->i_mounted) {
		struct inode *r = iget(child->i_mounted->s_root);

		iput(child);
		return r;
	}
	return child;
}

static int walk_dotdot(struct walk *w)
{
	struct inode *parent;

	if (w->cur == w->root)
		return 0;
	/* Mount hook: a mounted root's ".." is its mount point's parent. */
	parent = w->cur->i_parent;
	if (!parent)
		return -ENOENT;		/* a removed directory */
	walk_move(w, iget(parent));
	return 0;
}

static int walk_path(struct walk *w, const char *path, size_t len,
		     bool follow_last);

/* The symlink link in directory w->cur: walk its target from there. */
static int walk_link(struct walk *w, struct inode *link)
{
	const char *target;
	int err;

	if (++w->nlinks > MAXSYMLINKS) {
		iput(link);
		return -ELOOP;
	}
	target = link->i_op->get_link(link);
	err = walk_path(w, target, strlen(target), true);
	iput(link);
	return err;
}

/*
 * Walks path[0, len) from w->cur ("/" first: from w->root), leaving
 * w->cur at what it names.  A trailing slash requires a directory and
 * follows a final symlink, as on Linux.
 */
static int walk_path(struct walk *w, const char *path, size_t len,
		     bool follow_last)
{
	size_t i = 0;

	if (len && path[0] == '/')
		walk_move(w, iget(w->root));
	while (i < len) {
		size_t start, n;
		bool last, slash;
		struct inode *dir = w->cur, *child;
		int err;

		while (i < len && path[i] == '/')
			i++;
		if (i == len)
			break;
		start = i;
		while (i < len && path[i] != '/')
			i++;
		n = i - start;
		slash = i < len;
		while (i < len && path[i] == '/')
			i++;
		last = i == len;
		if (n > NAME_MAX)
			return -ENAMETOOLONG;
		if (!S_ISDIR(dir->i_mode))
			return -ENOTDIR;
		if (n == 1 && path[start] == '.')
			continue;
		if (n == 2 && path[start] == '.' && path[start + 1] == '.') {
			err = walk_dotdot(w);
			if (err)
				return err;
			continue;
		}
		if (!dir->i_nlink)
			return -ENOENT;		/* lookup in a removed directory */
		err = dir->i_op->lookup(dir, path + start, n, &child);
		if (err)
			return err;
		if (S_ISLNK(child->i_mode) && (!last || follow_last || slash)) {
			err = walk_link(w, child);
			if (err)
				return err;
		} else {
			walk_move(w, step_into(child));
		}
		if (last && slash && !S_ISDIR(w->cur->i_mode))
			return -ENOTDIR;
	}
	return 0;
}

static int path_check(const char *path, size_t *len)
{
	*len = strnlen(path, PATH_MAX);
	if (*len == PATH_MAX)
		return -ENAMETOOLONG;
	return 0;
}

int path_lookupat(struct inode *root, struct inode *start, const char *path,
		  unsigned int flags, struct inode **res)
{
	struct walk w = { root, iget(start), 0 };
	size_t len;
	int err = path_check(path, &len);

	if (!err && !len && !(flags & LOOKUP_EMPTY))
		err = -ENOENT;
	if (!err)
		err = walk_path(&w, path, len, flags & LOOKUP_FOLLOW);
	if (!err && (flags & LOOKUP_DIRECTORY) && !S_ISDIR(w.cur->i_mode))
		err = -ENOTDIR;
	if (err) {
		iput(w.cur);
		return err;
	}
	*res = w.cur;
	return 0;
}

/*
 * The parent form (Linux's filename_parentat): walks every component but
 * the last, which it hands back unlooked-up, for create, unlink and
 * rename to act on inside nd->dir.
 */
int path_parentat(struct inode *root, struct inode *start, const char *path,
		  struct nameidata *nd)
{
	struct walk w = { root, iget(start), 0 };
	size_t len, end, begin;
	int err = path_check(path, &len);

	if (!err && !len)
		err = -ENOENT;
	if (err)
		goto fail;
	for (end = len; end && path[end - 1] == '/'; end--)
		;
	for (begin = end; begin && path[begin - 1] != '/'; begin--)
		;
	nd->last = path + begin;
	nd->last_len = end - begin;
	nd->trailing_slash = end < len;
	nd->last_type = LAST_NORM;
	if (!end)
		nd->last_type = LAST_ROOT;
	else if (nd->last_len == 1 && nd->last[0] == '.')
		nd->last_type = LAST_DOT;
	else if (nd->last_len == 2 && nd->last[0] == '.' && nd->last[1] == '.')
		nd->last_type = LAST_DOTDOT;
	err = walk_path(&w, path, begin ? begin : (end ? 0 : len), true);
	if (!err && !S_ISDIR(w.cur->i_mode))
		err = -ENOTDIR;
	if (!err && nd->last_len > NAME_MAX)
		err = -ENAMETOOLONG;
	if (err)
		goto fail;
	nd->dir = w.cur;
	return 0;
fail:
	iput(w.cur);
	return err;
}

void path_put_parent(struct nameidata *nd)
{
	iput(nd->dir);
	nd->dir = 0;
}
