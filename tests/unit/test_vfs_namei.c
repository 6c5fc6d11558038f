/*
 * kernel/fs/namei.c: path_lookupat and path_parentat on a tmpfs made for
 * each case (vfs_env.h): absolute and relative paths, "." and "..",
 * symlinks and ELOOP, trailing slashes, empty and over-long names.
 */
#include "check.h"
#include "vfs_env.h"

/* /a/b (dirs), /a/f (file "x"), /l -> a/b, /abs -> /a/f */
static int tree(void)
{
	return env_setup() || vfs_mkdirat(R, R, "/a", 0755) ||
	       vfs_mkdirat(R, R, "a/b", 0755) || creat_with("/a/f", "x") ||
	       vfs_symlinkat(R, R, "a/b", "/l") ||
	       vfs_symlinkat(R, R, "/a/f", "/abs");
}

TEST(absolute_and_relative)
{
	struct inode *a, *b;

	CHECK(!tree());
	a = lookup("/a", 0);
	CHECK(a && S_ISDIR(a->i_mode));
	CHECK(path_lookupat(R, a, "b", 0, &b) == 0);
	CHECK(b == lookup("/a/b", 0));
	iput(b);
	CHECK(path_lookupat(R, a, "/a", 0, &b) == 0);	/* "/" ignores start */
	CHECK(b == a);
	iput(b);
	CHECK(lookup("//a///b//", 0) == lookup("/a/b", 0));
	CHECK(lookup("/", 0) == R);
	CHECK_EQ_U64(err_of("/nope", 0), -ENOENT);
	CHECK_EQ_U64(err_of("/a/nope/b", 0), -ENOENT);
}

TEST(dot_and_dotdot)
{
	struct inode *b, *r;

	CHECK(!tree());
	b = lookup("/a/b", 0);
	CHECK(lookup("/a/./b/.", 0) == b);
	CHECK(lookup("/a/b/..", 0) == lookup("/a", 0));
	CHECK(lookup("/a/b/../../a/b", 0) == b);
	CHECK(path_lookupat(R, b, "../..", 0, &r) == 0 && r == R);
	iput(r);
}

TEST(dotdot_of_the_root_is_the_root)
{
	struct inode *a, *r;

	CHECK(!tree());
	CHECK(lookup("/..", 0) == R);
	CHECK(lookup("/../../..", 0) == R);
	CHECK(lookup("../a/../..", 0) == R);
	/* A process root below the tmpfs root (chroot): ".." stops there. */
	a = lookup("/a", 0);
	CHECK(path_lookupat(a, a, "../../b", 0, &r) == 0);
	CHECK(r == lookup("/a/b", 0));
	iput(r);
	CHECK(path_lookupat(a, R, "/f", 0, &r) == 0);
	CHECK(r == lookup("/a/f", 0));
	iput(r);
}

TEST(symlinks_in_the_middle_and_at_the_end)
{
	struct inode *l;

	CHECK(!tree());
	CHECK(lookup("/l/..", 0) == lookup("/a", 0));	/* ".." of the target */
	CHECK(lookup("/l", LOOKUP_FOLLOW) == lookup("/a/b", 0));
	l = lookup("/l", 0);
	CHECK(l && S_ISLNK(l->i_mode));
	CHECK(lookup("/abs", LOOKUP_FOLLOW) == lookup("/a/f", 0));
	CHECK(!vfs_symlinkat(R, R, "../f", "/a/b/rel"));
	CHECK(lookup("/l/rel", LOOKUP_FOLLOW) == lookup("/a/f", 0));
	CHECK(!vfs_symlinkat(R, R, "nowhere", "/dangling"));
	CHECK_EQ_U64(err_of("/dangling", LOOKUP_FOLLOW), -ENOENT);
	CHECK(lookup("/dangling", 0) != 0);
	CHECK_EQ_U64(err_of("/abs/x", 0), -ENOTDIR);
}

TEST(symlink_loops_are_eloop)
{
	char name[16], target[16];

	CHECK(!tree());
	CHECK(!vfs_symlinkat(R, R, "self", "/self"));
	CHECK_EQ_U64(err_of("/self", LOOKUP_FOLLOW), -ELOOP);
	CHECK_EQ_U64(err_of("/self/x", 0), -ELOOP);
	CHECK(lookup("/self", 0) != 0);		/* not followed: found */
	CHECK(!vfs_symlinkat(R, R, "/p", "/q"));
	CHECK(!vfs_symlinkat(R, R, "q", "/p"));
	CHECK_EQ_U64(err_of("/p", LOOKUP_FOLLOW), -ELOOP);
	/* A chain of 40 links resolves; 41 is one too many. */
	CHECK(!vfs_symlinkat(R, R, "a", "/c0"));
	for (int i = 1; i <= 40; i++) {
		snprintf(name, sizeof(name), "/c%d", i);
		snprintf(target, sizeof(target), "c%d", i - 1);
		CHECK(!vfs_symlinkat(R, R, target, name));
	}
	CHECK(lookup("/c39", LOOKUP_FOLLOW) == lookup("/a", 0));
	CHECK_EQ_U64(err_of("/c40", LOOKUP_FOLLOW), -ELOOP);
	CHECK_EQ_U64(err_of("/c39/b", 0), 0);
	CHECK_EQ_U64(err_of("/c40/b", 0), -ELOOP);
}

TEST(a_trailing_slash_needs_a_directory)
{
	CHECK(!tree());
	CHECK_EQ_U64(err_of("/a/f/", 0), -ENOTDIR);
	CHECK_EQ_U64(err_of("/a/f//", LOOKUP_FOLLOW), -ENOTDIR);
	CHECK_EQ_U64(err_of("/a/f/.", 0), -ENOTDIR);
	CHECK(lookup("/a/b/", 0) == lookup("/a/b", 0));
	/* The slash follows a final symlink even without LOOKUP_FOLLOW. */
	CHECK(lookup("/l/", 0) == lookup("/a/b", 0));
	CHECK_EQ_U64(err_of("/abs/", 0), -ENOTDIR);
	CHECK_EQ_U64(err_of("/a/f", LOOKUP_DIRECTORY), -ENOTDIR);
}

TEST(non_directory_in_the_middle_is_enotdir)
{
	CHECK(!tree());
	CHECK_EQ_U64(err_of("/a/f/b", 0), -ENOTDIR);
	CHECK_EQ_U64(err_of("/a/f/..", 0), -ENOTDIR);
	CHECK_EQ_U64(err_of("/abs/b", 0), -ENOTDIR);
}

TEST(empty_path)
{
	struct inode *a, *r;

	CHECK(!tree());
	CHECK_EQ_U64(err_of("", 0), -ENOENT);
	a = lookup("/a/f", 0);
	CHECK(path_lookupat(R, a, "", LOOKUP_EMPTY, &r) == 0 && r == a);
	iput(r);
}

TEST(names_and_paths_too_long)
{
	static char path[PATH_MAX + 2];

	CHECK(!tree());
	path[0] = '/';
	memset(path + 1, 'n', 256);
	CHECK_EQ_U64(err_of(path, 0), -ENAMETOOLONG);
	path[256] = 0;				/* 255 bytes: only absent */
	CHECK_EQ_U64(err_of(path, 0), -ENOENT);
	memset(path, '/', PATH_MAX);		/* 4096 bytes, no room for NUL */
	path[PATH_MAX] = 0;
	CHECK_EQ_U64(err_of(path, 0), -ENAMETOOLONG);
	path[PATH_MAX - 1] = 0;			/* 4095: fine, it is "/" */
	CHECK(lookup(path, 0) == R);
	memset(path, 'n', 300);
	strcpy(path + 300, "/x");
	CHECK_EQ_U64(vfs_mkdirat(R, R, path, 0755), -ENAMETOOLONG);
}

TEST(parent_form)
{
	struct nameidata nd;

	CHECK(!tree());
	CHECK(path_parentat(R, R, "/a/b/new//", &nd) == 0);
	CHECK(nd.dir == lookup("/a/b", 0));
	CHECK(nd.last_len == 3 && !memcmp(nd.last, "new", 3));
	CHECK(nd.trailing_slash && nd.last_type == LAST_NORM);
	path_put_parent(&nd);
	CHECK(path_parentat(R, R, "name", &nd) == 0 && nd.dir == R);
	CHECK(!nd.trailing_slash && nd.last_len == 4);
	path_put_parent(&nd);
	CHECK(path_parentat(R, R, "/a/..", &nd) == 0);
	CHECK(nd.last_type == LAST_DOTDOT && nd.dir == lookup("/a", 0));
	path_put_parent(&nd);
	CHECK(path_parentat(R, R, "/a/.", &nd) == 0 && nd.last_type == LAST_DOT);
	path_put_parent(&nd);
	CHECK(path_parentat(R, R, "///", &nd) == 0 && nd.last_type == LAST_ROOT);
	CHECK(nd.dir == R);
	path_put_parent(&nd);
	CHECK(path_parentat(R, R, "/l/x", &nd) == 0);	/* middle link followed */
	CHECK(nd.dir == lookup("/a/b", 0));
	path_put_parent(&nd);
	CHECK_EQ_U64(path_parentat(R, R, "/a/f/x", &nd), -ENOTDIR);
	CHECK_EQ_U64(path_parentat(R, R, "", &nd), -ENOENT);
}

TEST(a_removed_directory_has_no_entries_and_no_parent)
{
	struct inode *b, *r;

	CHECK(!tree());
	CHECK(path_lookupat(R, R, "/a/b", 0, &b) == 0);	/* a cwd */
	CHECK(!vfs_unlinkat(R, R, "/a/b", true));
	CHECK(b->i_nlink == 0);
	CHECK(path_lookupat(R, b, ".", 0, &r) == 0 && r == b);
	iput(r);
	CHECK_EQ_U64(path_lookupat(R, b, "..", 0, &r), -ENOENT);
	CHECK_EQ_U64(path_lookupat(R, b, "x", 0, &r), -ENOENT);
	CHECK_EQ_U64(vfs_mkdirat(R, b, "x", 0755), -ENOENT);
	CHECK(sb.s_ninodes == 6);		/* still held */
	iput(b);
	CHECK(sb.s_ninodes == 5);
}

TEST(lookups_leave_no_references)
{
	CHECK(!tree());
	(void)err_of("/l/../f/x", 0);
	(void)err_of("/c/d", LOOKUP_FOLLOW);
	CHECK(lookup("/l/", LOOKUP_FOLLOW) != 0);
	CHECK(R->i_count == 1);
	CHECK(lookup("/a", 0)->i_count == 0);
	CHECK(lookup("/a/b", 0)->i_count == 0);
}
