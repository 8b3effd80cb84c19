import { expect, it } from 'vitest';
import { slideSize } from '../../src/export/slide-size.js';

it('reads the slide size from the first Marp slide, else 1280×720', () => {
  expect(slideSize('<div class="marpit"><svg data-marpit-svg="" viewBox="0 0 960 720">')).toEqual({
    width: 960,
    height: 720,
  });
  expect(slideSize('<section>no marp</section>')).toEqual({ width: 1280, height: 720 });
});
