/* The periodic timer: the 8254 PIT on IRQ 0, HZ ticks a second. */
#ifndef TIMER_H
#define TIMER_H

#include <stdint.h>

#define HZ	100

extern volatile uint64_t jiffies;

void timer_init(void);
void timer_tick(void);
/* Nanoseconds since timer_init, to the PIT's resolution (838 ns), never
 * going backwards. */
uint64_t timer_ns(void);

#endif
