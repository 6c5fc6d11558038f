/*
 * The pieces of a strace line; see strace_fmt.h.  User memory is read only
 * through copy_from_user / strncpy_from_user: what cannot be read is shown
 * as its address, as strace does.
 */
#include <stdarg.h>
#include "strace_fmt.h"
#include "string.h"
#include "uaccess.h"
#include "vsprintf.h"

void put(struct line *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (l->n < sizeof(l->s))
		l->n += (size_t)td_vsnprintf(l->s + l->n, sizeof(l->s) - l->n,
					     fmt, ap);
	va_end(ap);
	if (l->n > sizeof(l->s) - 1)
		l->n = sizeof(l->s) - 1;
}

const char *lookup(const struct flag_name *t, uint64_t v)
{
	for (; t->name; t++)
		if (t->value == v)
			return t->name;
	return 0;
}

void put_const(struct line *l, const struct flag_name *t, uint64_t v)
{
	const char *n = lookup(t, v);

	if (n)
		put(l, "%s", n);
	else
		put(l, "0x%lx", v);
}

void put_xval(struct line *l, const struct flag_name *t, uint64_t v,
	      const char *unknown)
{
	const char *n = lookup(t, v);

	if (n)
		put(l, "%s", n);
	else
		put(l, "0x%lx /* %s */", v, unknown);
}

/* Names joined by "|", the unknown rest in hex; no bit set is the
 * table's name for 0 (PROT_NONE) or "0".  When no name fits at all,
 * strace adds a comment holding unknown ("SA_???") after the hex
 * (unknown NULL: no comment, as for the termios words). */
void put_flags(struct line *l, const struct flag_name *t, uint64_t v,
	       const char *unknown)
{
	int any = 0;

	if (!v) {
		const char *zero = lookup(t, 0);

		put(l, "%s", zero ? zero : "0");
		return;
	}
	for (; t->name; t++)
		if (t->value && (v & t->value) == t->value) {
			put(l, "%s%s", any++ ? "|" : "", t->name);
			v &= ~t->value;
		}
	if (any && v)
		put(l, "|0x%lx", v);
	else if (!any && unknown)
		put(l, "0x%lx /* %s */", v, unknown);
	else if (!any)
		put(l, "0x%lx", v);
}

void put_ptr(struct line *l, uint64_t p)
{
	if (p)
		put(l, "0x%lx", p);
	else
		put(l, "NULL");
}

/* n bytes of a kernel copy, escaped as strace escapes them. */
static void put_escaped(struct line *l, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = b[i];

		switch (c) {
		case '\n': put(l, "\\n"); break;
		case '\t': put(l, "\\t"); break;
		case '\r': put(l, "\\r"); break;
		case '\v': put(l, "\\v"); break;
		case '\f': put(l, "\\f"); break;
		case '"': put(l, "\\\""); break;
		case '\\': put(l, "\\\\"); break;
		default:
			if (c >= ' ' && c < 127)
				put(l, "%c", c);
			else
				put(l, "\\x%02x", c);
		}
	}
}

void put_quoted(struct line *l, const void *b, size_t n, bool more)
{
	put(l, "\"");
	put_escaped(l, b, n);
	put(l, "\"%s", more ? "..." : "");
}

/* A user buffer as strace quotes it: at most STRLEN bytes, with "..."
 * after the quote when there was more. */
void put_buf(struct line *l, uint64_t p, uint64_t len)
{
	unsigned char b[STRLEN];
	size_t n = len < STRLEN ? len : STRLEN;

	if (!p || copy_from_user(b, (const void *)p, n)) {
		put_ptr(l, p);
		return;
	}
	put_quoted(l, b, n, len > STRLEN);
}

/* len bytes of a user path: strace shows paths whole, whatever -s says.
 * Read in pieces; the line's own limit cuts what no line can hold. */
void put_path(struct line *l, uint64_t p, uint64_t len)
{
	unsigned char b[64];
	size_t start = l->n;

	put(l, "\"");
	for (uint64_t off = 0; off < len; off += sizeof(b)) {
		size_t n = len - off < sizeof(b) ? len - off : sizeof(b);

		if (!p || copy_from_user(b, (const void *)(p + off), n)) {
			l->n = start;		/* unreadable: the address */
			put_ptr(l, p);
			return;
		}
		put_escaped(l, b, n);
	}
	put(l, "\"");
}

/* A NUL-terminated user string. */
void put_str(struct line *l, uint64_t p)
{
	char s[STRLEN + 1];
	long n = p ? strncpy_from_user(s, (const char *)p, sizeof(s)) : -1;

	if (n < 0) {
		put_ptr(l, p);
		return;
	}
	put_buf(l, p, (uint64_t)n > STRLEN ? STRLEN + 1 : (uint64_t)n);
}

/* A NUL-terminated user path, whole (strace ignores -s for paths), up
 * to PATH_MAX; read in pieces, each up to its NUL. */
void put_pathname(struct line *l, uint64_t p)
{
	char b[64];
	size_t start = l->n;

	put(l, "\"");
	for (uint64_t off = 0; off < 4096; off += sizeof(b)) {
		long n = p ? strncpy_from_user(b, (const char *)(p + off),
					       sizeof(b)) : -1;

		if (n < 0) {
			l->n = start;		/* unreadable: the address */
			put_ptr(l, p);
			return;
		}
		put_escaped(l, (const unsigned char *)b, (size_t)n);
		if (n < (long)sizeof(b))
			break;
	}
	put(l, "\"");
}

void put_iovec(struct line *l, uint64_t vec, uint64_t cnt, long limit)
{
	struct { uint64_t base, len; } iov;

	put(l, "[");
	for (uint64_t i = 0; i < cnt && i < 8; i++) {
		if (copy_from_user(&iov, (const void *)(vec + i * 16), 16)) {
			put(l, "...");
			break;
		}
		uint64_t show = limit >= 0 && (uint64_t)limit < iov.len ?
				(uint64_t)limit : iov.len;

		put(l, "%s{iov_base=", i ? ", " : "");
		put_buf(l, iov.base, show);
		put(l, ", iov_len=%lu}", iov.len);
		if (limit >= 0)
			limit = limit > (long)iov.len ? limit - (long)iov.len : 0;
	}
	put(l, "%s]", cnt > 8 ? ", ..." : "");
}

static void put_rlim_value(struct line *l, uint64_t v)
{
	if (v == ~0ull)
		put(l, "RLIM64_INFINITY");
	else if (v && v % 1024 == 0)
		put(l, "%lu*1024", v / 1024);
	else
		put(l, "%lu", v);
}

void put_rlimit(struct line *l, uint64_t p)
{
	uint64_t r[2];

	if (!p || copy_from_user(r, (const void *)p, sizeof(r))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{rlim_cur=");
	put_rlim_value(l, r[0]);
	put(l, ", rlim_max=");
	put_rlim_value(l, r[1]);
	put(l, "}");
}

void put_stat(struct line *l, uint64_t p)
{
	struct { uint64_t dev, ino, nlink; uint32_t mode, uid, gid, pad;
		 uint64_t rdev; } st;

	if (!p || copy_from_user(&st, (const void *)p, sizeof(st))) {
		put_ptr(l, p);
		return;
	}
	static const char *const types[16] = {
		[1] = "S_IFIFO", [2] = "S_IFCHR", [4] = "S_IFDIR", [6] = "S_IFBLK",
		[8] = "S_IFREG", [10] = "S_IFLNK", [12] = "S_IFSOCK",
	};
	const char *t = types[(st.mode >> 12) & 15];

	put(l, "{st_mode=%s|0%o", t ? t : "0", st.mode & 07777);
	if ((st.mode >> 12) == 2 || (st.mode >> 12) == 6)
		put(l, ", st_rdev=makedev(0x%x, 0x%x)", (unsigned)(st.rdev >> 8) & 0xfff,
		    (unsigned)((st.rdev & 0xff) | ((st.rdev >> 12) & ~0xffu)));
	put(l, ", ...}");
}

void put_timespec(struct line *l, uint64_t p)
{
	int64_t ts[2];

	if (!p || copy_from_user(ts, (const void *)p, sizeof(ts))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{tv_sec=%ld, tv_nsec=%ld}", (long)ts[0], (long)ts[1]);
}
