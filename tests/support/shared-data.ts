// The team's reference data folder, `../shared/data` beside the repository (as on a CI clone),
// so tests never depend on where this machine keeps it.
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
