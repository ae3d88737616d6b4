import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getSectionSettings } from '../../../src/domain/submissions/editor-section-settings.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeCategory } from '../../helpers/factories.js';
import { makePerson } from '../../helpers/submission-factories-editor.js';
import { Client, hiddenValue } from '../accounts-client.js';

// The desk's section form also says what the section asks of submissions.

describeEachApp('editor: section guidelines for submissions', (app) => {
  let editor: Client;
  let csrf = '';

  before(async () => {
    const p = await makePerson(app().ctx, 'editor');
    editor = new Client(app);
    await editor.signIn(p.email, p.password);
    csrf = hiddenValue((await editor.get('/dashboard/account')).body, '_csrf');
  });

  test('guidelines, a word range and the review mode are saved and shown again', async () => {
    const section = await makeCategory(app().ctx, { name: 'Long Reads' });
    const form = await editor.get(`/editor/categories/${section.id}/`);
    assert.ok(form.body.includes('name="submission_guidelines"') && form.body.includes('name="review_mode"'));
    const res = await editor.post(`/editor/categories/${section.id}/`, {
      _csrf: csrf,
      name: 'Long Reads',
      slug: section.slug,
      description: 'Essays.',
      submission_guidelines: 'Send **unpublished** essays <b>only</b>.',
      min_words: '3,000',
      max_words: '9000',
      review_mode: 'double',
    });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await getSectionSettings(app().ctx.db, section.id), {
      guidelines: 'Send **unpublished** essays <b>only</b>.',
      minWords: 3000,
      maxWords: 9000,
      reviewMode: 'double',
    });
    const again = await editor.get(`/editor/categories/${section.id}/`);
    assert.ok(again.body.includes('Send **unpublished** essays '), 'the Markdown is shown as typed');
    assert.ok(!again.body.includes('<b>only</b>'), 'and escaped');
    assert.ok(again.body.includes('value="3000"') && again.body.includes('value="9000"'));
    assert.ok(again.body.includes('<option value="double" selected>'));
  });

  test('a minimum above the maximum, negative or non-numeric limits and an unknown mode are refused, nothing saved', async () => {
    const section = await makeCategory(app().ctx, { name: 'Short Notes' });
    const post = (extra: Record<string, string>) =>
      editor.post(`/editor/categories/${section.id}/`, { _csrf: csrf, name: 'Short Notes Renamed', slug: section.slug, description: '', submission_guidelines: 'Brief.', review_mode: 'single', ...extra });
    const over = await post({ min_words: '2000', max_words: '800' });
    assert.equal(over.statusCode, 400);
    assert.ok(over.body.includes('The most words cannot be fewer than the fewest.'));
    assert.ok(over.body.includes('value="Short Notes Renamed"'), 'the form keeps what was typed');
    const negative = await post({ min_words: '-5', max_words: 'many' });
    assert.equal(negative.statusCode, 400);
    assert.equal((negative.body.match(/Give a whole number of words/g) ?? []).length >= 2, true);
    assert.equal((await post({ review_mode: 'triple' })).statusCode, 400);
    const row = await app().ctx.db.selectFrom('categories').select(['name', 'min_words', 'submission_guidelines']).where('id', '=', section.id).executeTakeFirstOrThrow();
    assert.deepEqual({ ...row, min_words: row.min_words }, { name: 'Short Notes', min_words: null, submission_guidelines: '' }, 'no partial write');
    assert.equal((await post({ min_words: '0', max_words: '0' })).statusCode, 303, 'zero is allowed');
  });
});
