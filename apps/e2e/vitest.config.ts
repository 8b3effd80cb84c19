import { lecternVitest } from '@lectern/vitest-config';

export default lecternVitest({ include: ['test/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] });
