/* The two cascaded 8259 PICs, remapped to vectors 32..47. */
#ifndef PIC_H
#define PIC_H

#include <stdbool.h>

void pic_init(void);
void pic_unmask(int irq);
/* End of interrupt; false if irq was spurious (send nothing then). */
bool pic_eoi(int irq);

#endif
