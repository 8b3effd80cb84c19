/** A figure as a person annotated it. Alternatives are separated by `|`; an empty period means "none stated". */
export interface GoldFigure {
  value: number;
  scale?: string;
  unit?: string;
  subject: string;
  metric: string;
  period: string;
}

/** The annotation of one corpus article. A section title `""` stands for the untitled lead before the first heading. */
export interface GoldArticle {
  language: string;
  title?: string;
  source?: { author?: string; publication?: string; date?: string };
  sections: string[];
  figures: GoldFigure[];
}
