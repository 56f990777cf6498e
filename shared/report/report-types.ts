// The shape of the demand report: what the JSON route returns and the page and CSV files show.
import type { Aspect, QuestionType } from '../survey/survey-schema.js';

export interface ReportFilter {
  unit?: string;
  front?: string;
}

export interface Labelled {
  id: string;
  label: string;
  labelEn?: string;
}

export interface OptionFigure extends Labelled {
  count: number;
  /** count / respondents who answered the question; 0 when nobody did. */
  share: number;
}

export interface RankedOption extends Labelled {
  first: number;
  ranked: number;
  /** Points summed over answers: k for first place down to 1 for place k. */
  borda: number;
  /** Times ranked at each place, first place first. */
  positions: number[];
  share: number;
}

export interface ScoreFigures {
  answered: number;
  mean: number | null;
  distribution: { score: number; count: number }[];
}

interface QuestionBase {
  questionId: string;
  title: string;
  titleEn?: string;
  aspect?: Aspect;
  answered: number;
}

export type QuestionReport =
  | (QuestionBase & { type: Extract<QuestionType, 'single_choice' | 'multiple_choice' | 'time_slots' | 'unit'>; options: OptionFigure[] })
  | (QuestionBase & { type: 'ranking'; pick: number; options: RankedOption[] })
  | (QuestionBase & { type: 'rating'; scale: number } & ScoreFigures)
  | (QuestionBase & { type: 'matrix_rating'; scale: number; rows: (Labelled & ScoreFigures)[] })
  | (QuestionBase & { type: 'number'; mean: number | null; min: number | null; max: number | null })
  | (QuestionBase & { type: 'text' });

export interface SummaryLine {
  aspect: Aspect;
  questionId: string;
  leaders: { id: string; label: string; labelEn?: string; share: number }[];
  /** The line in plain words, in the report's language. */
  text: string;
}

export interface SurveyReport {
  surveyId: string;
  title: string;
  filter: ReportFilter;
  responses: number;
  lastResponseAt: string | null;
  summary: SummaryLine[];
  questions: QuestionReport[];
}

export interface CrossTab {
  questionId: string;
  by: 'unit' | 'front';
  columns: Labelled[];
  rows: (Labelled & { front?: string; responses: number; counts: number[] })[];
}
