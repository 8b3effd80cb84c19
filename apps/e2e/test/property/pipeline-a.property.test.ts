import { describe, it } from 'vitest';
import { pipelineProperty, TIMEOUT } from '../support/pipeline-property.js';

// Shard 1 of the generated-narrative property (see test/support/pipeline-property.ts); LECTERN_FUZZ_RUNS
// sets the runs over all shards (`pnpm -F @lectern/e2e fuzz` runs 10,000).

describe('property: generated narratives through deck and quiz (shard 1)', () => {
  it(
    'every text field holding anything: load, deck (model → Marp → HTML → PPTX), quiz (bank → assembly → every exporter)',
    async () => {
      await pipelineProperty(0);
    },
    TIMEOUT,
  );
});
