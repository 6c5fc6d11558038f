/*
 * ioctl on the console: the terminal requests a C library makes (isatty's
 * TCGETS, the window size) with Linux's structures and errors.  The
 * termios settings are kept and reported back, but the console does not
 * act on them: it is always raw, byte for byte.
 */
#include "syscalls.h"
#include "errno.h"
#include "fd.h"
#include "string.h"

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TCSETSW		0x5403
#define TCSETSF		0x5404
#define TIOCGPGRP	0x540f
#define TIOCGWINSZ	0x5413
#define TIOCSWINSZ	0x5414

#define NCCS	19

/* Linux's struct termios (the kernel's, not glibc's larger one). */
struct termios {
	uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
	uint8_t c_line;
	uint8_t c_cc[NCCS];
};

struct winsize {
	uint16_t ws_row, ws_col, ws_xpixel, ws_ypixel;
};

/* A new tty's settings, as Linux's tty_std_termios: ICRNL IXON; OPOST
 * ONLCR; B38400 CS8 CREAD HUPCL; ISIG ICANON ECHO ECHOE ECHOK ECHOCTL
 * ECHOKE IEXTEN; and the usual control characters. */
static struct termios console_termios = {
	.c_iflag = 0x500, .c_oflag = 0x5, .c_cflag = 0xbf, .c_lflag = 0x8a3b,
	.c_cc = { 3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22 },
};
static struct winsize console_winsize = { 24, 80, 0, 0 };

long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	void __user *p = (void __user *)arg;

	if (!fd_file(fd))
		return -EBADF;
	if (!fd_is_console(fd))
		return -ENOTTY;
	switch (cmd) {
	case TCGETS:
		return copy_to_user(p, &console_termios, sizeof(console_termios)) ?
		       -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF: {
		struct termios t;

		if (copy_from_user(&t, p, sizeof(t)))
			return -EFAULT;
		console_termios = t;
		return 0;
	}
	case TIOCGWINSZ:
		return copy_to_user(p, &console_winsize, sizeof(console_winsize)) ?
		       -EFAULT : 0;
	case TIOCSWINSZ: {
		struct winsize w;

		if (copy_from_user(&w, p, sizeof(w)))
			return -EFAULT;
		console_winsize = w;
		return 0;
	}
	case TIOCGPGRP: {
		int pgrp = 1;

		return copy_to_user(p, &pgrp, sizeof(pgrp)) ? -EFAULT : 0;
	}
	default:
		return -ENOTTY;
	}
}
