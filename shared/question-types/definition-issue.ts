// A problem in a survey's definition, named by code so every language can phrase it; each question type
// reports its own through the same codes as the survey-wide rules.
export type DefinitionIssueCode =
  | 'duplicate_question_id'
  | 'duplicate_option_id'
  | 'no_options'
  | 'pick_exceeds_options'
  | 'min_exceeds_max'
  | 'reserved_option_id'
  | 'unknown_section'
  | 'unknown_front'
  | 'unknown_grid_cell'
  | 'too_many_counters'
  | 'counters_too_large'
  | 'bound_out_of_range'
  | 'integer_with_decimals'
  | 'definition_too_large'
  | 'logic_unknown_question'
  | 'logic_later_question'
  | 'logic_cycle'
  | 'logic_not_choice'
  | 'logic_unknown_option';

export interface DefinitionIssue {
  questionId?: string;
  code: DefinitionIssueCode;
  message: string;
}
