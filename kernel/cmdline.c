/*
 * Parsing of the kernel command line: words separated by spaces.  A first
 * word that looks like a path (QEMU's -kernel puts the image's file name
 * there) is skipped, as Linux skips BOOT_IMAGE=.
 */
#include "cmdline.h"
#include "string.h"
#include "vsprintf.h"

static void warn(struct cmdline_opts *o, const char *w, int wlen,
		 const char *why)
{
	if (o->nwarn < CMDLINE_MAX_WARN)
		td_snprintf(o->warn[o->nwarn++], sizeof(o->warn[0]),
			    "'%.*s': %s", wlen, w, why);
}

static int is_word(const char *w, int len, const char *s)
{
	return (int)strlen(s) == len && !strncmp(w, s, (size_t)len);
}

static void option(struct cmdline_opts *o, const char *w, int len, int first)
{
	const char *eq = 0;

	for (int i = 0; i < len; i++)
		if (w[i] == '=') {
			eq = w + i;
			break;
		}
	int klen = eq ? (int)(eq - w) : len;
	const char *val = eq ? eq + 1 : "";
	int vlen = eq ? len - klen - 1 : 0;

	if (first && !eq)
		for (int i = 0; i < len; i++)
			if (w[i] == '/')
				return;		/* the kernel's own path */

	if (is_word(w, len, "quiet")) {
		o->quiet = true;
	} else if (is_word(w, len, "strace")) {
		o->strace = true;
	} else if (eq && is_word(w, klen, "log")) {
		if (is_word(val, vlen, "com1"))
			o->log = LOG_COM1;
		else if (is_word(val, vlen, "com2"))
			o->log = LOG_COM2;
		else if (is_word(val, vlen, "none"))
			o->log = LOG_NONE;
		else
			warn(o, w, len, "log= takes com1, com2 or none; ignored");
	} else if (eq && is_word(w, klen, "console")) {
		if (is_word(val, vlen, "framed"))
			o->console_framed = true;
		else if (is_word(val, vlen, "raw"))
			o->console_framed = false;
		else
			warn(o, w, len, "console= takes raw or framed; ignored");
	} else if (eq && is_word(w, klen, "init")) {
		if (vlen == 0 || vlen >= (int)sizeof(o->init))
			warn(o, w, len, "bad init= name; ignored");
		else {
			memcpy(o->init, val, (size_t)vlen);
			o->init[vlen] = '\0';
		}
	} else if (eq && is_word(w, klen, "selftest")) {
		if (vlen == 0 || vlen >= (int)sizeof(o->selftest))
			warn(o, w, len, "bad selftest name; ignored");
		else {
			memcpy(o->selftest, val, (size_t)vlen);
			o->selftest[vlen] = '\0';
		}
	} else {
		warn(o, w, len, "unknown option, ignored");
	}
}

void cmdline_parse(const char *s, struct cmdline_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->log = LOG_COM1;
	for (int first = 1; *s; first = 0) {
		while (*s == ' ' || *s == '\t')
			s++;
		const char *w = s;

		while (*s && *s != ' ' && *s != '\t')
			s++;
		if (s > w)
			option(o, w, (int)(s - w), first);
	}
}
