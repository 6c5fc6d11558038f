/* The periodic timer: the 8254 PIT on IRQ 0, HZ ticks a second. */
#ifndef TIMER_H
#define TIMER_H

#include <stdint.h>

#define HZ	100

extern volatile uint64_t jiffies;

void timer_init(void);
void timer_tick(void);

#endif
