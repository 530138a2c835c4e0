/**
 * zod (the lab-document schema the renderer shares with main) would compile its object
 * parsers with `new Function`; first it probes whether eval is allowed, and under the page's
 * CSP that probe is refused and reported as a violation on every start. Parsing without the
 * compiled fast path avoids the probe: the page never asks for eval.
 */
import { config } from 'zod';

config({ jitless: true });
