/*
 * kernel/fs/readdir.c and tmpfs_iterate: "." and ".." first, then
 * entries in creation order; a small buffer resumes where it stopped;
 * entries added or removed during an iteration neither repeat nor hide
 * the others.
 */
#include "check.h"
#include "vfs_env.h"

/* Collects names into a "a b c " string, at most max per call. */
struct collect {
	struct dir_context ctx;
	char names[512];
	int max, got;
	uint64_t last_ino;
	unsigned int last_type;
};

static bool take(struct dir_context *ctx, const char *name, size_t len,
		 int64_t next_pos, uint64_t ino, unsigned int d_type)
{
	struct collect *c = (struct collect *)ctx;
	size_t at = strlen(c->names);

	(void)next_pos;
	if (c->got == c->max)
		return false;
	c->got++;
	memcpy(c->names + at, name, len);
	c->names[at + len] = ' ';
	c->names[at + len + 1] = 0;
	c->last_ino = ino;
	c->last_type = d_type;
	return true;
}

static const char *list(struct file *dir, int max)
{
	static struct collect c;

	memset(&c, 0, sizeof(c));
	c.ctx.actor = take;
	c.max = max;
	return vfs_iterate_dir(dir, &c.ctx) ? "(error)" : c.names;
}

TEST(dot_and_dotdot_first_then_creation_order)
{
	struct file *d;

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/d/zeta", ""));
	CHECK(!creat_with("/d/alpha", ""));
	CHECK(!vfs_symlinkat(R, R, "x", "/d/link"));
	CHECK(!vfs_mkdirat(R, R, "/d/sub", 0755));
	d = openf("/d", O_RDONLY | O_DIRECTORY);
	CHECK(d);
	CHECK_STR(list(d, 100), ". .. zeta alpha link sub ");
	CHECK_STR(list(d, 100), "");			/* at the end */
	CHECK_EQ_U64(vfs_llseek(d, 0, 0), 0);
	CHECK_STR(list(d, 1), ". ");
	CHECK_STR(list(d, 2), ".. zeta ");
	CHECK_STR(list(d, 2), "alpha link ");
	CHECK_STR(list(d, 2), "sub ");
	file_put(d);
}

TEST(inode_numbers_and_types)
{
	struct file *d;
	static struct collect c;

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!vfs_mknodat(R, R, "/d/fifo", S_IFIFO | 0600, 0));
	d = openf("/d", O_RDONLY);
	c.ctx.actor = take;
	c.max = 2;
	CHECK(!vfs_iterate_dir(d, &c.ctx));
	CHECK(c.last_ino == R->i_ino && c.last_type == 4);	/* "..": DT_DIR */
	c.max = 3;
	CHECK(!vfs_iterate_dir(d, &c.ctx));
	CHECK(c.last_ino == lookup("/d/fifo", 0)->i_ino && c.last_type == 1);
	file_put(d);
	d = openf("/", O_RDONLY);
	CHECK_STR(list(d, 2), ". .. ");
	file_put(d);
	d = openf("/d/fifo", O_RDONLY);
	CHECK(!d);					/* no FIFO driver yet */
}

TEST(stable_across_changes_during_iteration)
{
	struct file *d;

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/d/a", ""));
	CHECK(!creat_with("/d/b", ""));
	CHECK(!creat_with("/d/c", ""));
	CHECK(!creat_with("/d/e", ""));
	d = openf("/d", O_RDONLY);
	CHECK_STR(list(d, 3), ". .. a ");
	CHECK(!vfs_unlinkat(R, R, "/d/a", false));	/* seen: no effect */
	CHECK(!vfs_unlinkat(R, R, "/d/c", false));	/* not yet: vanishes */
	CHECK(!creat_with("/d/new", ""));		/* comes at the end */
	CHECK(!creat_with("/d/a", ""));			/* re-made: new again */
	CHECK_STR(list(d, 2), "b e ");
	CHECK(!vfs_unlinkat(R, R, "/d/new", false));
	CHECK_STR(list(d, 100), "a ");
	file_put(d);
}

TEST(not_a_directory_or_removed)
{
	struct file *f, *d;

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/f", ""));
	f = openf("/f", O_RDONLY);
	CHECK_STR(list(f, 10), "(error)");
	file_put(f);
	d = openf("/d", O_RDONLY);
	CHECK(!vfs_unlinkat(R, R, "/d", true));
	CHECK_STR(list(d, 10), "(error)");
	file_put(d);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK(env_only_root());
}
