/* envp: the environment is empty (the harness runs the host side with
 * env -i, and trapdoor passes none): environ and main's envp both hold 0
 * entries, getenv finds nothing, and setenv/getenv/unsetenv work on the
 * process's own copy. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv, char **envp)
{
	(void)argc; (void)argv;
	int n = 0, m = 0;
	for (char **e = envp; *e; e++)
		n++;
	for (char **e = environ; e && *e; e++)
		m++;
	printf("envp entries: %d, environ entries: %d\n", n, m);
	printf("envp follows argv's NULL: %s\n", envp == argv + argc + 1 ? "yes" : "no");
	printf("TRAPDOOR_TEST_VAR: %s\n", getenv("TRAPDOOR_TEST_VAR") ? "set" : "unset");
	printf("PATH: %s\n", getenv("PATH") ? "set" : "unset");
	setenv("TRAPDOOR_TEST_VAR", "hello", 1);
	printf("after setenv: %s\n", getenv("TRAPDOOR_TEST_VAR"));
	setenv("TRAPDOOR_TEST_VAR", "ignored", 0);
	printf("setenv without overwrite: %s\n", getenv("TRAPDOOR_TEST_VAR"));
	putenv("OTHER=1");
	m = 0;
	for (char **e = environ; e && *e; e++)
		m++;
	printf("environ entries now: %d\n", m);
	unsetenv("TRAPDOOR_TEST_VAR");
	printf("after unsetenv: %s\n", getenv("TRAPDOOR_TEST_VAR") ? "set" : "unset");
	return 0;
}
