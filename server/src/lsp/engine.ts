// The language server's one handle on the core: its facade (server/src/core/service.ts).
import { createNianbaoService } from '../core';

export const engine = createNianbaoService();
