import { Marp } from '@marp-team/marp-core';

/**
 * A self-contained deck page made the way `renderDeckHtml` makes one (Marp HTML + CSS, no script, no
 * emoji images, a CSP), so the exports can be tested without the renderer.
 */
export function marpDeckHtml(markdown: string): string {
  const marp = new Marp({ html: false, script: false, emoji: { shortcode: false, unicode: false }, math: false });
  const { html, css } = marp.render(markdown);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>${css}
section { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; }</style>
</head><body>${html}</body></html>`;
}

/** Four slides, Chinese and English, one with a coloured background. */
export const FOUR_SLIDES = `---
marp: true
---

# 亚马逊的2022年

云计算放缓与成本优化

---

<!-- _backgroundColor: #1f3a5f -->
<!-- _color: #ffffff -->

## 关键数字

- AWS 营收 801亿美元
- 裁员 27000 人

---

## Comparison

| 项目 | 数值 |
| --- | --- |
| 2021 | 37% |
| 2022 | 29% |

---

## 总结

成本优化仍在继续。
`;
