import type { Item, Quiz } from '@lectern/quiz';
import type { AnalysisItem } from '../response-matrix.js';

const options = (item: Item): AnalysisItem['options'] => {
  if (item.type === 'single' || item.type === 'multiple')
    return item.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct }));
  if (item.type === 'true-false')
    return [
      { id: 'true', text: 'true', correct: item.answer },
      { id: 'false', text: 'false', correct: !item.answer },
    ];
  return undefined;
};

/** The analysis view of an assembled quiz's items: ids, options and where each came from. */
export function analysisItemsOf(quiz: Quiz): AnalysisItem[] {
  return quiz.items.map((item, i) => {
    const opts = options(item);
    return {
      id: item.id,
      number: i + 1,
      type: item.type,
      ...(opts ? { options: opts } : {}),
      sectionId: item.source.sectionId,
      ...(item.objective ? { objective: item.objective } : {}),
      paragraphIds: item.source.paragraphIds,
      ...(item.slide !== undefined ? { slide: item.slide } : {}),
      ...(item.loc ? { loc: { file: item.loc.file, line: item.loc.line, column: item.loc.column } } : {}),
    };
  });
}
