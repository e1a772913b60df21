/**
 * Imported first by every extension entry that bundles zod (background, popup,
 * dashboard). Zod 4 normally probes `new Function('')` to decide whether it may
 * compile fast parsers; under the MV3 extension CSP (no 'unsafe-eval') that probe
 * is a CSP violation reported on every page load, and web-ext lint flags the
 * Function constructor as eval. jitless makes zod skip both the probe and the
 * compiled parsers: the extension never evaluates strings as code.
 * Guarded by tests/security/manifest.test.ts (built bundles) and
 * tests/browser/security.test.ts (no CSP violation on the extension pages).
 */
import { z } from 'zod';

z.config({ jitless: true });
