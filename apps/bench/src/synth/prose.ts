import type { SynthCompany } from './entities.js';
import type { Random } from './random.js';
import { ACTIONS, DOMAINS, OPENERS, OUTCOMES, REASONS } from './vocabulary.js';

/** One sentence of connective business prose about a company, without figures. */
export function fillerSentence(random: Random, company: SynthCompany): string {
  const domain = DOMAINS[company.domainIndex]!;
  switch (random.int(0, 3)) {
    case 0:
      return `${random.pick(OPENERS)}，${company.name}在${domain}领域${random.pick(ACTIONS)}，${random.pick(OUTCOMES)}。`;
    case 1:
      return `由于${random.pick(REASONS)}，${company.name}的${domain}业务面临新局面，${random.pick(OUTCOMES)}。`;
    case 2:
      return `业内人士认为，${company.name}选择${random.pick(ACTIONS)}，是因为${random.pick(REASONS)}。`;
    default:
      return `对于${company.name}而言，${domain}既是机会也是考验，${random.pick(OUTCOMES)}。`;
  }
}

/** A paragraph line: sentences joined, then the explicit id marker the contract allows. */
export function paragraphLine(sentences: readonly string[], id: string): string {
  return `${sentences.join('')} {#${id}}`;
}
