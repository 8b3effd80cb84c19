import { fold, matchesPattern } from './fold.js';
import { keyHash } from './sha256.js';


/*
 * The learner's response as data (for results files) and its score in [0, 1] against the hashed key. The canonical
 * forms hashed here mirror key-hashes.ts character for character: a choice's index, 'true'/'false', a numeric
 * answer on its tolerance grid ('n:<k>') or as written ('v:<n>'), folded text, a gap's number with its text,
 * a pair's or position's index with its answer.
 */
export function grade(item, q, read) {
  var k = item.key, s = item.salt;
  var hit = function (list, parts) { return list.indexOf(keyHash(s, parts)) >= 0; };
  var share = function (flags) { return flags.length ? flags.filter(Boolean).length / flags.length : 0; };
  switch (item.type) {
    case 'single': {
      var pick = read.checked(q)[0];
      if (pick === undefined) return { response: '', score: 0, picks: [] };
      return { response: item.options[pick].id, score: keyHash(s, [pick]) === k.one ? 1 : 0, picks: [pick] };
    }
    case 'true-false': {
      var tf = read.checked(q)[0];
      if (tf === undefined) return { response: '', score: 0, picks: [] };
      var said = tf === 0 ? 'true' : 'false';
      return { response: said, score: keyHash(s, [said]) === k.one ? 1 : 0, picks: [tf] };
    }
    case 'multiple': {
      var picks = read.checked(q), got = 0;
      picks.forEach(function (i) { got += keyHash(s, [i, 1]) === k.each[i] ? 1 / k.right : -1 / (k.wrong || 1); });
      return {
        response: picks.map(function (i) { return item.options[i].id; }),
        score: Math.max(0, Math.min(1, got)),
        picks: picks,
      };
    }
    case 'numeric': {
      var raw = read.value(q).normalize('NFKC').replace(/[,\s]/g, '');
      var n = raw === '' ? NaN : Number(raw);
      var form2 = k.grid ? 'n:' + Math.round(n / k.grid) : 'v:' + String(n);
      return { response: raw, score: isFinite(n) && hit(k.any, [form2]) ? 1 : 0, picks: [] };
    }
    case 'short': {
      var typed = fold(read.value(q));
      var byPattern = typed !== '' && (item.patterns || []).some(function (p) { return matchesPattern(p, read.value(q)); });
      return { response: read.value(q), score: typed !== '' && (byPattern || hit(k.any, [typed])) ? 1 : 0, picks: [] };
    }
    case 'cloze': {
      var gaps = item.segments.filter(function (g) { return g.gap !== undefined; });
      return {
        response: gaps.map(function (g) { return read.value(q + '-g' + g.gap); }),
        score: share(gaps.map(function (g, i) {
          var t = fold(read.value(q + '-g' + g.gap));
          return t !== '' && hit(k.gaps[i], [g.gap, t]);
        })),
        picks: [],
      };
    }
    case 'matching': case 'ordering': {
      var prefix = item.type === 'matching' ? '-m' : '-p';
      var values = k.each.map(function (_, i) { return read.value(q + prefix + i); });
      return {
        response: values,
        score: share(values.map(function (v, i) {
          if (v === '') return false;
          return keyHash(s, [i, item.type === 'matching' ? Number(v) : Number(v) + 1]) === k.each[i];
        })),
        picks: [],
      };
    }
  }
  return { response: '', score: 0, picks: [] };
}
