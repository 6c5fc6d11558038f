/* kernel/cmdline.c: options, warnings, and the skipped kernel path. */
#include "check.h"
#include "cmdline.h"

/* Parses into a struct full of garbage: cmdline_parse must set it all. */
static void parse(const char *s, struct cmdline_opts *o)
{
	memset(o, 0xa5, sizeof(*o));
	cmdline_parse(s, o);
}

TEST(empty_gives_defaults)
{
	struct cmdline_opts o;

	parse("", &o);
	CHECK_EQ_U64(o.log, LOG_COM1);
	CHECK(!o.quiet);
	CHECK_STR(o.selftest, "");
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(blanks_only_gives_defaults)
{
	struct cmdline_opts o;

	parse(" \t  \t", &o);
	CHECK_EQ_U64(o.log, LOG_COM1);
	CHECK(!o.quiet);
	CHECK_STR(o.selftest, "");
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(quiet)
{
	struct cmdline_opts o;

	parse("quiet", &o);
	CHECK(o.quiet);
	CHECK_EQ_U64(o.log, LOG_COM1);
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(selftest_name)
{
	struct cmdline_opts o;

	parse("selftest=pf", &o);
	CHECK_STR(o.selftest, "pf");
	CHECK(!o.quiet);
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(log_targets)
{
	struct cmdline_opts o;

	parse("log=com2", &o);
	CHECK_EQ_U64(o.log, LOG_COM2);
	CHECK_EQ_U64(o.nwarn, 0);
	parse("log=none", &o);
	CHECK_EQ_U64(o.log, LOG_NONE);
	CHECK_EQ_U64(o.nwarn, 0);
	parse("log=none log=com1", &o);		/* the last one wins */
	CHECK_EQ_U64(o.log, LOG_COM1);
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(unknown_option_warns)
{
	struct cmdline_opts o;

	parse("quiet frobnicate", &o);
	CHECK(o.quiet);
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK(strstr(o.warn[0], "frobnicate"));
	CHECK(strstr(o.warn[0], "unknown"));
}

TEST(near_misses_are_unknown)
{
	static const char *const words[] = {
		"quiet=1", "quietly", "log", "selftest", "LOG=com2", "=com2",
	};
	struct cmdline_opts o;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		parse(words[i], &o);
		CHECK_EQ_U64(o.nwarn, 1);
		CHECK(strstr(o.warn[0], words[i]));
		CHECK(strstr(o.warn[0], "unknown"));
		CHECK(!o.quiet);
		CHECK_EQ_U64(o.log, LOG_COM1);
	}
}

TEST(bad_log_value_warns_and_keeps_setting)
{
	static const char *const bad[] = {
		"log=com3", "log=", "log=com", "log=com22", "log=COM2",
	};
	struct cmdline_opts o;
	char line[64];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(line, sizeof(line), "log=com2 %s", bad[i]);
		parse(line, &o);
		CHECK_EQ_U64(o.log, LOG_COM2);
		CHECK_EQ_U64(o.nwarn, 1);
		CHECK(strstr(o.warn[0], bad[i]));
	}
}

TEST(first_word_path_is_skipped)
{
	struct cmdline_opts o;

	parse("/boot/trapdoor.elf quiet", &o);
	CHECK(o.quiet);
	CHECK_EQ_U64(o.nwarn, 0);
	parse("build/kernel.elf", &o);
	CHECK_EQ_U64(o.nwarn, 0);
	/* still the first word when blanks come before it */
	parse(" \t/boot/k log=none", &o);
	CHECK_EQ_U64(o.log, LOG_NONE);
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(path_not_first_is_an_unknown_option)
{
	struct cmdline_opts o;

	parse("quiet /boot/trapdoor.elf", &o);
	CHECK(o.quiet);
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK(strstr(o.warn[0], "/boot/trapdoor.elf"));
}

TEST(first_word_with_slash_and_equals_is_parsed)
{
	struct cmdline_opts o;

	/* An option whose value holds a '/' is not a path. */
	parse("selftest=a/b quiet", &o);
	CHECK_STR(o.selftest, "a/b");
	CHECK(o.quiet);
	CHECK_EQ_U64(o.nwarn, 0);
	parse("x/y=1", &o);
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK(strstr(o.warn[0], "x/y=1"));
}

TEST(extra_blanks_and_tabs)
{
	struct cmdline_opts o;

	parse("  quiet\t\t selftest=gp \t log=com2\t ", &o);
	CHECK(o.quiet);
	CHECK_STR(o.selftest, "gp");
	CHECK_EQ_U64(o.log, LOG_COM2);
	CHECK_EQ_U64(o.nwarn, 0);
}

TEST(warnings_stop_at_max)
{
	struct cmdline_opts o;

	_Static_assert(CMDLINE_MAX_WARN == 4, "the words below assume 4");
	parse("w1 w2 w3 w4 w5 w6 quiet", &o);
	CHECK_EQ_U64(o.nwarn, CMDLINE_MAX_WARN);
	CHECK(strstr(o.warn[0], "w1"));
	CHECK(strstr(o.warn[3], "w4"));
	CHECK(o.quiet);		/* options after the last warning still count */
}

TEST(long_word_warning_is_truncated)
{
	struct cmdline_opts o;
	char line[300];

	memset(line, 'q', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\0';
	parse(line, &o);
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK_EQ_U64(strlen(o.warn[0]), sizeof(o.warn[0]) - 1);
}

TEST(selftest_empty_name_warns)
{
	struct cmdline_opts o;

	parse("selftest=pf selftest=", &o);
	CHECK_STR(o.selftest, "pf");
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK(strstr(o.warn[0], "selftest="));
}

TEST(selftest_name_length_limit)
{
	struct cmdline_opts o;
	char line[64], name[40];

	/* 31 characters and the NUL fill selftest[32] exactly */
	memset(name, 'n', 31);
	name[31] = '\0';
	snprintf(line, sizeof(line), "selftest=%s", name);
	parse(line, &o);
	CHECK_STR(o.selftest, name);
	CHECK_EQ_U64(o.nwarn, 0);

	snprintf(line, sizeof(line), "selftest=%sX", name);
	parse(line, &o);
	CHECK_STR(o.selftest, "");
	CHECK_EQ_U64(o.nwarn, 1);
	CHECK(strstr(o.warn[0], "selftest"));
}
