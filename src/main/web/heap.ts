import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setCollector } from '../memory'

/**
 * Browser mode runs on plain Node, whose heap is sized for servers: a young generation of up to 3 × 16 MB
 * and an old generation that keeps whatever a large export once needed. A desk app idles most of the
 * time, so it asks V8 for a small young generation and a heap that shrinks back, and collects once after a
 * large export (measured at 10 000 interviews after a session and an export: ~290 → ~140 MB RSS).
 * Imported first, before the heap has grown.
 */
setFlagsFromString('--max-semi-space-size=1')
setFlagsFromString('--optimize-for-size')
setFlagsFromString('--expose-gc')
setCollector(runInNewContext('gc') as () => void)
