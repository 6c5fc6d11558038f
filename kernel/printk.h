/* The kernel log: serial (COM1 or COM2, see log=) and the VGA screen. */
#ifndef PRINTK_H
#define PRINTK_H

#include <stdbool.h>
#include <stdint.h>

/* Chooses the serial port of the log (0: none) and whether it is quiet. */
void printk_setup(uint16_t serial_port, bool quiet);
__attribute__((format(printf, 1, 2))) void printk(const char *fmt, ...);
/* Ignores `quiet`: for errors and panics, which must always be seen. */
__attribute__((format(printf, 1, 2))) void printk_always(const char *fmt, ...);

#endif
