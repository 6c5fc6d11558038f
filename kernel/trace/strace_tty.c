/*
 * The terminal ioctls' third argument as strace 6.1 prints it: struct
 * termios (the kernel's, 36 bytes) with its four flag words and "...",
 * struct winsize, and the ints of TIOCGPGRP and FIONREAD in brackets.
 * The quirks are strace's, measured against it: the output delays and
 * the speed and character size come first, each followed by "|" even
 * when no flag follows; a flag word with no flag set prints as nothing.
 */
#include "strace_fmt.h"
#include "uaccess.h"

#define F(v, n)	{ v, n }
#define END	{ 0, 0 }

#define CBAUD	0010017
#define CBAUDEX	0010000
#define CIBAUD	(CBAUD << 16)
#define CSIZE	0000060

static const struct flag_name iflags[] = {
	F(01, "IGNBRK"), F(02, "BRKINT"), F(04, "IGNPAR"), F(010, "PARMRK"),
	F(020, "INPCK"), F(040, "ISTRIP"), F(0100, "INLCR"), F(0200, "IGNCR"),
	F(0400, "ICRNL"), F(01000, "IUCLC"), F(02000, "IXON"),
	F(04000, "IXANY"), F(010000, "IXOFF"), F(020000, "IMAXBEL"),
	F(040000, "IUTF8"), END
};

static const struct flag_name oflags[] = {
	F(01, "OPOST"), F(02, "OLCUC"), F(04, "ONLCR"), F(010, "OCRNL"),
	F(020, "ONOCR"), F(040, "ONLRET"), F(0100, "OFILL"), F(0200, "OFDEL"),
	END
};

/* The output delays: a field of c_oflag each, named by its value. */
static const struct { uint32_t mask; const char *names[4]; } delays[] = {
	{ 0000400, { "NL0", "NL1" } },
	{ 0003000, { "CR0", "CR1", "CR2", "CR3" } },
	{ 0014000, { "TAB0", "TAB1", "TAB2", "XTABS" } },
	{ 0020000, { "BS0", "BS1" } },
	{ 0040000, { "VT0", "VT1" } },
	{ 0100000, { "FF0", "FF1" } },
};

static const struct flag_name cflags[] = {
	F(0100, "CSTOPB"), F(0200, "CREAD"), F(0400, "PARENB"),
	F(01000, "PARODD"), F(02000, "HUPCL"), F(04000, "CLOCAL"),
	F(010000000000, "CMSPAR"), F(020000000000, "CRTSCTS"), END
};

/* strace's order, not the values' (IEXTEN and TOSTOP are moved). */
static const struct flag_name lflags[] = {
	F(01, "ISIG"), F(02, "ICANON"), F(04, "XCASE"), F(010, "ECHO"),
	F(020, "ECHOE"), F(040, "ECHOK"), F(0100, "ECHONL"), F(0200, "NOFLSH"),
	F(0100000, "IEXTEN"), F(01000, "ECHOCTL"), F(02000, "ECHOPRT"),
	F(04000, "ECHOKE"), F(010000, "FLUSHO"), F(040000, "PENDIN"),
	F(0400, "TOSTOP"), F(0200000, "EXTPROC"), END
};

static const struct flag_name speeds[] = {
	F(0, "B0"), F(01, "B50"), F(02, "B75"), F(03, "B110"), F(04, "B134"),
	F(05, "B150"), F(06, "B200"), F(07, "B300"), F(010, "B600"),
	F(011, "B1200"), F(012, "B1800"), F(013, "B2400"), F(014, "B4800"),
	F(015, "B9600"), F(016, "B19200"), F(017, "B38400"),
	F(010000, "BOTHER"), F(010001, "B57600"), F(010002, "B115200"),
	F(010003, "B230400"), F(010004, "B460800"), F(010005, "B500000"),
	F(010006, "B576000"), F(010007, "B921600"), F(010010, "B1000000"),
	F(010011, "B1152000"), F(010012, "B1500000"), F(010013, "B2000000"),
	F(010014, "B2500000"), F(010015, "B3000000"), F(010016, "B3500000"),
	F(010017, "B4000000"), END
};

/* A flag word: nothing at all when it is 0. */
static void put_word(struct line *l, const struct flag_name *t, uint32_t v)
{
	if (v)
		put_flags(l, t, v, NULL);
}

static void put_oflag(struct line *l, uint32_t v)
{
	for (unsigned i = 0; i < sizeof(delays) / sizeof(delays[0]); i++) {
		uint32_t m = delays[i].mask;

		put(l, "%s|", delays[i].names[(v & m) / (m & -m)]);
		v &= ~m;
	}
	put_word(l, oflags, v);
}

static void put_cflag(struct line *l, uint32_t v)
{
	put_const(l, speeds, v & CBAUD);
	if (v & CIBAUD) {
		put(l, "|");
		put_const(l, speeds, (v & CIBAUD) >> 16);
		put(l, "<<IBSHIFT");
	}
	put(l, "|CS%u|", 5 + (v & CSIZE) / 020);
	put_word(l, cflags, v & ~(CBAUD | CIBAUD | CSIZE));
}

void put_termios(struct line *l, uint64_t p)
{
	uint32_t t[4];		/* c_iflag, c_oflag, c_cflag, c_lflag */

	if (!p || copy_from_user(t, (const void *)p, sizeof(t))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{c_iflag=");
	put_word(l, iflags, t[0]);
	put(l, ", c_oflag=");
	put_oflag(l, t[1]);
	put(l, ", c_cflag=");
	put_cflag(l, t[2]);
	put(l, ", c_lflag=");
	put_word(l, lflags, t[3]);
	put(l, ", ...}");
}

void put_winsize(struct line *l, uint64_t p)
{
	uint16_t w[4];

	if (!p || copy_from_user(w, (const void *)p, sizeof(w))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
	    w[0], w[1], w[2], w[3]);
}

void put_int_ref(struct line *l, uint64_t p)
{
	int32_t v;

	if (!p || copy_from_user(&v, (const void *)p, sizeof(v))) {
		put_ptr(l, p);
		return;
	}
	put(l, "[%d]", v);
}

/* ioctl's third argument for the terminal requests strace decodes: true
 * if printed.  Outputs only after success, as for every call. */
bool put_ioctl_arg(struct line *l, uint64_t cmd, uint64_t p, bool ok)
{
	static const struct {
		uint32_t cmd;
		bool out;
		void (*put)(struct line *l, uint64_t p);
	} args[] = {
		{ 0x5401, true, put_termios },	/* TCGETS */
		{ 0x5402, false, put_termios },	/* TCSETS */
		{ 0x5403, false, put_termios },	/* TCSETSW */
		{ 0x5404, false, put_termios },	/* TCSETSF */
		{ 0x540f, true, put_int_ref },	/* TIOCGPGRP */
		{ 0x5410, false, put_int_ref },	/* TIOCSPGRP */
		{ 0x5413, true, put_winsize },	/* TIOCGWINSZ */
		{ 0x5414, false, put_winsize },	/* TIOCSWINSZ */
		{ 0x541b, true, put_int_ref },	/* FIONREAD */
		{ 0x5421, false, put_int_ref },	/* FIONBIO */
	};

	for (unsigned i = 0; i < sizeof(args) / sizeof(args[0]); i++) {
		if (args[i].cmd != (uint32_t)cmd)
			continue;
		if (args[i].out && !ok)
			put_ptr(l, p);
		else
			args[i].put(l, p);
		return true;
	}
	return false;
}
