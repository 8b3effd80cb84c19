import { forLanguage } from '@lectern/narrative';

/** What deck.html's player says, in the deck's language: its landmarks, its live messages and its key help. */
export interface PlayerLabels {
  presenterView: string;
  nextSlide: string;
  speakerNotes: string;
  timer: string;
  overview: string;
  /** Shown in the presenter bar while the audience sees a black or a white screen. */
  black: string;
  white: string;
  /** Added to the presenter window's page title. */
  presenterTitle: string;
  /** Read out on each slide change: `{n}`, `{total}` and `{title}` are filled in by the player. */
  announce: string;
  /** An overview button's name: `{n}` and `{title}`. */
  overviewItem: string;
  help: string;
  /** Closes the key help. */
  close: string;
  /** The key help: each line a key (or keys) and what it does. */
  keys: ReadonlyArray<readonly [keys: string, action: string]>;
}

const zh: PlayerLabels = {
  presenterView: '演讲者视图',
  nextSlide: '下一页',
  speakerNotes: '演讲备注',
  timer: '已用时间（点击重新计时）',
  overview: '幻灯片总览',
  black: '■ 黑屏',
  white: '□ 白屏',
  presenterTitle: '演讲者视图',
  announce: '第{n}页，共{total}页：{title}',
  overviewItem: '{n}: {title}',
  help: '快捷键',
  close: '关闭',
  keys: [
    ['→ ↓ 空格 PageDown', '下一页'],
    ['← ↑ PageUp', '上一页'],
    ['Home End', '第一页 / 最后一页'],
    ['p', '打开演讲者视图（备注、下一页、计时）'],
    ['o g', '幻灯片总览'],
    ['b .', '黑屏'],
    ['w ,', '白屏'],
    ['f', '全屏'],
    ['? h', '显示或关闭快捷键'],
  ],
};

const en: PlayerLabels = {
  presenterView: 'Presenter view',
  nextSlide: 'Next slide',
  speakerNotes: 'Speaker notes',
  timer: 'Elapsed time (click to restart)',
  overview: 'Slide overview',
  black: '■ black',
  white: '□ white',
  presenterTitle: 'presenter',
  announce: 'Slide {n} of {total}: {title}',
  overviewItem: '{n}: {title}',
  help: 'Keyboard shortcuts',
  close: 'Close',
  keys: [
    ['→ ↓ Space PageDown', 'Next slide'],
    ['← ↑ PageUp', 'Previous slide'],
    ['Home End', 'First / last slide'],
    ['p', 'Presenter window (notes, next slide, timer)'],
    ['o g', 'Slide overview'],
    ['b .', 'Black screen'],
    ['w ,', 'White screen'],
    ['f', 'Full screen'],
    ['? h', 'Show or hide this help'],
  ],
};

/** The player's labels for a BCP 47 tag: Chinese for a Chinese tag (Traditional converted), English otherwise. */
export function playerLabels(language: string): PlayerLabels {
  return forLanguage(language, { zh, en });
}
