/*
 * The cpio "newc" reader: checks an in-memory archive and hands out its
 * entries (initramfs.h).  Linux's is init/initramfs.c; the format is in
 * Linux's Documentation/driver-api/early-userspace/buffer-format.rst.
 *
 * An entry is a 110-byte header of ASCII: the magic "070701", then
 * thirteen 8-digit hex fields (ino, mode, uid, gid, nlink, mtime, filesize,
 * devmajor, devminor, rdevmajor, rdevminor, namesize, check); the name
 * (namesize bytes, its NUL included), padded so that the data starts on a
 * multiple of 4; the data, padded to a multiple of 4.  "TRAILER!!!" ends it.
 *
 * Only plain newc is taken.  The crc variant (070702) is refused rather
 * than checked: checking means summing every data byte at boot, and our
 * tools never write it.
 */
#include "initramfs.h"
#include "string.h"
#include "vsprintf.h"

#define HDR_SIZE	110
#define NFIELDS		13

enum { F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
       F_DEVMAJOR, F_DEVMINOR, F_RDEVMAJOR, F_RDEVMINOR, F_NAMESIZE, F_CHECK };

static const char *const field_name[NFIELDS] = {
	"ino", "mode", "uid", "gid", "nlink", "mtime", "filesize",
	"devmajor", "devminor", "rdevmajor", "rdevminor", "namesize", "check",
};

struct walk {
	const uint8_t *base;
	size_t len;
	struct initramfs_error *err;
	char path[CPIO_PATH_MAX];	/* the entry's tidy name */
};

__attribute__((format(printf, 3, 4)))
static int corrupt(struct walk *w, uint64_t offset, const char *fmt, ...)
{
	va_list ap;

	w->err->offset = offset;
	va_start(ap, fmt);
	td_vsnprintf(w->err->reason, sizeof(w->err->reason), fmt, ap);
	va_end(ap);
	/* Names quoted in the reason may hold anything: keep it one line. */
	for (char *p = w->err->reason; *p; p++)
		if ((uint8_t)*p < ' ' || (uint8_t)*p >= 0x7f)
			*p = '?';
	return -1;
}

static uint64_t align4(uint64_t x)
{
	return (x + 3) & ~(uint64_t)3;
}

/* The 8 hex digits at off; -1 (and *err) if one is not a hex digit. */
static int parse_field(struct walk *w, uint64_t off, int field, uint32_t *val)
{
	uint32_t v = 0;

	for (int i = 0; i < 8; i++) {
		uint8_t c = w->base[off + i];
		uint32_t d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return corrupt(w, off + i, "non-hex digit in the %s field of the header",
				       field_name[field]);
		v = v << 4 | d;
	}
	*val = v;
	return 0;
}

static int check_magic(struct walk *w, uint64_t off)
{
	const char *m = (const char *)w->base + off;

	if (!memcmp(m, "070701", 6))
		return 0;
	if (!memcmp(m, "070702", 6))
		return corrupt(w, off, "newc with checksums (magic 070702) is not supported, only plain newc (070701)");
	if (!memcmp(m, "070707", 6))
		return corrupt(w, off, "old portable cpio format (magic 070707), not newc (070701)");
	if ((uint8_t)m[0] == 0xc7 && (uint8_t)m[1] == 0x71)
		return corrupt(w, off, "old binary cpio format, not newc (070701)");
	return corrupt(w, off, "bad magic: not a cpio newc header (070701)");
}

/*
 * Makes name absolute and tidy in w->path: "." and empty components go,
 * ".." is refused (an archive must not reach out of the root it is
 * unpacked into).
 */
static int tidy_name(struct walk *w, uint64_t off, const char *name)
{
	size_t n = 0;
	const char *p = name;

	while (*p) {
		const char *start = p;

		while (*p && *p != '/')
			p++;
		size_t clen = (size_t)(p - start);

		if (*p == '/')
			p++;
		if (clen == 0 || (clen == 1 && start[0] == '.'))
			continue;
		if (clen == 2 && start[0] == '.' && start[1] == '.')
			return corrupt(w, off, "name \"%s\" has a \"..\" component", name);
		/* Never longer than the name, which is under CPIO_PATH_MAX. */
		w->path[n++] = '/';
		memcpy(w->path + n, start, clen);
		n += clen;
	}
	if (n == 0)
		w->path[n++] = '/';
	w->path[n] = '\0';
	return 0;
}

static int check_type(struct walk *w, uint64_t off, const struct cpio_entry *e)
{
	uint32_t type = e->mode & CPIO_S_IFMT;

	switch (type) {
	case CPIO_S_IFREG:
		break;
	case CPIO_S_IFLNK:
		if (e->size == 0)
			return corrupt(w, off, "symlink \"%s\" has an empty target", e->raw_name);
		if (e->size >= CPIO_PATH_MAX)
			return corrupt(w, off, "symlink \"%s\" has a target of %u bytes (PATH_MAX is %u)",
				       e->raw_name, e->size, CPIO_PATH_MAX);
		break;
	case CPIO_S_IFDIR: case CPIO_S_IFCHR: case CPIO_S_IFBLK:
	case CPIO_S_IFIFO: case CPIO_S_IFSOCK:
		if (e->size)
			return corrupt(w, off, "\"%s\" is not a regular file or symlink but has %u bytes of data",
				       e->raw_name, e->size);
		break;
	default:
		return corrupt(w, off, "\"%s\" has an unknown file type (mode 0%o)",
			       e->raw_name, e->mode);
	}
	if (type != CPIO_S_IFDIR && !strcmp(w->path, "/"))
		return corrupt(w, off, "\"%s\" names the root, which must be a directory",
			       e->raw_name);
	return 0;
}

/*
 * Reads the entry at off into *e; *next is where the next one starts.
 * 1 if it is the trailer, 0 for an entry, -1 if it is corrupt.
 */
static int read_entry(struct walk *w, uint64_t off, struct cpio_entry *e,
		      uint64_t *next)
{
	uint32_t f[NFIELDS];

	if (w->len - off < HDR_SIZE)
		return corrupt(w, off, "truncated header: %lu bytes left, a header takes %d",
			       (unsigned long)(w->len - off), HDR_SIZE);
	if (check_magic(w, off))
		return -1;
	for (int i = 0; i < NFIELDS; i++)
		if (parse_field(w, off + 6 + 8 * i, i, &f[i]))
			return -1;

	uint64_t name_off = off + HDR_SIZE;
	uint32_t namesize = f[F_NAMESIZE];

	if (namesize == 0)
		return corrupt(w, off, "name size is 0 (it counts the name's NUL)");
	if (namesize > CPIO_PATH_MAX)
		return corrupt(w, off, "name size %u is absurd (PATH_MAX is %u)",
			       namesize, CPIO_PATH_MAX);
	if (namesize > w->len - name_off)
		return corrupt(w, name_off, "name runs past the end of the archive");

	const char *name = (const char *)w->base + name_off;
	size_t nlen = strnlen(name, namesize);

	if (nlen == namesize)
		return corrupt(w, name_off, "name is not NUL-terminated within its %u bytes",
			       namesize);
	if (nlen + 1 != namesize)
		return corrupt(w, name_off + nlen, "name has a NUL byte before its end");
	if (nlen == 0)
		return corrupt(w, name_off, "empty name");

	/* The trailer's padding may be cut off at the end of the archive. */
	uint64_t data_off = align4(name_off + namesize);
	int trailer = !strcmp(name, "TRAILER!!!");

	if (trailer) {
		*next = data_off < w->len ? data_off : w->len;
		return 1;
	}
	if (data_off > w->len)
		return corrupt(w, name_off + namesize, "truncated padding after the name");
	if (f[F_FILESIZE] > w->len - data_off)
		return corrupt(w, data_off, "data (%u bytes) runs past the end of the archive",
			       f[F_FILESIZE]);
	if (tidy_name(w, name_off, name))
		return -1;

	*e = (struct cpio_entry){
		.offset = off, .path = w->path, .raw_name = name,
		.ino = f[F_INO], .mode = f[F_MODE], .uid = f[F_UID],
		.gid = f[F_GID], .nlink = f[F_NLINK], .mtime = f[F_MTIME],
		.dev_major = f[F_DEVMAJOR], .dev_minor = f[F_DEVMINOR],
		.rdev_major = f[F_RDEVMAJOR], .rdev_minor = f[F_RDEVMINOR],
		.data = w->base + data_off, .size = f[F_FILESIZE],
	};
	if (check_type(w, off, e))
		return -1;
	/* Padding after the data may be cut off only at the very end,
	 * where the next header is checked anyway. */
	*next = align4(data_off + e->size);
	if (*next > w->len)
		*next = w->len;
	return 0;
}

int initramfs_walk(const void *archive, size_t len, cpio_actor fn, void *arg,
		   struct initramfs_error *err)
{
	static struct walk w;	/* one CPU, and the path is too big for a stack */
	uint64_t off = 0;
	int ended = 0;		/* a trailer closed the last archive */

	w.base = archive;
	w.len = len;
	w.err = err;
	if (len == 0)
		return corrupt(&w, 0, "empty archive");
	for (;;) {
		struct cpio_entry e;
		uint64_t next = 0;

		if (ended) {
			/* NUL padding between and after archives, as Linux
			 * skips it; headers start on multiples of 4. */
			while (off < len && w.base[off] == 0)
				off++;
			if (off == len)
				return 0;
			if (off & 3)
				return corrupt(&w, off, "data after TRAILER!!! that is neither NUL padding nor an aligned header");
		}
		if (off == len)
			return corrupt(&w, off, "the archive ends without TRAILER!!!");
		int r = read_entry(&w, off, &e, &next);

		if (r < 0)
			return -1;
		ended = r == 1;
		if (r == 0 && fn && (r = fn(&e, arg)))
			return r;
		off = next;
	}
}

static int count_one(const struct cpio_entry *e, void *arg)
{
	struct initramfs_stats *st = arg;

	st->entries++;
	switch (e->mode & CPIO_S_IFMT) {
	case CPIO_S_IFREG:	st->files++; break;
	case CPIO_S_IFDIR:	st->dirs++; break;
	case CPIO_S_IFLNK:	st->symlinks++; break;
	case CPIO_S_IFCHR:
	case CPIO_S_IFBLK:	st->devices++; break;
	case CPIO_S_IFIFO:	st->fifos++; break;
	case CPIO_S_IFSOCK:	st->sockets++; break;
	}
	return 0;
}

int initramfs_count(const void *archive, size_t len,
		    struct initramfs_stats *st, struct initramfs_error *err)
{
	*st = (struct initramfs_stats){ 0 };
	return initramfs_walk(archive, len, count_one, st, err);
}
