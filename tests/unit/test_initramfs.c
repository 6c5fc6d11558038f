/* kernel/fs/initramfs.c: sound newc archives, and corrupt ones, each
 * refused with its exact offset and reason. */
#include "check.h"
#include "initramfs.h"

static uint8_t ar[16384];
static size_t alen;

struct hdr {
	const char *magic;	/* 0: "070701" */
	uint32_t ino, mode, nlink, size, rmaj, rmin;
	uint32_t namesize;	/* 0: strlen(name) + 1 */
	int raw_namesize;	/* take namesize as it is, even 0 */
};

static void put(const void *p, size_t n)
{
	if (alen + n > sizeof(ar))
		abort();
	memcpy(ar + alen, p, n);
	alen += n;
}

static void pad4(void)
{
	while (alen & 3)
		ar[alen++] = 0;
}

/* One entry: header, name, padding, data (h->size bytes of it, or fewer
 * with datalen), padding. */
static void add_raw(const struct hdr *h, const char *name, size_t namebytes,
		    const void *data, size_t datalen)
{
	char buf[128];
	uint32_t ns = h->namesize || h->raw_namesize ? h->namesize :
		      (uint32_t)strlen(name) + 1;

	snprintf(buf, sizeof(buf),
		 "%s%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
		 h->magic ? h->magic : "070701", h->ino, h->mode, 0, 0,
		 h->nlink ? h->nlink : 1, 0x5f5e1000, h->size, 0, 0,
		 h->rmaj, h->rmin, ns, 0);
	put(buf, 110);
	put(name, namebytes);
	pad4();
	put(data, datalen);
	pad4();
}

static void add(uint32_t mode, const char *name, const char *data)
{
	struct hdr h = { .mode = mode, .size = (uint32_t)strlen(data) };

	add_raw(&h, name, strlen(name) + 1, data, strlen(data));
}

static void trailer(void)
{
	add(0, "TRAILER!!!", "");
}

#define MAXREC 16
static struct rec {
	char path[64];
	struct cpio_entry e;
} recs[MAXREC];
static int nrec;

static int collect(const struct cpio_entry *e, void *arg)
{
	(void)arg;
	if (nrec == MAXREC)
		abort();
	snprintf(recs[nrec].path, sizeof(recs[nrec].path), "%s", e->path);
	recs[nrec++].e = *e;
	return 0;
}

static struct initramfs_error err;

static int walk(void)
{
	nrec = 0;
	memset(&err, 0, sizeof(err));
	return initramfs_walk(ar, alen, collect, NULL, &err);
}

#define CHECK_CORRUPT(off, why) do {					\
	CHECK_EQ_U64(walk(), -1);					\
	CHECK_STR(err.reason, why);					\
	CHECK_EQ_U64(err.offset, off);					\
} while (0)

static void reset(void)
{
	alen = 0;
	memset(ar, 0, sizeof(ar));
}

/* ---- sound archives ---- */

TEST(minimal_archive)
{
	reset();
	add(CPIO_S_IFDIR | 0755, ".", "");
	add(CPIO_S_IFREG | 0644, "hello", "hi\n");
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 2);
	CHECK_STR(recs[0].path, "/");
	CHECK_EQ_U64(recs[0].e.mode, CPIO_S_IFDIR | 0755);
	CHECK_STR(recs[1].path, "/hello");
	CHECK_STR(recs[1].e.raw_name, "hello");
	CHECK_EQ_U64(recs[1].e.size, 3);
	CHECK(!memcmp(recs[1].e.data, "hi\n", 3));
	CHECK_EQ_U64(recs[1].e.offset, 112);	/* 110 + ".\0", no data */
	CHECK_EQ_U64(recs[1].e.mtime, 0x5f5e1000);
	CHECK_EQ_U64(recs[1].e.nlink, 1);
}

/* Every name length mod 4 and data length mod 4: data starts and the
 * next header starts on multiples of 4. */
TEST(padding_to_four_bytes)
{
	static const char *names[] = { "a", "ab", "abc", "abcd", "abcde" };
	static const char *datas[] = { "", "1", "12", "123", "1234" };

	reset();
	for (int i = 0; i < 5; i++)
		add(CPIO_S_IFREG | 0644, names[i], datas[4 - i]);
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 5);
	for (int i = 0; i < 5; i++) {
		CHECK_EQ_U64((recs[i].e.data - ar) % 4, 0);
		CHECK_EQ_U64(recs[i].e.offset % 4, 0);
		CHECK_EQ_U64(recs[i].e.size, strlen(datas[4 - i]));
		CHECK(!memcmp(recs[i].e.data, datas[4 - i], recs[i].e.size));
	}
}

TEST(empty_file)
{
	reset();
	add(CPIO_S_IFREG | 0600, "etc/empty", "");
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 1);
	CHECK_STR(recs[0].path, "/etc/empty");
	CHECK_EQ_U64(recs[0].e.size, 0);
}

/* As GNU cpio writes hard links: same ino, nlink 2, data on the last. */
TEST(hard_links)
{
	struct hdr first = { .ino = 7, .mode = CPIO_S_IFREG | 0755, .nlink = 2 };
	struct hdr last = { .ino = 7, .mode = CPIO_S_IFREG | 0755, .nlink = 2,
			    .size = 4 };

	reset();
	add_raw(&first, "bin/a", 6, "", 0);
	add_raw(&last, "bin/b", 6, "data", 4);
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 2);
	CHECK_EQ_U64(recs[0].e.ino, 7);
	CHECK_EQ_U64(recs[0].e.nlink, 2);
	CHECK_EQ_U64(recs[0].e.size, 0);
	CHECK_EQ_U64(recs[1].e.ino, 7);
	CHECK_EQ_U64(recs[1].e.size, 4);
}

TEST(directories_symlinks_devices_fifo_socket)
{
	struct hdr con = { .mode = CPIO_S_IFCHR | 0600, .rmaj = 5, .rmin = 1 };
	struct hdr sda = { .mode = CPIO_S_IFBLK | 0660, .rmaj = 8, .rmin = 0 };
	struct initramfs_stats st;

	reset();
	add(CPIO_S_IFDIR | 0755, "dev", "");
	add_raw(&con, "dev/console", 12, "", 0);
	add_raw(&sda, "dev/sda", 8, "", 0);
	add(CPIO_S_IFIFO | 0644, "run/fifo", "");
	add(CPIO_S_IFSOCK | 0755, "run/sock", "");
	add(CPIO_S_IFLNK | 0777, "bin/sh", "/bin/busybox");
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 6);
	CHECK_EQ_U64(recs[1].e.mode & CPIO_S_IFMT, CPIO_S_IFCHR);
	CHECK_EQ_U64(recs[1].e.rdev_major, 5);
	CHECK_EQ_U64(recs[1].e.rdev_minor, 1);
	CHECK_EQ_U64(recs[2].e.rdev_major, 8);
	CHECK_EQ_U64(recs[3].e.mode & CPIO_S_IFMT, CPIO_S_IFIFO);
	CHECK_EQ_U64(recs[5].e.size, 12);
	CHECK(!memcmp(recs[5].e.data, "/bin/busybox", 12));

	CHECK_EQ_U64(initramfs_count(ar, alen, &st, &err), 0);
	CHECK_EQ_U64(st.entries, 6);
	CHECK_EQ_U64(st.dirs, 1);
	CHECK_EQ_U64(st.devices, 2);
	CHECK_EQ_U64(st.fifos, 1);
	CHECK_EQ_U64(st.sockets, 1);
	CHECK_EQ_U64(st.symlinks, 1);
	CHECK_EQ_U64(st.files, 0);
}

TEST(names_made_absolute_and_tidy)
{
	reset();
	add(CPIO_S_IFDIR | 0755, "./bin//", "");
	add(CPIO_S_IFREG | 0644, "/etc/./passwd", "");
	add(CPIO_S_IFDIR | 0755, "/", "");
	add(CPIO_S_IFREG | 0644, "a..b/...", "");
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_STR(recs[0].path, "/bin");
	CHECK_STR(recs[1].path, "/etc/passwd");
	CHECK_STR(recs[2].path, "/");
	CHECK_STR(recs[3].path, "/a..b/...");
}

TEST(upper_and_lower_case_hex)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "0123456789a");	/* size 0000000B */
	trailer();
	memcpy(ar + 6 + 8 * 6, "0000000b", 8);
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(recs[0].e.size, 11);
}

/* cpio pads its output to 512 bytes; Linux skips NULs between archives. */
TEST(nul_padding_after_trailer)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	alen = 512;
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 1);
}

TEST(concatenated_archives)
{
	reset();
	add(CPIO_S_IFREG | 0644, "one", "1");
	trailer();
	alen += 8;
	add(CPIO_S_IFREG | 0644, "two", "2");
	trailer();
	CHECK_EQ_U64(walk(), 0);
	CHECK_EQ_U64(nrec, 2);
	CHECK_STR(recs[1].path, "/two");
}

TEST(trailer_padding_cut_off)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	alen -= 1;		/* 110 + 11 = 121: the trailer ends at +121 */
	CHECK_EQ_U64(walk(), 0);
}

static int stop_at_second(const struct cpio_entry *e, void *arg)
{
	(void)e;
	return ++*(int *)arg == 2 ? 42 : 0;
}

TEST(callback_stops_the_walk)
{
	int n = 0;

	reset();
	add(CPIO_S_IFREG | 0644, "a", "");
	add(CPIO_S_IFREG | 0644, "b", "");
	add(CPIO_S_IFREG | 0644, "c", "");
	trailer();
	CHECK_EQ_U64(initramfs_walk(ar, alen, stop_at_second, &n, &err), 42);
	CHECK_EQ_U64(n, 2);
	CHECK_EQ_U64(initramfs_walk(ar, alen, NULL, NULL, &err), 0);
}

/* ---- corrupt archives ---- */

TEST(empty)
{
	reset();
	CHECK_CORRUPT(0, "empty archive");
}

TEST(truncated_first_header)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	alen = 50;
	CHECK_CORRUPT(0, "truncated header: 50 bytes left, a header takes 110");
}

TEST(truncated_second_header)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");	/* 112 + 4 = 116 */
	trailer();
	alen = 116 + 109;
	CHECK_CORRUPT(116, "truncated header: 109 bytes left, a header takes 110");
}

TEST(bad_magic)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	memcpy(ar + 116, "070703", 6);
	CHECK_CORRUPT(116, "bad magic: not a cpio newc header (070701)");
	CHECK_EQ_U64(nrec, 1);		/* the first entry was seen */
}

TEST(not_an_archive_at_all)
{
	reset();
	put("\177ELF\2\1\1\0", 8);
	alen = 200;
	CHECK_CORRUPT(0, "bad magic: not a cpio newc header (070701)");
}

TEST(old_portable_format)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	memcpy(ar, "070707", 6);
	CHECK_CORRUPT(0, "old portable cpio format (magic 070707), not newc (070701)");
}

TEST(old_binary_format)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	memcpy(ar, "\xc7\x71", 2);
	CHECK_CORRUPT(0, "old binary cpio format, not newc (070701)");
}

TEST(crc_format_refused)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	memcpy(ar, "070702", 6);
	CHECK_CORRUPT(0, "newc with checksums (magic 070702) is not supported, only plain newc (070701)");
}

TEST(non_hex_digit)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	ar[6 + 8 + 3] = 'g';			/* mode, 4th digit */
	CHECK_CORRUPT(17, "non-hex digit in the mode field of the header");
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	ar[6 + 8 * 11 + 7] = ' ';		/* namesize, last digit */
	CHECK_CORRUPT(101, "non-hex digit in the namesize field of the header");
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	ar[6 + 8 * 6] = '-';			/* a signed filesize */
	CHECK_CORRUPT(54, "non-hex digit in the filesize field of the header");
}

TEST(namesize_zero)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .raw_namesize = 1 };

	reset();
	add_raw(&h, "f", 2, "", 0);
	trailer();
	CHECK_CORRUPT(0, "name size is 0 (it counts the name's NUL)");
}

TEST(namesize_absurd)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .namesize = 0x7fffffff };

	reset();
	add_raw(&h, "f", 2, "", 0);
	trailer();
	CHECK_CORRUPT(0, "name size 2147483647 is absurd (PATH_MAX is 4096)");
}

TEST(name_past_the_end)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .namesize = 40 };

	reset();
	add_raw(&h, "bin/busybox", 12, "", 0);
	alen = 110 + 12;
	CHECK_CORRUPT(110, "name runs past the end of the archive");
}

TEST(name_not_nul_terminated)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .namesize = 3 };

	reset();
	add_raw(&h, "abc", 3, "", 0);
	trailer();
	CHECK_CORRUPT(110, "name is not NUL-terminated within its 3 bytes");
}

TEST(nul_inside_name)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .namesize = 6 };

	reset();
	add_raw(&h, "ab\0cd", 6, "", 0);
	trailer();
	CHECK_CORRUPT(112, "name has a NUL byte before its end");
}

TEST(empty_name)
{
	reset();
	add(CPIO_S_IFREG | 0644, "", "");
	trailer();
	CHECK_CORRUPT(110, "empty name");
}

TEST(padding_after_the_name_cut_off)
{
	reset();
	add(CPIO_S_IFREG | 0644, "ab", "");		/* name to 113, data at 116 */
	alen = 114;
	CHECK_CORRUPT(113, "truncated padding after the name");
}

TEST(data_past_the_end)
{
	reset();
	add(CPIO_S_IFDIR | 0755, ".", "");		/* 112 */
	add(CPIO_S_IFREG | 0755, "bin/busybox", "0123456789");
	alen = 112 + 124 + 5;				/* data at 236 */
	CHECK_CORRUPT(236, "data (10 bytes) runs past the end of the archive");
}

TEST(filesize_absurd)
{
	struct hdr h = { .mode = CPIO_S_IFREG | 0644, .size = 0xffffffff };

	reset();
	add_raw(&h, "f", 2, "x", 1);
	trailer();
	CHECK_CORRUPT(112, "data (4294967295 bytes) runs past the end of the archive");
}

TEST(dotdot_components)
{
	static const char *bad[] = { "..", "../etc/passwd", "a/../../b",
				     "/bin/..", "./x/..//y" };

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char why[128];

		reset();
		add(CPIO_S_IFREG | 0644, bad[i], "");
		trailer();
		snprintf(why, sizeof(why), "name \"%s\" has a \"..\" component", bad[i]);
		CHECK_CORRUPT(110, why);
	}
}

TEST(unknown_file_type)
{
	reset();
	add(0644, "plain", "");
	trailer();
	CHECK_CORRUPT(0, "\"plain\" has an unknown file type (mode 0644)");
	reset();
	add(0170755, "weird", "");
	trailer();
	CHECK_CORRUPT(0, "\"weird\" has an unknown file type (mode 0170755)");
}

TEST(directory_with_data)
{
	reset();
	add(CPIO_S_IFDIR | 0755, "etc", "data");
	trailer();
	CHECK_CORRUPT(0, "\"etc\" is not a regular file or symlink but has 4 bytes of data");
}

TEST(symlink_without_target)
{
	reset();
	add(CPIO_S_IFLNK | 0777, "bin/sh", "");
	trailer();
	CHECK_CORRUPT(0, "symlink \"bin/sh\" has an empty target");
}

TEST(root_that_is_not_a_directory)
{
	reset();
	add(CPIO_S_IFREG | 0644, "./", "x");
	trailer();
	CHECK_CORRUPT(0, "\"./\" names the root, which must be a directory");
}

TEST(no_trailer)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");		/* 116 bytes */
	CHECK_CORRUPT(116, "the archive ends without TRAILER!!!");
}

TEST(junk_after_trailer)
{
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();					/* to 116 + 124 */
	put("\0\0\0\0", 4);
	memset(ar + alen, 'j', 120);
	alen += 120;
	CHECK_CORRUPT(244, "bad magic: not a cpio newc header (070701)");
	reset();
	add(CPIO_S_IFREG | 0644, "f", "x");
	trailer();
	put("\0junk", 5);
	CHECK_CORRUPT(241, "data after TRAILER!!! that is neither NUL padding nor an aligned header");
}

TEST(control_characters_in_the_reason)
{
	reset();
	add(0644, "a\nb", "");
	trailer();
	CHECK_CORRUPT(0, "\"a?b\" has an unknown file type (mode 0644)");
}
