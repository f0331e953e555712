import { setFlagsFromString } from 'node:v8'

/**
 * Browser mode runs on plain Node, whose heap is sized for servers: a young generation of up to 3 × 16 MB
 * and an old generation that keeps whatever a large export once needed. A desk app idles most of the
 * time, so it asks V8 for a small young generation and a heap that shrinks back (measured at 10 000
 * interviews after a session and an export: 290 → 140 MB RSS, calls no slower than the machine's noise).
 * Imported first, before the heap has grown.
 */
setFlagsFromString('--max-semi-space-size=1')
setFlagsFromString('--optimize-for-size')
