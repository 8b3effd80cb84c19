import { lecternVitest } from '@lectern/vitest-config';

export default lecternVitest();
