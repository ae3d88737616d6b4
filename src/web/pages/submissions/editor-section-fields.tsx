import { Field, SelectField, TextAreaField } from '../forms.js';

// The part of the desk's section form about submissions: guidelines shown to authors
// on the submission form, the body's word range, and how blind the review is.

export interface SectionSubmissionFieldsVM {
  guidelines: string;
  minWords: string;
  maxWords: string;
  reviewMode: string;
}

export const SECTION_SUBMISSION_FIELDS = ['submission_guidelines', 'min_words', 'max_words', 'review_mode'];

export function SectionSubmissionFields({ values, errors }: { values: SectionSubmissionFieldsVM; errors: Record<string, string> }): JSX.Element {
  return (
    <fieldset class="desk-submission-fieldset">
      <legend>Submissions to this section</legend>
      <TextAreaField
        name="submission_guidelines"
        label="Guidelines for authors"
        value={values.guidelines}
        error={errors.submission_guidelines}
        hint="Markdown. Shown to authors who choose this section on the submission form."
        rows={8}
        maxlength={20000}
      />
      <Field name="min_words" label="Fewest words" value={values.minWords} error={errors.min_words} hint="The body only, footnotes not counted. Empty: no minimum." required={false} maxlength={9} />
      <Field name="max_words" label="Most words" value={values.maxWords} error={errors.max_words} hint="Empty: no maximum." required={false} maxlength={9} />
      <SelectField
        name="review_mode"
        label="Review"
        value={values.reviewMode}
        error={errors.review_mode}
        options={[
          { value: 'single', label: 'Single-blind: reviewers are not named to authors' },
          { value: 'double', label: 'Double-blind: neither side learns who the other is' },
        ]}
      />
    </fieldset>
  );
}
