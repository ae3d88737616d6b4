import { escapeHtml } from '@kitajs/html';
import { Layout, toDocument } from './layout.js';
import { lengthWords, type SectionGuidelines } from '../../domain/submissions/author-guidelines.js';
import type { SubmitInfoVM } from './view-models.js';

// The open call: why contributors should send us their work, what we publish,
// the house rules, and the way in. Copy is generic so any outlet can run it.

function Actions(): JSX.Element {
  return (
    <p class="submit-actions">
      <a class="button button-primary" href="/submit/new">
        Start a submission
      </a>
      <a class="button" href="/register">
        Create an account
      </a>
    </p>
  );
}

function Sections({ sections }: { sections: SectionGuidelines[] }): JSX.Element {
  if (sections.length === 0) return '';
  return (
    <>
      <h2 id="sections">Sections and their guidelines</h2>
      {sections.map((s) => (
        <section class="section-guidelines" aria-labelledby={`section-${s.slug}`}>
          <h3 id={`section-${s.slug}`} safe>
            {s.name}
          </h3>
          {lengthWords(s.minWords, s.maxWords) ? (
            <p>
              <strong>Length:</strong> <span safe>{lengthWords(s.minWords, s.maxWords)}</span>, notes not counted.
            </p>
          ) : (
            ''
          )}
          {s.reviewMode === 'double' ? <p>Reviewed double-blind: leave your name out of the text and the file.</p> : ''}
          {/* rendered through the sanitizing Markdown pipeline (author-guidelines.ts) */}
          {s.guidelinesHtml ? <div class="section-guidelines-text">{s.guidelinesHtml as 'safe'}</div> : ''}
        </section>
      ))}
    </>
  );
}

export function renderSubmitInfo(vm: SubmitInfoVM & { sections?: SectionGuidelines[] }): string {
  const { site, meta } = vm;
  const safeName = escapeHtml(site.name);
  return toDocument(
    <Layout site={site} meta={meta} bodyClass="page-submit">
      <article class="prose-page">
        <header class="article-header">
          <p class="kicker">Open call</p>
          <h1 class="article-title">Write for {safeName}</h1>
          <p class="dek">
            We publish commentary and research by people who know their subject — students, scholars, practitioners
            and reporters — and we edit every piece with care before it goes out.
          </p>
          <Actions />
        </header>

        <div class="article-body">
          <h2 id="why">Why submit</h2>
          <ul>
            <li>
              <strong>Serious readers.</strong> Our audience reads to the end, follows the footnotes and comes back for
              the next piece.
            </li>
            <li>
              <strong>Real editing.</strong> An editor works with you on structure, argument and clarity. You approve
              every change before publication.
            </li>
            <li>
              <strong>A citable record.</strong> Each article has a permanent address, a date, citation data for
              reference managers and metadata that scholarly search engines understand.
            </li>
            <li>
              <strong>Your byline, your profile.</strong> Published authors get a public page with a short biography
              and every piece they have written for us.
            </li>
          </ul>

          <h2 id="who">Who we publish</h2>
          <p>
            {safeName} is open to anyone with something well-argued to say. Most of our contributors are graduate and
            undergraduate researchers, academics, analysts at research institutes, and people who work in the field
            they write about. First-time authors are welcome: what matters is the quality of the argument and the
            evidence behind it, not a list of credentials.
          </p>
          <p>We publish three kinds of work:</p>
          <ul>
            <li>
              <strong>Commentary</strong> on current affairs: a clear argument about something happening now.
            </li>
            <li>
              <strong>Analysis</strong> of international relations, policy and institutions, grounded in sources.
            </li>
            <li>
              <strong>Research papers</strong>: original work with a question, a method and findings, read by
              reviewers before acceptance.
            </li>
          </ul>

          <h2 id="guidelines">Guidelines</h2>
          <h3 id="length">Length</h3>
          <p>
            Commentary runs from 1,000 to 2,500 words; analysis from 2,000 to 4,000; research papers from 4,000 to
            9,000, notes included. Shorter is often better. Tell us if your piece needs more room and why.
          </p>
          <h3 id="footnotes">Footnotes and sources</h3>
          <p>
            Support factual claims with sources. Use numbered footnotes rather than in-text citations, with full
            references (author, title, publisher or journal, date, and a link where one exists). Write in Markdown
            with <code>[^1]</code> markers, or upload a Word document: its footnotes are kept. Link to primary
            documents wherever you can.
          </p>
          <h3 id="originality">Originality</h3>
          <p>
            Send us work that is your own, has not been published elsewhere — including on a personal blog — and is not
            under consideration by another outlet. Quote and credit others openly. Tell us about any interest that a
            reader would want to know of, such as funding or an affiliation with an organisation you discuss.
          </p>
          <h3 id="review">Review process and timeline</h3>
          <p>
            An editor reads every submission and replies within two weeks. Commentary and analysis are decided by the
            editors. Research papers that pass a first reading go to one or two reviewers, and we aim to send you a
            decision with their comments within six to eight weeks. Most accepted pieces go through one round of
            revisions.
          </p>

          <Sections sections={vm.sections ?? []} />

          <h2 id="how">How to submit</h2>
          <ol>
            <li>
              <a href="/register">Create an account</a> (or <a href="/login?next=%2Fsubmit%2Fnew">sign in</a> if you have one).
            </li>
            <li>Confirm your email address: open the link we send you. You can submit once it is confirmed.</li>
            <li>
              <a href="/submit/new">Start a submission</a>: write or paste the text in Markdown, or upload a Word file, and save it as often as you like.
            </li>
            <li>Use “Check and preview” to see what to fix and how the piece will look, then send it.</li>
          </ol>

          <h2 id="next">What happens next</h2>
          <ol>
            <li>Create an account and start a submission: a title, a short summary and the text.</li>
            <li>Submit when you are ready. You can follow its status on your dashboard at any time.</li>
            <li>An editor accepts it, asks for revisions, sends it to review, or explains why it is not for us.</li>
            <li>Once accepted, we agree the final edit and a publication date with you, and the piece goes live.</li>
          </ol>
          <p>
            Not sure an idea fits? Send a short pitch as a submission — a paragraph on the argument and the evidence — and we will
            tell you whether to develop it.
          </p>
        </div>

        <footer class="submit-footer">
          <h2 class="section-label">Ready?</h2>
          <Actions />
          <p class="submit-signin">
            Already have an account? <a href="/login">Sign in</a>.
          </p>
        </footer>
      </article>
    </Layout>,
  );
}
