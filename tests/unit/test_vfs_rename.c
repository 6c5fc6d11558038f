/*
 * kernel/fs/rename.c and tmpfs_rename: Linux's rules for renameat2 --
 * over a file, over an empty directory, into itself, across kinds,
 * RENAME_NOREPLACE and RENAME_EXCHANGE -- and the link counts and ".."
 * of the directories that move.
 */
#include "check.h"
#include "vfs_env.h"

static int mv(const char *from, const char *to, unsigned int flags)
{
	return vfs_renameat2(R, R, from, R, to, flags);
}

/* /a/x (file "x"), /a/sub (dir), /b (dir), /e (empty dir), /f (file "f") */
static int tree(void)
{
	return env_setup() || vfs_mkdirat(R, R, "/a", 0755) ||
	       creat_with("/a/x", "x") || vfs_mkdirat(R, R, "/a/sub", 0755) ||
	       vfs_mkdirat(R, R, "/b", 0755) || vfs_mkdirat(R, R, "/e", 0755) ||
	       creat_with("/f", "f");
}

TEST(a_plain_move_and_a_rename_in_place)
{
	struct inode *x;

	CHECK(!tree());
	x = lookup("/a/x", 0);
	CHECK(!mv("/a/x", "/b/y", 0));
	CHECK(lookup("/b/y", 0) == x && !lookup("/a/x", 0));
	CHECK(x->i_nlink == 1);
	CHECK(!mv("/b/y", "/b/z", 0));
	CHECK(lookup("/b/z", 0) == x);
	CHECK_EQ_U64(mv("/nope", "/b/q", 0), -ENOENT);
	CHECK_EQ_U64(mv("/b/z", "/nope/q", 0), -ENOENT);
}

TEST(over_a_file_frees_the_old_one)
{
	long inodes;

	CHECK(!tree());
	inodes = (long)sb.s_ninodes;
	CHECK(!mv("/a/x", "/f", 0));
	CHECK_EQ_U64(sb.s_ninodes, inodes - 1);
	CHECK(!mv("/f", "/a/x", RENAME_NOREPLACE));
	CHECK_EQ_U64(mv("/a/x", "/b", RENAME_NOREPLACE), -EEXIST);
	CHECK_EQ_U64(mv("/a/x", "/a/..", RENAME_NOREPLACE), -EEXIST);
	CHECK_EQ_U64(mv("/a/x", "/a/..", 0), -EBUSY);
	CHECK_EQ_U64(mv("/a/.", "/q", 0), -EBUSY);
	CHECK_EQ_U64(mv("/", "/q", 0), -EBUSY);
}

TEST(directories_over_empty_directories_only)
{
	struct inode *sub, *b;

	CHECK(!tree());
	sub = lookup("/a/sub", 0);
	b = lookup("/b", 0);
	CHECK(!mv("/a/sub", "/e", 0));		/* /e was empty: replaced */
	CHECK(lookup("/e", 0) == sub && sub->i_parent == R);
	CHECK_EQ_U64(lookup("/a", 0)->i_nlink, 2);
	CHECK_EQ_U64(R->i_nlink, 5);		/* ., .., a, b, e: a..e's ".." */
	CHECK(!creat_with("/b/full", ""));
	CHECK_EQ_U64(mv("/e", "/b", 0), -ENOTEMPTY);
	CHECK(!mv("/e", "/b/moved/", 0));	/* a slash on a directory: fine */
	CHECK(sub->i_parent == b && b->i_nlink == 3);
	CHECK(lookup("/b/moved/..", 0) == b);
	CHECK_EQ_U64(R->i_nlink, 4);
}

TEST(kinds_must_match)
{
	CHECK(!tree());
	CHECK_EQ_U64(mv("/a/sub", "/f", 0), -ENOTDIR);
	CHECK_EQ_U64(mv("/f", "/e", 0), -EISDIR);
	CHECK_EQ_U64(mv("/f/", "/g", 0), -ENOTDIR);
	CHECK_EQ_U64(mv("/f", "/g/", 0), -ENOTDIR);
	CHECK_EQ_U64(mv("/f/x", "/g", 0), -ENOTDIR);
}

TEST(a_directory_into_itself_is_einval)
{
	CHECK(!tree());
	CHECK_EQ_U64(mv("/a", "/a/sub/in", 0), -EINVAL);
	CHECK_EQ_U64(mv("/a", "/a/in", 0), -EINVAL);
	CHECK_EQ_U64(mv("/a/sub", "/a/sub/in", 0), -EINVAL);
	/* Over an ancestor of the source: not empty, as Linux says. */
	CHECK_EQ_U64(mv("/a/sub", "/a", 0), -ENOTEMPTY);
	CHECK_EQ_U64(mv("/a/sub", "/a", RENAME_EXCHANGE), -EINVAL);
	CHECK(!mv("/a", "/b/a", 0));		/* a sibling is fine */
}

TEST(two_names_of_one_file_is_a_no_op)
{
	CHECK(!tree());
	CHECK(!vfs_linkat(R, R, "/f", R, "/g", 0));
	CHECK(!mv("/f", "/g", 0));
	CHECK(lookup("/f", 0) && lookup("/f", 0) == lookup("/g", 0));
	CHECK_EQ_U64(lookup("/f", 0)->i_nlink, 2);
	CHECK(!mv("/f", "/f", 0));
}

TEST(exchange_swaps_even_a_file_and_a_directory)
{
	struct inode *x, *b, *a;

	CHECK(!tree());
	x = lookup("/a/x", 0);
	b = lookup("/b", 0);
	a = lookup("/a", 0);
	CHECK(!mv("/a/x", "/b", RENAME_EXCHANGE));
	CHECK(lookup("/a/x", 0) == b && lookup("/b", 0) == x);
	CHECK(b->i_parent == a);
	CHECK_EQ_U64(a->i_nlink, 4);		/* ., its "..", sub, x now */
	CHECK_EQ_U64(R->i_nlink, 4);		/* a and e; b left */
	CHECK_EQ_U64(mv("/a/x", "/none", RENAME_EXCHANGE), -ENOENT);
	CHECK_EQ_U64(mv("/f", "/b/", RENAME_EXCHANGE), -ENOTDIR);
	CHECK_EQ_U64(mv("/a/x", "/f", RENAME_EXCHANGE | RENAME_NOREPLACE),
		     -EINVAL);
	CHECK_EQ_U64(mv("/a/x", "/f", 8), -EINVAL);
	CHECK_EQ_U64(mv("/a/x", "/f", RENAME_WHITEOUT), -EINVAL);
}

TEST(out_of_objects_changes_nothing)
{
	CHECK(!tree());
	env_obj_limit = env_objs;
	CHECK_EQ_U64(mv("/f", "/b/g", 0), -ENOMEM);
	CHECK(lookup("/f", 0) && !lookup("/b/g", 0));
	CHECK(!mv("/f", "/a/x", 0));		/* over a name: needs nothing */
	env_obj_limit = -1;
}

TEST(names_stay_inside_the_process_root)
{
	struct inode *a;

	CHECK(!tree());
	a = lookup("/a", 0);
	CHECK_EQ_U64(vfs_renameat2(a, a, "/sub", a, "/", 0), -EBUSY);
	CHECK_EQ_U64(vfs_renameat2(a, R, "/b", R, "/e", 0), -ENOENT);
	CHECK(!vfs_renameat2(a, R, "/x", R, "/../y", 0));
	CHECK(lookup("/a/y", 0) != 0);
}
