/*
 * kernel/fs/tmpfs*.c through the VFS calls: directories and their errno
 * cases, links, opening, reading and writing at offsets, sparse files,
 * truncation, running out of pages and objects, and every frame back
 * once the last name and the last open file are gone.
 */
#include "check.h"
#include "vfs_env.h"

#define PG	4096

TEST(mkdir_and_rmdir)
{
	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0750));
	CHECK(lookup("/d", 0)->i_mode == (S_IFDIR | 0750));
	CHECK_EQ_U64(R->i_nlink, 3);
	CHECK_EQ_U64(lookup("/d", 0)->i_nlink, 2);
	CHECK(!vfs_mkdirat(R, R, "/d/e/", 0755));	/* a slash is fine here */
	CHECK_EQ_U64(lookup("/d", 0)->i_nlink, 3);
	CHECK_EQ_U64(vfs_mkdirat(R, R, "/d", 0755), -EEXIST);
	CHECK_EQ_U64(vfs_mkdirat(R, R, "/d/.", 0755), -EEXIST);
	CHECK_EQ_U64(vfs_mkdirat(R, R, "/d/..", 0755), -EEXIST);
	CHECK_EQ_U64(vfs_mkdirat(R, R, "/", 0755), -EEXIST);
	CHECK_EQ_U64(vfs_mkdirat(R, R, "/x/y", 0755), -ENOENT);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d", true), -ENOTEMPTY);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d/e/.", true), -EINVAL);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d/e/..", true), -ENOTEMPTY);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/", true), -EBUSY);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/nope", true), -ENOENT);
	CHECK(!creat_with("/f", "x"));
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/f", true), -ENOTDIR);
	CHECK(!vfs_unlinkat(R, R, "/d/e/", true));
	CHECK_EQ_U64(lookup("/d", 0)->i_nlink, 2);
	CHECK(!vfs_unlinkat(R, R, "/d", true));
	CHECK_EQ_U64(R->i_nlink, 2);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK(env_only_root());
}

TEST(unlink_errors)
{
	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/f", "x"));
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d", false), -EISDIR);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d/", false), -EISDIR);
	CHECK_EQ_U64(vfs_unlinkat(R, R, ".", false), -EISDIR);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/d/..", false), -EISDIR);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/f/", false), -ENOTDIR);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/g", false), -ENOENT);
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/f/g", false), -ENOTDIR);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/f", false), -ENOENT);
}

TEST(mknod_kinds)
{
	struct inode *i;

	CHECK(!env_setup());
	CHECK(!vfs_mknodat(R, R, "/tty", S_IFCHR | 0620, (4 << 8) | 64));
	i = lookup("/tty", 0);
	CHECK(i->i_mode == (S_IFCHR | 0620) && i->i_rdev == ((4 << 8) | 64));
	CHECK(!vfs_mknodat(R, R, "/fifo", S_IFIFO | 0600, 0));
	CHECK(!vfs_mknodat(R, R, "/plain", 0644, 0));
	CHECK(lookup("/plain", 0)->i_mode == (S_IFREG | 0644));
	CHECK_EQ_U64(vfs_mknodat(R, R, "/d", S_IFDIR | 0755, 0), -EPERM);
	CHECK_EQ_U64(vfs_mknodat(R, R, "/l", S_IFLNK | 0777, 0), -EINVAL);
	CHECK_EQ_U64(vfs_mknodat(R, R, "/new/", S_IFIFO | 0600, 0), -ENOENT);
	CHECK_EQ_U64(vfs_mknodat(R, R, "/fifo/", S_IFIFO | 0600, 0), -EEXIST);
	/* No device behaviour yet: opening says so, nothing pretends. */
	CHECK(openf("/tty", O_RDWR) == 0);
	CHECK(openf("/fifo", O_RDONLY) == 0);
}

TEST(hard_links_and_counts)
{
	struct inode *i;
	struct file *f;
	char buf[8] = { 0 };

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/f", "data"));
	CHECK(!vfs_linkat(R, R, "/f", R, "/d/g", 0));
	i = lookup("/f", 0);
	CHECK(i == lookup("/d/g", 0) && i->i_nlink == 2);
	CHECK_EQ_U64(vfs_linkat(R, R, "/d", R, "/d2", 0), -EPERM);
	CHECK_EQ_U64(vfs_linkat(R, R, "/f", R, "/d/g", 0), -EEXIST);
	CHECK_EQ_U64(vfs_linkat(R, R, "/f", R, "/d/.", 0), -EEXIST);
	CHECK_EQ_U64(vfs_linkat(R, R, "/nope", R, "/x", 0), -ENOENT);
	CHECK_EQ_U64(vfs_linkat(R, R, "/f", R, "/x", 0x8000), -EINVAL);
	/* linkat to a symlink: the link itself, unless AT_SYMLINK_FOLLOW. */
	CHECK(!vfs_symlinkat(R, R, "/f", "/s"));
	CHECK(!vfs_linkat(R, R, "/s", R, "/s2", 0));
	CHECK(lookup("/s2", 0) == lookup("/s", 0));
	CHECK(!vfs_linkat(R, R, "/s", R, "/f3", AT_SYMLINK_FOLLOW));
	CHECK(lookup("/f3", 0) == i && i->i_nlink == 3);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK(!vfs_unlinkat(R, R, "/f3", false));
	CHECK_EQ_U64(i->i_nlink, 1);
	f = openf("/d/g", O_RDONLY);
	CHECK(f && vfs_read(f, buf, sizeof(buf)) == 4 && !strcmp(buf, "data"));
	/* AT_EMPTY_PATH links the open file; once nameless, ENOENT. */
	CHECK(!vfs_linkat(R, i, "", R, "/back", AT_EMPTY_PATH));
	CHECK(!vfs_unlinkat(R, R, "/back", false));
	CHECK(!vfs_unlinkat(R, R, "/d/g", false));
	CHECK_EQ_U64(vfs_linkat(R, i, "", R, "/back", AT_EMPTY_PATH), -ENOENT);
	file_put(f);
}

TEST(symlinks_and_readlink)
{
	char buf[16];

	CHECK(!env_setup());
	CHECK(!vfs_symlinkat(R, R, "some/where", "/s"));
	CHECK(lookup("/s", 0)->i_size == 10);
	CHECK(lookup("/s", 0)->i_mode == (S_IFLNK | 0777));
	CHECK_EQ_U64(vfs_readlinkat(R, R, "/s", buf, sizeof(buf)), 10);
	CHECK(!memcmp(buf, "some/where", 10));
	CHECK_EQ_U64(vfs_readlinkat(R, R, "/s", buf, 4), 4);	/* truncated */
	CHECK_EQ_U64(vfs_readlinkat(R, R, "/", buf, 4), -EINVAL);
	CHECK_EQ_U64(vfs_symlinkat(R, R, "", "/e"), -ENOENT);
	CHECK_EQ_U64(vfs_symlinkat(R, R, "x", "/s"), -EEXIST);
	CHECK_EQ_U64(vfs_symlinkat(R, R, "x", "/n/"), -ENOENT);
	CHECK(!vfs_unlinkat(R, R, "/s", false));
	CHECK(env_only_root());
}

TEST(open_flags)
{
	struct file *f;

	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!vfs_open(R, R, "/f", O_CREAT | O_WRONLY, 0640, &f));
	CHECK(lookup("/f", 0)->i_mode == (S_IFREG | 0640));
	CHECK_EQ_U64(f->flags, O_WRONLY);
	CHECK_EQ_U64(vfs_write(f, "hello", 5), 5);
	file_put(f);
	CHECK_EQ_U64(vfs_open(R, R, "/f", O_CREAT | O_EXCL, 0, &f), -EEXIST);
	CHECK_EQ_U64(vfs_open(R, R, "/f", O_DIRECTORY, 0, &f), -ENOTDIR);
	CHECK_EQ_U64(vfs_open(R, R, "/f/", 0, 0, &f), -ENOTDIR);
	CHECK_EQ_U64(vfs_open(R, R, "/d", O_WRONLY, 0, &f), -EISDIR);
	CHECK_EQ_U64(vfs_open(R, R, "/d", O_CREAT, 0644, &f), -EISDIR);
	CHECK_EQ_U64(vfs_open(R, R, "/new/", O_CREAT, 0644, &f), -EISDIR);
	CHECK_EQ_U64(vfs_open(R, R, "/nope", 0, 0, &f), -ENOENT);
	CHECK_EQ_U64(vfs_open(R, R, "/nope/x", O_CREAT, 0644, &f), -ENOENT);
	CHECK(!vfs_symlinkat(R, R, "f", "/s"));
	CHECK_EQ_U64(vfs_open(R, R, "/s", O_NOFOLLOW, 0, &f), -ELOOP);
	CHECK_EQ_U64(vfs_open(R, R, "/s", O_CREAT | O_EXCL, 0644, &f), -EEXIST);
	CHECK(!vfs_open(R, R, "/s", O_CREAT | O_RDWR | O_TRUNC, 0644, &f));
	CHECK(f->f_inode == lookup("/f", 0) && f->f_inode->i_size == 0);
	file_put(f);
	CHECK(!vfs_open(R, R, "/d", O_DIRECTORY, 0, &f));
	file_put(f);
}

TEST(read_write_at_offsets)
{
	struct file *f, *g;
	char buf[16];

	CHECK(!env_setup());
	f = openf("/f", O_CREAT | O_RDWR);
	CHECK(f);
	CHECK_EQ_U64(vfs_write(f, "0123456789", 10), 10);
	CHECK_EQ_U64(f->f_pos, 10);
	CHECK_EQ_U64(vfs_read(f, buf, 4), 0);			/* at the end */
	CHECK_EQ_U64(vfs_llseek(f, 2, 0), 2);
	CHECK_EQ_U64(vfs_read(f, buf, 4), 4);
	CHECK(!memcmp(buf, "2345", 4));
	CHECK_EQ_U64(vfs_llseek(f, -3, 2), 7);
	CHECK_EQ_U64(vfs_llseek(f, 1, 1), 8);
	CHECK_EQ_U64(vfs_llseek(f, -9, 1), -EINVAL);
	CHECK_EQ_U64(vfs_llseek(f, 0, 3), -EINVAL);
	CHECK_EQ_U64(vfs_pwrite(f, "AB", 2, 4), 2);
	CHECK_EQ_U64(f->f_pos, 8);				/* unmoved */
	CHECK_EQ_U64(vfs_pread(f, buf, 16, 0), 10);
	CHECK(!memcmp(buf, "0123AB6789", 10));
	CHECK_EQ_U64(vfs_pread(f, buf, 1, -1), -EINVAL);
	/* A page boundary, crossed. */
	CHECK_EQ_U64(vfs_pwrite(f, "xyz", 3, PG - 1), 3);
	CHECK_EQ_U64(vfs_pread(f, buf, 3, PG - 1), 3);
	CHECK(!memcmp(buf, "xyz", 3));
	/* dup shares the position; a second open has its own. */
	g = file_get(f);
	CHECK_EQ_U64(vfs_llseek(g, 0, 0), 0);
	CHECK_EQ_U64(f->f_pos, 0);
	file_put(g);
	g = openf("/f", O_RDONLY);
	CHECK(g && g->f_pos == 0 && g != f);
	CHECK_EQ_U64(vfs_write(g, "q", 1), -EBADF);
	file_put(g);
	g = openf("/f", O_WRONLY | O_APPEND);
	CHECK_EQ_U64(vfs_write(g, "!", 1), 1);
	CHECK_EQ_U64(f->f_inode->i_size, PG + 3);
	CHECK_EQ_U64(vfs_read(g, buf, 1), -EBADF);
	file_put(g);
	file_put(f);
	g = openf("/", O_RDONLY);
	CHECK_EQ_U64(vfs_read(g, buf, 1), -EISDIR);
	file_put(g);
}

TEST(a_write_at_1MiB_uses_one_page)
{
	struct file *f;
	static char buf[2 * PG];
	struct inode *i;

	CHECK(!env_setup());
	f = openf("/sparse", O_CREAT | O_RDWR);
	CHECK(f);
	i = f->f_inode;
	CHECK_EQ_U64(vfs_pwrite(f, "end", 3, 1 << 20), 3);
	CHECK_EQ_U64(i->i_size, (1 << 20) + 3);
	CHECK_EQ_U64(i->i_blocks, PG / 512);		/* one data page */
	CHECK_EQ_U64(env_pages, 2);			/* it and one index node */
	memset(buf, 'x', sizeof(buf));
	CHECK_EQ_U64(vfs_pread(f, buf, sizeof(buf), 12345), sizeof(buf));
	for (size_t k = 0; k < sizeof(buf); k++)
		CHECK(buf[k] == 0);
	CHECK_EQ_U64(vfs_pread(f, buf, 8, (1 << 20) - 2), 5);
	CHECK(!memcmp(buf, "\0\0end", 5));
	CHECK_EQ_U64(env_pages, 2);			/* reads allocate nothing */
	file_put(f);
	CHECK(!vfs_unlinkat(R, R, "/sparse", false));
	CHECK(env_only_root());
}

TEST(truncate_shrinks_and_extends)
{
	struct file *f;
	static char buf[3 * PG];
	struct inode *i;

	CHECK(!env_setup());
	f = openf("/t", O_CREAT | O_RDWR);
	i = f->f_inode;
	memset(buf, 'a', sizeof(buf));
	CHECK_EQ_U64(vfs_write(f, buf, sizeof(buf)), sizeof(buf));
	CHECK_EQ_U64(i->i_blocks, 3 * PG / 512);
	CHECK(!vfs_truncate(i, PG + 10));
	CHECK_EQ_U64(i->i_size, PG + 10);
	CHECK_EQ_U64(i->i_blocks, 2 * PG / 512);
	CHECK(!vfs_truncate(i, 3 * PG));		/* a hole after 10 bytes */
	CHECK_EQ_U64(vfs_pread(f, buf, sizeof(buf), 0), sizeof(buf));
	CHECK(buf[PG + 9] == 'a' && buf[PG + 10] == 0 && buf[3 * PG - 1] == 0);
	CHECK(!vfs_truncate(i, 0));
	CHECK_EQ_U64(i->i_blocks, 0);
	CHECK_EQ_U64(env_pages, 0);
	CHECK_EQ_U64(vfs_truncate(i, -1), -EINVAL);
	CHECK_EQ_U64(vfs_truncate(i, (int64_t)1 << 40), -EFBIG);
	CHECK_EQ_U64(vfs_pwrite(f, "x", 1, (int64_t)1 << 40), -EFBIG);
	CHECK_EQ_U64(vfs_truncate(R, 0), -EISDIR);
	CHECK_EQ_U64(vfs_pwrite(f, "x", 1, 5), 1);
	file_put(f);
	f = openf("/t", O_RDONLY | O_TRUNC);	/* Linux truncates even so */
	CHECK(f && i->i_size == 0 && env_pages == 0);
	file_put(f);
}

TEST(out_of_pages_is_enospc_and_nothing_leaks)
{
	struct file *f;
	static char buf[8 * PG];

	CHECK(!env_setup());
	f = openf("/big", O_CREAT | O_RDWR);
	CHECK(f);
	env_page_limit = 4;			/* one index node, three data */
	CHECK_EQ_U64(vfs_write(f, buf, sizeof(buf)), 3 * PG);	/* short */
	CHECK_EQ_U64(vfs_write(f, buf, sizeof(buf)), -ENOSPC);
	CHECK_EQ_U64(f->f_inode->i_size, 3 * PG);
	CHECK_EQ_U64(env_pages, 4);
	env_page_limit = 0;			/* no page at all */
	CHECK(!creat_with("/empty", ""));	/* an empty file needs none */
	CHECK_EQ_U64(creat_with("/one", "1"), -1);
	/* Still open after its name goes: the pages stay, then go. */
	CHECK(!vfs_unlinkat(R, R, "/big", false));
	CHECK_EQ_U64(env_pages, 4);
	CHECK_EQ_U64(vfs_pread(f, buf, 1, 0), 1);
	file_put(f);
	CHECK_EQ_U64(env_pages, 0);
	CHECK(!vfs_unlinkat(R, R, "/empty", false));
	CHECK(!vfs_unlinkat(R, R, "/one", false));
	CHECK(env_only_root());
}

/* Each call, run with 0, 1, 2 ... objects to spare, fails with -ENOMEM
 * and leaves nothing until it has enough, then succeeds. */
static int nomem_then_ok(int (*call)(void), void (*undo)(void))
{
	for (long spare = 0; spare < 10; spare++) {
		long before = env_objs;
		int err;

		env_obj_limit = before + spare;
		err = call();
		env_obj_limit = -1;
		if (!err) {
			undo();
			return env_only_root() ? (int)spare : -1;
		}
		if (err != -ENOMEM || env_objs != before || sb.s_ninodes != 1)
			return -1;
	}
	return -1;
}

static int do_mkdir(void) { return vfs_mkdirat(R, R, "/d", 0755); }
static void undo_mkdir(void) { vfs_unlinkat(R, R, "/d", true); }
static int do_symlink(void) { return vfs_symlinkat(R, R, "t", "/s"); }
static void undo_unlink_s(void) { vfs_unlinkat(R, R, "/s", false); }
static int do_mknod(void) { return vfs_mknodat(R, R, "/s", S_IFIFO, 0); }
static int do_open(void)
{
	struct file *f;
	int err = vfs_open(R, R, "/s", O_CREAT | O_RDWR, 0644, &f);

	if (err)		/* the file may exist even though open failed */
		vfs_unlinkat(R, R, "/s", false);
	else
		file_put(f);
	return err;
}

TEST(out_of_objects_is_enomem_and_nothing_leaks)
{
	CHECK(!env_setup());
	CHECK_EQ_U64(nomem_then_ok(do_mkdir, undo_mkdir), 3);
	CHECK_EQ_U64(nomem_then_ok(do_symlink, undo_unlink_s), 3);
	CHECK_EQ_U64(nomem_then_ok(do_mknod, undo_unlink_s), 2);
	CHECK_EQ_U64(nomem_then_ok(do_open, undo_unlink_s), 4);
}

TEST(timestamps_come_from_the_clock)
{
	struct inode *i;
	struct file *f;

	CHECK(!env_setup());
	env_now = 2000;
	CHECK(!creat_with("/f", "x"));
	i = lookup("/f", 0);
	CHECK(i->i_mtime.tv_sec == 2000 && i->i_ctime.tv_sec == 2000);
	CHECK(R->i_mtime.tv_sec == 2000);
	env_now = 3000;
	f = openf("/f", O_RDWR);
	CHECK_EQ_U64(vfs_write(f, "y", 1), 1);
	CHECK(i->i_mtime.tv_sec == 3000 && i->i_atime.tv_sec == 2000);
	env_now = 4000;
	CHECK_EQ_U64(vfs_pread(f, (char[1]){ 0 }, 1, 0), 1);
	CHECK(i->i_atime.tv_sec == 4000 && i->i_mtime.tv_sec == 3000);
	env_now = 5000;
	CHECK(!vfs_linkat(R, R, "/f", R, "/g", 0));
	CHECK(i->i_ctime.tv_sec == 5000 && i->i_mtime.tv_sec == 3000);
	file_put(f);
}

TEST(names_that_are_symlinks_are_not_followed_by_unlink_and_rename)
{
	CHECK(!env_setup());
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!vfs_symlinkat(R, R, "d", "/s"));
	CHECK_EQ_U64(vfs_unlinkat(R, R, "/s", true), -ENOTDIR);
	CHECK(!vfs_renameat2(R, R, "/s", R, "/t", 0));
	CHECK(S_ISLNK(lookup("/t", 0)->i_mode));
	CHECK(!vfs_unlinkat(R, R, "/t", false));
	CHECK(lookup("/d", 0) != 0);
	CHECK(!vfs_unlinkat(R, R, "/d", true));
	CHECK(env_only_root());
}

TEST(empty_writes_change_nothing)
{
	struct file *f;

	CHECK(!env_setup());
	f = openf("/f", O_CREAT | O_RDWR);
	env_now = 9999;
	CHECK_EQ_U64(vfs_pwrite(f, "", 0, (int64_t)1 << 45), 0);
	CHECK(f->f_inode->i_size == 0 && f->f_inode->i_mtime.tv_sec == 1000);
	file_put(f);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK(env_only_root());
}

TEST(directory_sizes_as_linux_tmpfs)
{
	CHECK(!env_setup());
	CHECK_EQ_U64(R->i_size, 40);
	CHECK(!vfs_mkdirat(R, R, "/d", 0755));
	CHECK(!creat_with("/f", ""));
	CHECK_EQ_U64(R->i_size, 80);
	CHECK(!vfs_unlinkat(R, R, "/f", false));
	CHECK_EQ_U64(R->i_size, 60);
}
