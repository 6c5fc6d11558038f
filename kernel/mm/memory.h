/* Physical memory: the frame allocator set up from the boot memory map. */
#ifndef MEMORY_H
#define MEMORY_H

#include <stdint.h>

struct boot_info;

void memory_init(const struct boot_info *bi);
/* A zeroed 4 KiB frame's physical address, or 0 when memory is out
 * (frame 0 is always reserved, so 0 is never a real answer). */
uint64_t alloc_frame(void);
void free_frame(uint64_t pa);
uint64_t frames_free(void);
/* End of the highest available RAM (what the direct map must cover). */
uint64_t memory_top(void);

#endif
