/* exit_atexit: returning from main runs atexit handlers in reverse order
 * of registration, then flushes stdio (a buffered line with no newline
 * appears), and main's return value 3 is the exit status. */
#include <stdio.h>
#include <stdlib.h>

static void h1(void) { printf("handler 1\n"); }
static void h2(void) { printf("handler 2\n"); }
static void h3(void) { printf("handler 3, registering none\n"); }

int main(void)
{
	atexit(h1);
	atexit(h2);
	atexit(h3);
	printf("main returns 3; ");	/* no newline: exit must flush it */
	return 3;
}
