/*
 * The console: COM1, the programs' fd 0, 1 and 2.  Output is byte-exact
 * (no "\r" added: the runner's stdout must equal the program's).
 */
#ifndef CONSOLE_H
#define CONSOLE_H

#include <stddef.h>

void console_init(void);
void console_write(const char *buf, size_t n);
/* Blocks (hlt, woken by the UART's interrupt) until input arrives, then
 * returns what is there, up to n bytes and at most one line. */
size_t console_read(char *buf, size_t n);

#endif
