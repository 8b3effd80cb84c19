import { itemRule } from '../rule.js';

const PATTERN =
  /(以上|上述)(选项|说法)?(都|均|全|皆)(是|对|正确|不是|不对|错误|不正确|有|没有)|以上皆非|(all|none|both|neither) of the (above|options)/iu;

/** "All/none of the above" options: they reward partial knowledge and break when options are shuffled. */
export const allNoneOfAbove = itemRule('quiz/all-none-of-above', 'warning', (item) => {
  if (item.type !== 'single' && item.type !== 'multiple') return [];
  return item.options
    .filter((o) => PATTERN.test(o.text))
    .map((o) => ({
      message: `the option "${o.text}" refers to the other options`,
      hint: 'Replace it with a plausible option of its own; for several right answers use a multiple-response item.',
    }));
});
