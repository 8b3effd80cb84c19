import type { Random } from './random.js';
import { COMPANY_SUFFIXES, GIVEN_NAMES, NAME_HEADS, NAME_TAILS, SURNAMES, TITLES } from './vocabulary.js';

export interface SynthCompany {
  id: string;
  name: string;
  domainIndex: number;
}

export interface SynthPerson {
  id: string;
  name: string;
  title: string;
  company: SynthCompany;
}

export interface SynthCast {
  companies: SynthCompany[];
  people: SynthPerson[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Companies and people for a narrative of `sections` sections: more sections, a larger cast (capped). */
export function createCast(random: Random, sections: number): SynthCast {
  const companyCount = Math.min(46, 6 + Math.floor(sections / 25));
  const personCount = Math.min(24, 4 + Math.floor(sections / 50));
  const names: string[] = [];
  for (const head of NAME_HEADS) for (const tail of NAME_TAILS) if (head !== tail) names.push(head + tail);
  const companies = random.sample(names, companyCount).map((stem, i) => ({
    id: `co-${pad(i + 1)}`,
    name: stem + random.pick(COMPANY_SUFFIXES),
    domainIndex: random.int(0, 9),
  }));
  const people: string[] = [];
  for (const surname of SURNAMES) for (const given of GIVEN_NAMES) people.push(surname + given);
  const persons = random.sample(people, personCount).map((name, i) => ({
    id: `p-${pad(i + 1)}`,
    name,
    title: random.pick(TITLES),
    company: companies[i % companies.length]!,
  }));
  return { companies, people: persons };
}
